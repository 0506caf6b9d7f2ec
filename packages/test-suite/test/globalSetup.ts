// Starts the mock server on 127.0.0.1 (any free port) and hands its URL to the tests.
import { listen } from '@wasend/mock-server';
import type { TestProject } from 'vitest/node';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await listen({ port: 0, host: '127.0.0.1' });
  project.provide('mockUrl', server.url);
  return () => server.close();
}

declare module 'vitest' {
  interface ProvidedContext {
    mockUrl: string;
  }
}
