#!/usr/bin/env node
/**
 * The demo host: a small SaaS backend on 127.0.0.1. Serves the settings page, the built widget
 * and catalog, and the API the page's `onSubmit` posts to. Submissions are re-validated with
 * `link-hub/server` (the widget's own schema) and kept in PGlite (Postgres in WASM) in the data
 * folder, secrets encrypted (demo/server/secrets.mjs). Every page is served under a strict
 * Content-Security-Policy with Trusted Types. The parts, under demo/server/:
 *
 *   db.mjs             the schema (migrations) and queries, plain Postgres SQL
 *   secrets.mjs        AES-256-GCM (JWE dir + A256GCM) with key ids, the keys, rotation
 *   accounts.mjs       linked accounts: save (keeping a re-link's empty secrets), list, seal and open
 *   connections.mjs    the settings page's API (the hub's onSubmit, re-link checks, Disconnect)
 *   links.mjs          the hosted link page (/connect): make a link, take a submission made with one
 *   oauth.mjs          signing in by redirect: the callback, refreshing tokens, noticing a revoked grant
 *   fake-provider.mjs  Northwind HR, the demo's OAuth provider, under /fake-idp/
 *   http.mjs           answers, bodies, and the checks every API call passes
 *
 * What a real host's backend must do too, and this one does: answer only under its own host
 * names (against DNS rebinding); take API calls only from its own pages (Origin and
 * Sec-Fetch-Site) and only as JSON, which a cross-site form cannot send (against CSRF); re-link
 * only an account of the same customer and provider; and forget sign-ins that were never finished.
 *
 *   node demo/server.mjs [--port 5180] [--data-dir .data]   (npm start builds first, then runs this)
 *   node demo/server.mjs rotate-key [--data-dir .data]      (re-encrypts every secret under the current key)
 *
 * Environment: PORT, LINKHUB_DATA_DIR (the data folder, default .data/), LINKHUB_DEMO_KEY and
 * LINKHUB_DEMO_OLD_KEYS (the encryption keys; generated into the data folder when unset).
 */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDatabase, usedLinkStore } from './server/db.mjs';
import { loadSecrets } from './server/secrets.mjs';
import { accountStore } from './server/accounts.mjs';
import { connectionRoutes, relinkCheck } from './server/connections.mjs';
import { setupRoutes } from './server/setup.mjs';
import { createHmac } from 'node:crypto';
import { linkRoutes } from './server/links.mjs';
import { oauthHost } from './server/oauth.mjs';
import { fakeProvider } from './server/fake-provider.mjs';
import { CSP, json, page, refuseApiCall, send } from './server/http.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const server = await import(path.join(root, 'dist/node/server.js'));
export { CSP };

/** The data folder: LINKHUB_DATA_DIR, else .data/ at the repository's root (gitignored). */
export const defaultDataDir = () => path.resolve(process.env.LINKHUB_DATA_DIR ?? path.join(root, '.data'));

/** The line of demo/index.html that loads the widget (and the comment above it). */
const CLASSIC_SCRIPT =
  /<!-- The one line a host adds: the widget as a classic script\. -->\s*<script src="\/dist\/link-hub\.iife\.js"><\/script>/;

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/** The demo's one customer: whose accounts its pages and links create. */
const CUSTOMER = 'demo-customer';

/** Where URL paths are served from: the demo pages, and the build output under /dist/. Never a dot-file or the server's own code. */
function fileFor(urlPath, catalogFile) {
  const clean = path.posix.normalize(decodeURIComponent(urlPath));
  if (clean.includes('\0') || clean.startsWith('/..') || /\/\./.test(clean) || clean.startsWith('/server')) return undefined;
  // The demo's catalog: the package's guides plus the demo's own (Northwind HR, the fake OAuth provider).
  if (clean === '/catalog.json') return catalogFile;
  // The hosted link page, at the address the links carry.
  if (clean === '/connect') return path.join(root, 'demo/connect.html');
  if (clean.startsWith('/dist/')) return path.join(root, clean);
  // The React and Vue demo pages, built into .demo-build/<app>/ by `npm run build`.
  const app = /^\/(react|vue)(\/.*)?$/.exec(clean);
  if (app) return path.join(root, '.demo-build', app[1], !app[2] || app[2] === '/' ? 'index.html' : app[2]);
  const file = path.join(root, 'demo', clean === '/' ? 'index.html' : clean);
  return file.startsWith(path.join(root, 'demo')) && !file.endsWith('.mjs') ? file : undefined;
}

