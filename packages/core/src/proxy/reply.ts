// The proxy's own answers: `{ error: { type, message } }`, with the CORS headers of the request.
// Not `HeadersInit`: that name is DOM-only, and core must compile without the DOM lib (Node + @types/node).
export const errorReply = (
  status: number,
  type: string,
  message: string,
  headers?: Record<string, string>,
): Response => Response.json({ error: { type, message } }, { status, headers });
