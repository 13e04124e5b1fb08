/**
 * link-hub/node: the few lines between Node's `http` (or Express, whose `req` and `res` are
 * the same objects) and a handler of web-standard Requests such as link-hub/server's
 * `createLinkHandler`: an IncomingMessage becomes a Request (its body streamed, not read
 * ahead), and a Response is written to the ServerResponse.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';

/** A web-standard Request for a Node request; `origin` is this server's own (e.g. `https://app.example`). */
export function toRequest(req: IncomingMessage, origin: string): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  const body =
    req.method === 'GET' || req.method === 'HEAD' ? {} : { body: Readable.toWeb(req) as ReadableStream<Uint8Array>, duplex: 'half' };
  return new Request(new URL(req.url ?? '/', origin), { method: req.method ?? 'GET', headers, ...body } as RequestInit);
}

/** Writes a web-standard Response to a Node response. */
export async function sendResponse(response: Response, res: ServerResponse): Promise<void> {
  // A body the handler did not read to its end (a refusal): close the connection rather than read the rest.
  const unread = res.req && !res.req.complete ? { connection: 'close' } : {};
  res.writeHead(response.status, { ...Object.fromEntries(response.headers), ...unread });
  res.end(Buffer.from(await response.arrayBuffer()));
}
