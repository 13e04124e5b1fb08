// Shared set-up for end-to-end tests: the demo server, a browser, and a page that
// records console errors and Content-Security-Policy violations.
import { readFileSync } from 'node:fs';
import { test as nodeTest } from 'node:test';
import { startDemoServer } from '../../demo/server.mjs';
import { launch } from './browser.mjs';
import { demoDataDir, dbTemplate } from '../server/demo-data.mjs';

/** The catalog the demo page shows: the package's guides and the demo's own. */
export const catalog = JSON.parse(readFileSync(new URL('../../.demo-build/catalog.json', import.meta.url), 'utf8'));

/** The demo server (in a data folder of its own, removed at the end) and a browser. */
export async function setup(options = {}) {
  const data = demoDataDir();
  const demo = await startDemoServer({ port: 0, quiet: true, dataDir: data.dir, dbTemplate, ...options });
  const browser = await launch();
  return { demo, browser, dataDir: data.dir, close: async () => (await browser.close(), await demo.close(), data.remove()) };
}

/** The demo customer's accounts as the server holds them (no secrets). */
export const accountsOf = (demo) => demo.accounts.list('demo-customer');

/** Console errors that are the test machine's, not the product's: it has no network. */
const OFFLINE = /ERR_NAME_NOT_RESOLVED|ERR_INTERNET_DISCONNECTED|ERR_CONNECTION_REFUSED/;

export async function openPage(browser, url, viewport = { width: 1280, height: 800 }) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  const problems = [];
  page.on('console', (m) => m.type() === 'error' && !OFFLINE.test(m.text()) && problems.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(url);
  return {
    page,
    problems,
    violations: () => page.evaluate(() => window.__violations),
    close: () => context.close(),
  };
}

/** A plausible value for a field: a slug where a pattern asks for one, else a labelled token. */
export function valueFor(field, suffix = '') {
  if (field.pattern) return 'acme';
  if (field.type === 'email') return 'ops@acme.example';
  if (field.type === 'url') return 'https://acme.example';
  return `${field.key}-${suffix || 'v4lue'}`;
}

/** A node:test test whose hang fails it instead of stalling the run (a safety net, not a timing assertion). */
export const test = (name, fn) => nodeTest(name, { timeout: 120_000 }, fn);

/** Whether the page refuses an HTML string written to innerHTML (Trusted Types enforced): 'blocked' or 'allowed'. */
export const innerHtmlProbe = (page) =>
  page.evaluate(() => {
    try {
      document.body.innerHTML = '<b>x</b>';
      return 'allowed';
    } catch {
      return 'blocked';
    }
  });
