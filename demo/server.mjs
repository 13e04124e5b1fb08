#!/usr/bin/env node
/**
 * The demo host: a small SaaS backend on 127.0.0.1. Serves the settings page, the
 * built widget and catalog, and the API the page's `onSubmit` posts to. Submissions
 * are re-validated with `link-hub/server` (the widget's own schema) and kept in memory.
 * Every page is served under a strict Content-Security-Policy with Trusted Types.
 *
 *   node demo/server.mjs [--port 5180]      (npm start builds first, then runs this)
 */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { validateSubmission, parseCatalog } = await import(path.join(root, 'dist/node/server.js'));

export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' https: data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; require-trusted-types-for 'script'";

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.png': 'image/png', '.svg': 'image/svg+xml' };

/** Where URL paths are served from: the demo pages, and the build output under /dist/. */
function fileFor(urlPath) {
  const clean = path.posix.normalize(decodeURIComponent(urlPath));
  if (clean.includes('\0') || clean.startsWith('/..')) return undefined;
  if (clean === '/catalog.json') return path.join(root, 'dist/catalog.json');
  if (clean.startsWith('/dist/')) return path.join(root, clean);
  // The React and Vue demo pages, built into dist/demo/<app>/ by `npm run build`.
  const app = /^\/(react|vue)(\/.*)?$/.exec(clean);
  if (app) return path.join(root, 'dist/demo', app[1], !app[2] || app[2] === '/' ? 'index.html' : app[2]);
  const file = path.join(root, 'demo', clean === '/' ? 'index.html' : clean);
  return file.startsWith(path.join(root, 'demo')) ? file : undefined;
}

function send(res, status, body, headers = {}) {
  res.writeHead(status, { 'cache-control': 'no-store', 'x-content-type-options': 'nosniff', ...headers });
  res.end(body);
}
const json = (res, status, value) => send(res, status, JSON.stringify(value), { 'content-type': 'application/json' });

async function readBody(req, limit = 100_000) {
  let size = 0;
  const chunks = [];
  for await (const chunk of req) {
    size += chunk.length;
    if (size > limit) throw new Error('body too large');
    chunks.push(chunk);
  }
  return JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
}

export async function startDemoServer({ port = 5180, host = '127.0.0.1', quiet = false } = {}) {
  const catalog = parseCatalog(await readFile(path.join(root, 'dist/catalog.json'), 'utf8'));
  /** accountId -> { accountId, providerKey, label, values (non-secret only), createdAt } */
  const accounts = new Map();

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', `http://${host}`);
    try {
      if (url.pathname === '/api/connections' && req.method === 'GET') return json(res, 200, [...accounts.values()]);
      if (url.pathname === '/api/connections' && req.method === 'POST') {
        const body = await readBody(req);
        const check = validateSubmission(catalog, body);
        if (!check.ok) return json(res, check.status, { message: check.message, problems: check.problems });
        const secretField = check.provider.fields.find((f) => f.secret || f.type === 'secret');
        // The demo's stand-in for the provider refusing a credential.
        if (secretField && check.values[secretField.key] === 'bad') {
          return json(res, 401, { message: `${check.provider.name} rejected this ${secretField.label} (401 Unauthorized). Check that you copied the whole key.` });
        }
        const visible = Object.fromEntries(check.provider.fields.filter((f) => !(f.secret || f.type === 'secret')).map((f) => [f.key, check.values[f.key]]).filter(([, v]) => v));
        const previous = typeof body.accountId === 'string' ? accounts.get(body.accountId) : undefined;
        const accountId = previous?.accountId ?? randomUUID();
        const first = Object.values(visible)[0];
        const label = first ? `${check.provider.name} · ${first}` : `${check.provider.name} account`;
        accounts.set(accountId, { accountId, providerKey: check.provider.key, label, values: visible, createdAt: new Date().toISOString() });
        return json(res, previous ? 200 : 201, { accountId, label });
      }
      const del = /^\/api\/connections\/([\w-]+)$/.exec(url.pathname);
      if (del && req.method === 'DELETE') {
        if (!accounts.delete(del[1])) return json(res, 404, { message: 'No such connection.' });
        return json(res, 200, { ok: true });
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') return json(res, 405, { message: 'method not allowed' });
      const file = fileFor(url.pathname);
      if (!file) return send(res, 404, 'not found');
      const info = await stat(file).catch(() => undefined);
      if (!info?.isFile()) return send(res, 404, 'not found', { 'content-type': 'text/plain' });
      const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
      return send(res, 200, await readFile(file), { 'content-type': type, ...(type.startsWith('text/html') ? { 'content-security-policy': CSP } : {}) });
    } catch (error) {
      return json(res, 400, { message: error.message });
    }
  });

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const address = server.address();
  const origin = `http://${host}:${address.port}`;
  if (!quiet) console.log(`LinkHub demo running at ${origin}/  (Ctrl+C to stop)`);
  return { server, origin, accounts, close: () => new Promise((r) => server.close(r)) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const index = process.argv.indexOf('--port');
  const port = Number(index > 0 ? process.argv[index + 1] : (process.env.PORT ?? 5180));
  await startDemoServer({ port });
}