/**
 * `maxSignIns`: how many unfinished OAuth sign-ins are remembered at once (the oldest go first).
 * `clock`: what time link tokens are checked at (tests move it forward to expire a link).
 * `dataDir`: the data folder. `tokenLifetime` (s), `refreshAhead` and `refreshEvery` (ms): how
 * long Northwind HR's access tokens work, how early the demo refreshes them, and how often it looks.
 * `dbTemplate`: a file a new database starts from (see db.mjs's openDatabase).
 */
export async function startDemoServer({
  port = 5180,
  host = '127.0.0.1',
  quiet = false,
  maxSignIns = 1000,
  clock = () => new Date(),
  dev = false,
  catalogPath = path.join(root, '.demo-build/catalog.json'),
  dataDir = defaultDataDir(),
  tokenLifetime = 600,
  refreshAhead = 120_000,
  refreshEvery = 15_000,
  dbTemplate,
} = {}) {
  const readCatalog = async () => server.parseCatalog(await readFile(catalogPath, 'utf8'));
  let catalog = await readCatalog();
  /** `npm run dev`: pages that listen for a recompiled catalog (a reload) or a guide's problem (shown on the page). */
  const listeners = new Set();
  const devEvent = (type, data) => {
    for (const res of listeners) res.write(`event: ${type}\ndata: ${JSON.stringify(data)}\n\n`);
  };
  /** Gives every HTML page the dev client, which reloads it or shows a guide's problem. */
  const withDevClient = (html) =>
    dev ? String(html).replace('</head>', '<script type="module" src="/dev-client.js"></script></head>') : html;

  const { keys, linkSecret } = await loadSecrets(dataDir);
  const db = await openDatabase(dataDir, { template: dbTemplate });
  const accounts = accountStore(db, keys);
  const usedLinks = usedLinkStore(db, { clock: () => clock(), skew: server.LINK_CLOCK_SKEW });
  /**
   * `isolateSignIn`: the consent page sends Cross-Origin-Opener-Policy: same-origin, as many
   * real sign-in pages do; the sign-in window is then cut off from the page that opened it.
   */
  const settings = { isolateSignIn: process.env.DEMO_ISOLATE_SIGN_IN === '1' };
  let origin = '';

  /** The Host headers this server answers to: anything else is another site's name pointed at 127.0.0.1. */
  const ownHosts = () => [`127.0.0.1:${http.address().port}`, `localhost:${http.address().port}`];
  /**
   * The page's own origin, as the browser sees it (127.0.0.1 or localhost): the sign-in must come
   * back to the origin the hub runs on, or its callback page could not reach it.
   */
  const pageOrigin = (req) => (ownHosts().includes(req.headers.host) ? `http://${req.headers.host}` : origin);
  /** The redirect URIs registered with the fake provider. */
  const callbacks = () => [`${origin}/oauth/callback`, `http://localhost:${http.address().port}/oauth/callback`];

  const getCatalog = () => catalog;
  const relinkTarget = relinkCheck(accounts, CUSTOMER);
  const provider = fakeProvider({ db, callbacks, settings, maxCodes: maxSignIns, tokenLifetime });
  const oauth = oauthHost({
    accounts,
    usedLinks,
    origin: () => origin,
    pageOrigin,
    relinkTarget,
    customerId: CUSTOMER,
    maxSignIns,
    refreshAhead,
  });
  const connections = connectionRoutes({
    catalog: getCatalog,
    accounts,
    oauth,
    provider,
    customerId: CUSTOMER,
    relinkTarget,
    validateSubmission: server.validateSubmission,
    // Credential fingerprints are keyed with a key of their own, derived from the link secret.
    fingerprint: (p, values) =>
      server.credentialFingerprint(
        { providerKey: p.key, fields: p.fields, values },
        createHmac('sha256', linkSecret).update('link-hub demo: credential fingerprints').digest(),
      ),
  });
  const setup = setupRoutes({ accounts, customerId: CUSTOMER });
  const links = linkRoutes({ catalog: getCatalog, accounts, usedLinks, oauth, relinkTarget, linkSecret, clock, pageOrigin, server });

  const http = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', `http://${host}`);
    // DNS rebinding: a page on evil.example resolving to 127.0.0.1 sends Host: evil.example.
    if (!ownHosts().includes(req.headers.host)) return send(res, 421, 'unknown host', { 'content-type': 'text/plain' });
    if (url.pathname.startsWith('/api/') && req.method !== 'GET' && req.method !== 'HEAD') {
      const refused = refuseApiCall(req, ownHosts());
      if (refused) return json(res, refused[0], { message: refused[1] });
    }
    try {
      if (await setup(req, res, url)) return undefined;
      if (await connections(req, res, url)) return undefined;
      if (await links.handle(req, res, url, CUSTOMER)) return undefined;
      if (url.pathname === '/oauth/callback' && req.method === 'GET') return await oauth.callback(res, url);
      if (await provider.handle(req, res, url)) return undefined;
      if (req.method !== 'GET' && req.method !== 'HEAD') return json(res, 405, { message: 'method not allowed' });
      if (dev && url.pathname === '/dev/events') {
        res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store' });
        res.write(': connected\n\n');
        listeners.add(res);
        req.on('close', () => listeners.delete(res));
        return undefined;
      }
      // The same settings page, loading the widget as an ES module instead of a classic script.
      if (url.pathname === '/esm.html') {
        const html = await readFile(path.join(root, 'demo/index.html'), 'utf8');
        if (!CLASSIC_SCRIPT.test(html)) throw new Error('demo/index.html no longer loads the widget with its classic script line');
        const esm =
          '<!-- The one line a host adds: the widget as an ES module. -->\n    <script type="module" src="/dist/link-hub.js"></script>';
        return page(res, 200, withDevClient(html).replace(CLASSIC_SCRIPT, esm));
      }
      const file = fileFor(url.pathname, catalogPath);
      if (!file) return send(res, 404, 'not found');
      const info = await stat(file).catch(() => undefined);
      if (!info?.isFile()) return send(res, 404, 'not found', { 'content-type': 'text/plain' });
      const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
      const html = type.startsWith('text/html');
      return send(res, 200, html ? withDevClient(await readFile(file, 'utf8')) : await readFile(file), {
        'content-type': type,
        ...(html ? { 'content-security-policy': CSP } : {}),
      });
    } catch (error) {
      return json(res, 400, { message: error.message });
    }
  });

  await new Promise((resolve, reject) => {
    http.once('error', reject);
    http.listen(port, host, resolve);
  });
  origin = `http://${host}:${http.address().port}`;
  // Access tokens are refreshed before they expire (and a revoked grant is noticed) in the background.
  let refreshing = Promise.resolve();
  const timer = setInterval(() => (refreshing = refreshing.then(oauth.refreshDue).catch(() => undefined)), refreshEvery);
  timer.unref();
  if (!quiet) console.log(`LinkHub demo running at ${origin}/  (data in ${dataDir}; Ctrl+C to stop)`);
  return {
    server: http,
    origin,
    dataDir,
    db,
    keys,
    accounts,
    usedLinks,
    signIns: oauth.signIns,
    oauth,
    provider,
    links,
    settings,
    /** `npm run dev`: the catalog was recompiled; read it again and reload the pages. */
    reloadCatalog: async () => {
      catalog = await readCatalog();
      devEvent('reload', {});
    },
    /** `npm run dev`: a guide failed to compile; the pages show its problems (the last good catalog stays). */
    showProblems: (problems) => devEvent('problems', problems),
    close: async () => {
      clearInterval(timer);
      for (const res of listeners) res.end();
      http.closeAllConnections?.();
      await new Promise((r) => http.close(r));
      await refreshing;
      await db.close();
    },
  };
}

