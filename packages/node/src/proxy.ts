// Core's Web-standard proxy, re-exported so Node apps need only @wasend/node as a dependency.
export * from '@wasend/core/proxy';
