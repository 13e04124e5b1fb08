/**
 * The few lines between Node's `http` and a handler of web-standard Requests (such as
 * link-hub/server's createLinkHandler): an IncomingMessage becomes a Request (its body
 * streamed, not read ahead), and a Response is written to the ServerResponse.
 * Express's `req` and `res` are the same objects, so this works there too.
 */
import { Readable } from 'node:stream';

/** A web-standard Request for a Node request; `origin` is this server's own (e.g. `https://app.example`). */
export function toRequest(req, origin) {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  const body = req.method === 'GET' || req.method === 'HEAD' ? {} : { body: Readable.toWeb(req), duplex: 'half' };
  return new Request(new URL(req.url ?? '/', origin), { method: req.method, headers, ...body });
}

/** Writes a web-standard Response to a Node response. */
export async function sendResponse(response, res) {
  // A body the handler did not read to its end (a refusal): close the connection rather than read the rest.
  const unread = res.req && !res.req.complete ? { connection: 'close' } : {};
  res.writeHead(response.status, { ...Object.fromEntries(response.headers), ...unread });
  res.end(Buffer.from(await response.arrayBuffer()));
}
