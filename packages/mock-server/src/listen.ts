import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { type Answer, firstHalf, isNullBodyStatus } from './answer';
import { createMockControl } from './client';
import { createMockCore, type MockCore } from './core';
import type { Dialect, MockControl } from './types';

export interface ListenOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Default '127.0.0.1'. */
  host?: string;
  /** Dialect of the seeded default scenario (default 'docs'). */
  dialect?: Dialect;
  /**
   * Default false: every answer carries `connection: close`, so no connection is ever reused.
   * Why: Deno's fetch (and browsers) silently resend a request, of any method, once when a
   * reused connection closes before the headers, which would turn one `reset: 'before-headers'`
   * into two logged requests. Set true for keep-alive (benchmarks).
   */
  keepAlive?: boolean;
}

/** A running server that is also a client of its own control plane (`createScenario`, …). */
export interface MockServer extends MockControl {
  port: number;
  /** e.g. `http://127.0.0.1:PORT` */
  url: string;
  /** Stops listening and drops every connection, hung and keep-alive ones included. */
  close(): Promise<void>;
}

/** How long a mid-body reset waits after the half body left, so the client surely saw the headers. */
const MID_BODY_GRACE_MS = 25;
/** close() resolves by then even if a runtime's compat layer never reports the server closed. */
const CLOSE_DEADLINE_MS = 2000;

/**
 * Serves the mock on a real socket (Node, and Deno's node:http), so `reset` faults really drop
 * the connection, `hang` really never answers and `trickleMs` really sends byte by byte.
 */
export async function listen(options: ListenOptions = {}): Promise<MockServer> {
  const host = options.host ?? '127.0.0.1';
  const core = createMockCore(options.dialect === undefined ? {} : { dialect: options.dialect });
  const sockets = new Set<Socket>();
  const responses = new Set<ServerResponse>();
  const urlHost = host.includes(':') ? `[${host}]` : host;
  let origin = `http://${urlHost}`;

  const server = createServer((req, res) => {
    responses.add(res);
    res.on('close', () => responses.delete(res));
    void serve(core, origin, req, res, options.keepAlive === true);
  });
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  origin = `http://${urlHost}:${port}`;

  let closing: Promise<void> | undefined;
  return {
    ...createMockControl(origin),
    port,
    url: origin,
    close() {
      closing ??= new Promise<void>((resolve) => {
        const deadline = setTimeout(resolve, CLOSE_DEADLINE_MS);
        server.close(() => {
          clearTimeout(deadline);
          resolve();
        });
        // Hung and keep-alive connections would otherwise hold close() open.
        server.closeAllConnections?.();
        for (const socket of sockets) socket.destroy();
        for (const res of responses) res.destroy();
      });
      return closing;
    },
  };
}

async function serve(
  core: MockCore,
  origin: string,
  req: IncomingMessage,
  res: ServerResponse,
  keepAlive: boolean,
): Promise<void> {
  const clientGone = new AbortController();
  res.on('close', () => clientGone.abort());
  // A client that leaves mid-answer is normal here (faults provoke it): never crash on it.
  res.on('error', () => {});
  try {
    const chunks: Uint8Array[] = [];
    for await (const chunk of req) chunks.push(chunk as Uint8Array);
    const method = req.method ?? 'GET';
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
    const rawTarget = req.url?.startsWith('/') ? req.url : '/';
    const request = new Request(origin + rawTarget, {
      method,
      headers,
      body: method === 'GET' || method === 'HEAD' ? null : concat(chunks),
      signal: clientGone.signal,
    });

    const directive = await core(request, { rawTarget });
    if (res.destroyed) return;
    // Without keep-alive no connection is ever reused (see ListenOptions.keepAlive).
    if (!keepAlive && 'answer' in directive) directive.answer.headers.set('connection', 'close');
    switch (directive.kind) {
      case 'hang':
        return; // never answer; the socket closes when the client or the server gives up
      case 'reset':
        if (directive.when === 'before-headers') return drop(req, res);
        writeHead(res, directive.answer);
        res.write(firstHalf(directive.answer.body), () =>
          setTimeout(() => drop(req, res), MID_BODY_GRACE_MS),
        );
        return;
      case 'answer':
        writeHead(res, directive.answer);
        if (directive.trickleMs === undefined) res.end(directive.answer.body);
        else await trickle(res, directive.answer.body, directive.trickleMs);
        return;
    }
  } catch (error) {
    if (res.destroyed) return;
    if (res.headersSent) return drop(req, res);
    res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
    res.end(`mock server error: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function writeHead(res: ServerResponse, answer: Answer): void {
  const headers: Record<string, string> = {};
  answer.headers.forEach((value, name) => {
    headers[name] = value;
  });
  if (!isNullBodyStatus(answer.status) && headers['content-length'] === undefined) {
    headers['content-length'] = String(answer.body.length);
  }
  res.writeHead(answer.status, headers);
  // Send the headers now, so a client sees them even if the body then stalls or breaks.
  // (Optional call: compat layers such as Deno's node:http may lack it.)
  res.flushHeaders?.();
}

async function trickle(res: ServerResponse, body: Uint8Array, ms: number): Promise<void> {
  for (let i = 0; i < body.length; i++) {
    if (res.destroyed) return;
    if (i > 0) await new Promise((resolve) => setTimeout(resolve, ms));
    if (res.destroyed) return;
    res.write(body.subarray(i, i + 1));
  }
  if (!res.destroyed) res.end();
}

/** Drops the connection without an answer (or mid-answer): the client sees a reset. */
function drop(req: IncomingMessage, res: ServerResponse): void {
  try {
    req.socket?.destroy();
  } finally {
    res.destroy();
  }
}

function concat(chunks: Uint8Array[]): Uint8Array<ArrayBuffer> {
  const total = chunks.reduce((n, c) => n + c.length, 0);
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
