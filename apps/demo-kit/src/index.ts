// The demo HTTP contract (docs/design.md, "Demo apps"), Web-standard, shared by node-demo, deno-demo and worker-demo.
export { createDemoApp, type DemoAppOptions, type DemoClient, type Handler } from './app';
export { type CallerCheck, createCallerCheck, isSameOrigin } from './callerCheck';
export { createDemo, type DemoOptions, PROXY_ALLOW } from './demo';
export { errorJson, errorResponse } from './errorResponse';
export { type GroupSummary, type GroupsClient, listGroups } from './groups';
