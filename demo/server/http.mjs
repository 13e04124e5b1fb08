/**
 * The demo server's HTTP plumbing: answers (each returns true, so a route can say "handled"),
 * bodies read with a size limit, and the checks a host's API makes on every call.
 */

export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' https: data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; require-trusted-types-for 'script'";

export function send(res, status, body, headers = {}) {
  res.writeHead(status, { 'cache-control': 'no-store', 'x-content-type-options': 'nosniff', ...headers });
  res.end(body);
  return true;
}
export const json = (res, status, value) => send(res, status, JSON.stringify(value), { 'content-type': 'application/json' });
export const page = (res, status, body, headers = {}) =>
  send(res, status, body, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': CSP, ...headers });
export const redirect = (res, location) => send(res, 302, '', { location });
export const escapeHtml = (text) => String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** `application/json`, with or without parameters such as `; charset=utf-8`. */
export const isJson = (req) => (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase() === 'application/json';

/** Whether a request carries a body (a bodiless DELETE has none to check). */
export const hasBody = (req) => Number(req.headers['content-length'] ?? 0) > 0 || req.headers['transfer-encoding'] !== undefined;

export async function readForm(req) {
  let body = '';
  for await (const chunk of req) {
    body += chunk;
    if (body.length > 10_000) throw new Error('body too large');
  }
  return Object.fromEntries(new URLSearchParams(body));
}

export async function readBody(req, limit = 100_000) {
  let size = 0;
  const chunks = [];
  for await (const chunk of req) {
    size += chunk.length;
    if (size > limit) throw new Error('body too large');
    chunks.push(chunk);
  }
  return JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
}

/**
 * Why an API call is refused, or undefined: it must come from this server's own pages
 * (a cross-site page's Origin, or a Sec-Fetch-Site other than same-origin or none, is a 403)
 * and carry JSON if it carries anything (415), which a cross-site form cannot send.
 */
export function refuseApiCall(req, ownHosts) {
  const from = req.headers.origin;
  if (from !== undefined && !ownHosts.some((h) => from === `http://${h}`)) return [403, 'Cross-origin requests are not accepted.'];
  const site = req.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin' && site !== 'none') return [403, 'Cross-site requests are not accepted.'];
  if ((req.method === 'POST' || hasBody(req)) && !isJson(req)) return [415, 'Send JSON (content-type: application/json).'];
  return undefined;
}

/** Deletes the entries of `map` whose `expires` has passed, then the oldest beyond `max`. */
export function sweep(map, max) {
  const now = Date.now();
  for (const [key, entry] of map) if (entry.expires < now) map.delete(key);
  for (const key of map.keys()) {
    if (map.size <= max) break;
    map.delete(key);
  }
}