/** `rotate-key`: a new key in the data folder (or the environment's), every secret re-encrypted under it, old keys retired. */
export async function rotateKey(dataDir = defaultDataDir(), env = process.env) {
  const secrets = await loadSecrets(dataDir, { rotate: true, env });
  const db = await openDatabase(dataDir);
  try {
    const count = await accountStore(db, secrets.keys).reencrypt();
    const retired = await secrets.retireOldKeys();
    return { keyId: secrets.keys.current.id, reencrypted: count, retired };
  } finally {
    await db.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const arg = (name) => {
    const index = process.argv.indexOf(name);
    return index > 0 ? process.argv[index + 1] : undefined;
  };
  const dataDir = path.resolve(arg('--data-dir') ?? defaultDataDir());
  if (process.argv[2] === 'rotate-key') {
    const { keyId, reencrypted, retired } = await rotateKey(dataDir);
    console.log(`Current key ${keyId}: ${reencrypted} account(s) re-encrypted, ${retired} old key(s) removed from ${dataDir}.`);
  } else {
    const demo = await startDemoServer({ port: Number(arg('--port') ?? process.env.PORT ?? 5180), dataDir });
    // Ctrl+C (or a stop): the database is closed cleanly before the process ends.
    for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => demo.close().then(() => process.exit(0)));
  }
}
