// Everything beyond reading an invite code, loaded on first use as one chunk: the Groups and
// Sessions areas, and the escape hatch.
import { endpoints as groups } from './groups';
import { endpoints as sessions } from './sessions';

export { sendRequest } from '../escapeHatch';
export const endpoints = { ...groups, ...sessions };
