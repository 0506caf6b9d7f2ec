// Core's Web-standard proxy (serves with Deno.serve as is), re-exported so Deno apps need only @wasend/deno.
export * from '@wasend/core/proxy';
