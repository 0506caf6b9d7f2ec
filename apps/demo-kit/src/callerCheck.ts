// Who may use the demo's routes and its proxy (which spends the server's key): pages of this
// origin, or a caller with `Authorization: Bearer <DEMO_TOKEN>` when DEMO_TOKEN is set.
// Web-standard only, so the Deno and Worker demos can share the rule.

/** Fetch-metadata values a browser sends for requests this origin made (or the user typed). */
const SAME_ORIGIN_SITES = new Set(['same-origin', 'none']);

export type CallerCheck = (request: Request) => boolean;

export function createCallerCheck(options: { demoToken?: string | undefined }): CallerCheck {
  const token = options.demoToken?.trim() || undefined;
  return (request) => isSameOrigin(request) || (token !== undefined && hasBearer(request, token));
}

/**
 * Same-origin: no Origin header or one equal to the request's own origin, and no Sec-Fetch-Site
 * saying otherwise. Browsers always send Origin on cross-origin fetches, so a page elsewhere cannot
 * pass; a non-browser program can send anything, which is why the demo listens on 127.0.0.1 only.
 */
export function isSameOrigin(request: Request): boolean {
  const origin = request.headers.get('origin');
  const site = request.headers.get('sec-fetch-site');
  const ownOrigin = new URL(request.url).origin;
  return (origin === null || origin === ownOrigin) && (site === null || SAME_ORIGIN_SITES.has(site));
}

function hasBearer(request: Request, token: string): boolean {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.get('authorization') ?? '');
  return match?.[1] !== undefined && timingSafeEqual(match[1], token);
}

// Compares every character whatever the first difference, so timing does not reveal a prefix.
function timingSafeEqual(a: string, b: string): boolean {
  let diff = a.length ^ b.length;
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    diff |= (a.charCodeAt(i) || 0) ^ (b.charCodeAt(i) || 0);
  }
  return diff === 0;
}
