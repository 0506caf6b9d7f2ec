// A local stand-in for the worker demo: one origin serving dist/ and forwarding /api and /wasend to
// the shared demo handler, whose server-side client and proxy hold the key and talk to the mock.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { WasendClient } from '@wasend/core';
import { type Fault, listen } from '@wasend/mock-server';
import { createDemo } from 'demo-kit';

/** The key only this server holds; the bundle test proves it never reaches dist/. */
export const DEMO_SERVER_KEY = 'browser-demo-server-key-7f3a9c51e2';
export const DIST = fileURLToPath(new URL('../dist/', import.meta.url));

/** The group the page works with, and who is in it: the session's own number (owner), an admin, a member. */
export const DEMO_GROUP = {
  id: '120363025988123456@g.us',
  name: 'Browser demo group',
  participants: [
    { id: '491700000001@c.us', role: 'superadmin' },
    { id: '491700000002@c.us', role: 'admin' },
    { id: '491700000003@c.us', role: 'participant' },
  ],
} as const;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
};

export interface DemoServer {
  url: string;
  session: string;
  group: string;
  /** The group's invite code as the mock holds it right now. */
  currentCode(): Promise<string>;
  /** Every request that reached the mock (so: through the proxy). */
  mockRequests(): Promise<{ method: string; path: string; headers: Record<string, string> }[]>;
  /** Faults for the mock to answer with (see @wasend/mock-server). */
  addFaults(faults: Fault[]): Promise<void>;
  close(): Promise<void>;
}

export async function startDemoServer(): Promise<DemoServer> {
  const mock = await listen({ port: 0, host: '127.0.0.1' });
  const [owner, admin, member] = DEMO_GROUP.participants.map(({ id }) => id);
  const scenario = await mock.createScenario({
    keys: [DEMO_SERVER_KEY],
    sessions: [{ id: 'default', me: owner }],
    groups: [
      {
        id: DEMO_GROUP.id,
        session: 'default',
        name: DEMO_GROUP.name,
        owner,
        // The owner listed as an admin too: the mock's invite endpoints ask that of the caller.
        admins: [owner as string, admin as string],
        members: [owner as string, admin as string, member as string],
      },
    ],
  });
  const handler = createDemo({
    client: new WasendClient({ apiKey: DEMO_SERVER_KEY, baseUrl: scenario.baseUrl }),
    apiKey: DEMO_SERVER_KEY,
    baseUrl: scenario.baseUrl,
  });

  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const dynamic = /^\/(api|wasend)(\/|$)/.test(path);
    (dynamic ? forward(handler, req, res) : serveStatic(path, res)).catch(() => {
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    session: scenario.sessionId,
    group: scenario.groupId,
    currentCode: async () => {
      const code = (await scenario.state()).groups[0]?.inviteCode;
      if (!code) throw new Error('the mock scenario lost its group');
      return code;
    },
    mockRequests: () => scenario.requests(),
    addFaults: (faults) => scenario.addFaults(faults),
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await mock.close();
    },
  };
}

// node:http → Request → the Web-standard handler → Response → node:http.
async function forward(
  handler: (request: Request) => Promise<Response>,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  const hasBody = req.method !== 'GET' && req.method !== 'HEAD';
  const request = new Request(`http://${req.headers.host}${req.url}`, {
    method: req.method ?? 'GET',
    headers,
    ...(hasBody ? { body: Readable.toWeb(req) as ReadableStream, duplex: 'half' } : {}),
  } as RequestInit);
  const response = await handler(request);
  res.writeHead(response.status, Object.fromEntries(response.headers));
  res.end(Buffer.from(await response.arrayBuffer()));
}

async function serveStatic(urlPath: string, res: ServerResponse): Promise<void> {
  const relative = normalize(decodeURIComponent(urlPath === '/' ? '/index.html' : urlPath));
  const file = join(DIST, relative);
  if (!file.startsWith(DIST) || relative.split(sep).includes('..')) {
    res.writeHead(403).end();
    return;
  }
  const info = await stat(file).catch(() => undefined);
  if (!info?.isFile()) {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    return;
  }
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(res);
}
