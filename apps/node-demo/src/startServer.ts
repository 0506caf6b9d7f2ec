import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WasendClient, type WasendClientOptions } from '@wasend/node';
import { createDemo } from 'demo-kit';
import { toNodeListener } from './nodeBridge';

export interface DemoServerOptions {
  apiKey: string;
  baseUrl?: string | undefined;
  /** When set, cross-origin callers may use the demo with `Authorization: Bearer <demoToken>`. */
  demoToken?: string | undefined;
  /** 0 = any free port. */
  port?: number;
  /** Extra client options (timeouts, retries), mostly for tests. */
  client?: Omit<WasendClientOptions, 'apiKey' | 'baseUrl'>;
}

export interface DemoServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** The demo on node:http, on 127.0.0.1 only. */
export async function startDemoServer(options: DemoServerOptions): Promise<DemoServer> {
  const { apiKey, baseUrl, demoToken } = options;
  const app = createDemo({
    client: new WasendClient({ ...options.client, apiKey, ...(baseUrl !== undefined && { baseUrl }) }),
    apiKey,
    baseUrl,
    demoToken,
  });

  const server = createServer(toNodeListener(app));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 3000, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
