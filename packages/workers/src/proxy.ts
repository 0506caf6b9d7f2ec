// Core's Web-standard proxy, re-exported (with proxyFromEnv, which reads the key binding), so
// Workers need only @wasend/workers.
export * from '@wasend/core/proxy';
export { type ProxyFromEnvOptions, proxyFromEnv } from './proxyFromEnv';
