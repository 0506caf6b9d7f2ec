// The `.` entry: everything from the Web-standard entries (./handler, ./client) plus `listen()`.

export { ACK_NAMES } from './chatTypes';
export * from './client';
export * from './handler';
export { type ListenOptions, listen, type MockServer } from './listen';
export { DIALECTS, ENDPOINT_NAMES } from './types';
