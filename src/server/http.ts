/**
 * The web-standard HTTP pieces of the link handler: JSON answers, the bearer token, and a
 * request body read with a byte limit. Only `Request`, `Response` and streams: no Node built-in.
 */

/** Headers on every answer: never cached (it speaks of one link), never sniffed as HTML. */
const NO_STORE = { 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' } as const;

/** A JSON answer. */
export function json(status: number, value: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(value), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...NO_STORE, ...headers },
  });
}

/** The token in `authorization: Bearer <token>`, or undefined. */
export function bearerToken(request: Request): string | undefined {
  return /^Bearer\s+(\S+)$/i.exec(request.headers.get('authorization') ?? '')?.[1];
}

/** `application/json`, with or without parameters such as `; charset=utf-8`. */
export function isJson(request: Request): boolean {
  return (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase() === 'application/json';
}

/** What reading a body found: its text, or that it is over the limit. */
export type BodyRead = { ok: true; text: string } | { ok: false; tooLarge: true };

/**
 * Reads the body as UTF-8 text, counting bytes as they arrive and stopping at `limit` (the
 * rest is never read). A Content-Length over the limit is refused
 * before anything is read; a missing or lying one is caught by the count. The rest is left unread.
 */
export async function readText(request: Request, limit: number): Promise<BodyRead> {
  const declared = Number(request.headers.get('content-length') ?? 0);
  if (declared > limit) return { ok: false, tooLarge: true };
  if (!request.body) return { ok: true, text: '' };
  const reader = request.body.getReader();
  const decoder = new TextDecoder('utf-8', { fatal: false });
  let size = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      // Stop reading, without cancelling: on Node, cancelling a request's stream destroys its
      // socket before the 413 is sent. The server closes the connection instead (see link-hub/node's sendResponse).
      reader.releaseLock();
      return { ok: false, tooLarge: true };
    }
    text += decoder.decode(value, { stream: true });
  }
  return { ok: true, text: text + decoder.decode() };
}
