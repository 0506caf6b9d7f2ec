import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { errorJson, type Handler } from 'demo-kit';

const MAX_BODY_BYTES = 1024 * 1024;
// Hop-by-hop headers describe this connection, not the message; they must not travel further.
const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-connection',
  'transfer-encoding',
  'te',
  'trailer',
  'upgrade',
]);
// Only the loopback names the server listens on: a page on another host name that resolves to
// 127.0.0.1 (DNS rebinding) would otherwise look same-origin to itself.
const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** node:http → Web Request, the handler, Web Response → node:http. */
export function toNodeListener(handler: Handler): RequestListener {
  return (req, res) => {
    serve(handler, req, res).catch(() => {
      // Only a bug in the demo gets here (the app turns SDK errors into answers itself).
      if (res.headersSent) res.end();
      else
        send(res, errorJson(500, 'InternalError', 'unexpected error in the demo server')).catch(() =>
          res.end(),
        );
    });
  };
}

async function serve(handler: Handler, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const host = req.headers.host ?? '';
  let url: URL;
  try {
    url = new URL(req.url ?? '/', `http://${host}`);
  } catch {
    return send(res, errorJson(400, 'BadRequest', 'bad Host header or request target'));
  }
  if (!LOOPBACK_HOSTS.has(url.hostname)) {
    return send(res, errorJson(403, 'Forbidden', `unexpected Host '${url.hostname}'`));
  }

  const body = req.method === 'GET' || req.method === 'HEAD' ? undefined : await readBody(req);
  if (body === null) return send(res, errorJson(413, 'PayloadTooLarge', 'request body over 1 MiB'));

  const headers = new Headers();
  for (let i = 0; i < req.rawHeaders.length; i += 2) {
    const name = req.rawHeaders[i] as string;
    if (!HOP_BY_HOP.has(name.toLowerCase())) headers.append(name, req.rawHeaders[i + 1] as string);
  }
  // Aborts the SDK call (and the proxy's upstream request) when the caller goes away.
  const disconnect = new AbortController();
  res.on('close', () => {
    if (!res.writableFinished) disconnect.abort();
  });
  const request = new Request(url, {
    method: req.method ?? 'GET',
    headers,
    ...(body !== undefined && body.byteLength > 0 && { body }),
    signal: disconnect.signal,
  });
  await send(res, await handler(request));
}

/** The whole body, or null when it is over the limit. */
async function readBody(req: IncomingMessage): Promise<Uint8Array<ArrayBuffer> | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.byteLength;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(chunk);
  }
  // A copy into a plain ArrayBuffer-backed array: what BodyInit accepts.
  return new Uint8Array(Buffer.concat(chunks));
}

async function send(res: ServerResponse, response: Response): Promise<void> {
  const headers: Record<string, string | string[]> = {};
  response.headers.forEach((value, name) => {
    if (name !== 'set-cookie') headers[name] = value;
  });
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) headers['set-cookie'] = cookies;
  res.writeHead(response.status, headers);
  if (response.body === null) {
    res.end();
    return;
  }
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    if (!res.write(chunk)) await new Promise((resolve) => res.once('drain', resolve));
  }
  res.end();
}
