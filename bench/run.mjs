#!/usr/bin/env node
// npm run bench: speed and size of the built hub in headless Chromium, on pages served
// from 127.0.0.1. Prints medians over repeated runs, each in a fresh browser context.
//
//   node bench/run.mjs [--runs 7]
//
// Figures: bundle bytes; navigation -> provider list painted (5 seed providers, 1,000 and
// 5,000 synthetic ones) against a static page with the same list (the floor); click ->
// guide painted; keystroke -> filtered list painted at 5,000; JS heap after 200
// open/close cycles against after the first.
import { createServer } from 'node:http';
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch } from '../test/e2e/browser.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 7;

const seeds = JSON.parse(readFileSync(path.join(root, 'dist/catalog.json'), 'utf8'));
const CATEGORIES = ['ATS', 'HRIS', 'CRM', 'Payroll', 'LMS'];

/** A synthetic provider in the catalog's shape, with a small guide and two fields. */
function synthetic(i) {
  const key = `provider-${i}`;
  return {
    key,
    name: `Provider ${i} ${['Works', 'Cloud', 'Hub', 'Suite'][i % 4]}`,
    category: CATEGORIES[i % CATEGORIES.length],
    authType: 'api_key',
    warnings: [],
    sections: [{ title: 'Create a key', content: [], steps: [{ title: 'Open settings', content: [{ type: 'paragraph', children: [{ type: 'text', text: `Open the settings of provider ${i}.` }] }] }] }],
    fields: [{ key: 'apiKey', label: 'API Key', secret: true }, { key: 'subdomain', label: 'Subdomain' }],
  };
}

/** URL path -> [content type, body]. The split form, as `link-hub-guides --split` writes it. */
const files = new Map();
const addJson = (p, value) => files.set(p, ['application/json', JSON.stringify(value)]);
addJson('/seeds.json', seeds);
for (const n of [1000, 5000]) {
  const providers = Array.from({ length: n }, (_, i) => synthetic(i));
  addJson(`/cat/${n}/index.json`, { providers: providers.map(({ key, name, category, authType }) => ({ key, name, category, authType })) });
  for (const p of providers) addJson(`/cat/${n}/${p.key}.json`, p);
}
files.set('/dist/link-hub.js', ['text/javascript', readFileSync(path.join(root, 'dist/link-hub.js'))]);
// The lazy provider view (fetched when the hub opens) and the language modules.
for (const dir of ['chunks', 'locales']) {
  for (const file of readdirSync(path.join(root, 'dist', dir))) {
    files.set(`/dist/${dir}/${file}`, ['text/javascript', readFileSync(path.join(root, 'dist', dir, file))]);
  }
}

// Both pages stamp window.__painted once the list is on screen: after the frame that shows it.
const afterPaint = 'await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));';
// As a host embeds it: the script in <head>, the element in the markup.
files.set('/hub.html', ['text/html', `<!doctype html><html lang="en"><head>
  <script type="module" src="/dist/link-hub.js"></script>
  <script type="module">
    const hub = document.querySelector('link-hub');
    hub.setAttribute('catalog', new URLSearchParams(location.search).get('catalog'));
    await hub.show();
    while (!hub.shadowRoot.querySelector('[part~=provider]')) await new Promise((r) => setTimeout(r));
    ${afterPaint}
    window.__painted = performance.now();
  </script></head><body><link-hub></link-hub></body></html>`]);
files.set('/static.html', ['text/html', `<!doctype html><html lang="en"><body><script type="module">
  const catalog = await (await fetch('/seeds.json')).json();
  const list = document.createElement('ul');
  for (const p of catalog.providers) {
    const item = document.createElement('li');
    const button = document.createElement('button');
    button.textContent = p.name;
    item.append(button);
    list.append(item);
  }
  document.body.append(list);
  ${afterPaint}
  window.__painted = performance.now();
</script></body></html>`]);

const server = createServer((req, res) => {
  const file = files.get(new URL(req.url, 'http://x').pathname);
  if (!file) return res.writeHead(404).end();
  res.writeHead(200, { 'content-type': file[0], 'cache-control': 'no-store' }).end(file[1]);
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await launch();

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

/** Runs `fn(page)` RUNS times, each in a fresh context, and returns the median of what it returns. */
async function measure(url, fn = (page) => page.evaluate(() => window.__painted)) {
  const values = [];
  for (let i = 0; i < RUNS; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(origin + url);
    await page.waitForFunction(() => window.__painted !== undefined);
    values.push(await fn(page));
    await context.close();
  }
  return median(values);
}

const clickToGuide = (page) =>
  page.evaluate(async () => {
    const hub = document.querySelector('link-hub');
    const t0 = performance.now();
    hub.shadowRoot.querySelector('[part~=provider]').click();
    while (!hub.shadowRoot.querySelector('[part=guide]')) await new Promise((r) => setTimeout(r));
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
    return performance.now() - t0;
  });

const keystrokeToList = (page) =>
  page.evaluate(async () => {
    const hub = document.querySelector('link-hub');
    const search = hub.shadowRoot.querySelector('input[type=search]');
    const times = [];
    for (const query of ['p', 'pr', 'pro', 'prov', 'provider 4', 'provider 42', 'cloud', 'hris']) {
      const t0 = performance.now();
      search.value = query;
      search.dispatchEvent(new InputEvent('input'));
      await hub.updateComplete;
      void hub.shadowRoot.querySelector('.body').offsetHeight; // style and layout done: ready to paint
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    return times[Math.floor(times.length / 2)];
  });

async function heapGrowth() {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${origin}/hub.html?catalog=/seeds.json`);
  await page.waitForFunction(() => window.__painted !== undefined);
  const cdp = await context.newCDPSession(page);
  const heap = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };
  const cycles = (n) =>
    page.evaluate(async (n) => {
      const hub = document.querySelector('link-hub');
      for (let i = 0; i < n; i++) {
        await hub.show(i % 2 ? 'flatchr' : undefined);
        await hub.close();
      }
    }, n);
  await cycles(1);
  const first = await heap();
  await cycles(200);
  const after = await heap();
  await context.close();
  return after - first;
}

const bundle = readFileSync(path.join(root, 'dist/link-hub.js'));
const rows = [
  ['bundle dist/link-hub.js', `${bundle.length} B raw, ${gzipSync(bundle, { level: 9 }).length} B gzip`, '<= 20,000 B gzip'],
];
const floor = await measure('/static.html');
rows.push(['static list page (floor): navigation -> painted', `${floor.toFixed(1)} ms`, '']);
for (const [label, url] of [['5 seed providers', '/hub.html?catalog=/seeds.json'], ['1,000 providers', '/hub.html?catalog=/cat/1000/index.json'], ['5,000 providers', '/hub.html?catalog=/cat/5000/index.json']]) {
  const value = await measure(url);
  rows.push([`hub, ${label}: navigation -> list painted`, `${value.toFixed(1)} ms (${(value / floor).toFixed(2)}x floor)`, '<= 1.5x floor']);
}
rows.push(['click -> guide painted (seed catalog)', `${(await measure('/hub.html?catalog=/seeds.json', clickToGuide)).toFixed(1)} ms`, '< 50 ms']);
rows.push(['click -> guide painted (5,000, guide fetched)', `${(await measure('/hub.html?catalog=/cat/5000/index.json', clickToGuide)).toFixed(1)} ms`, '< 50 ms']);
rows.push(['keystroke -> filtered list laid out (5,000)', `${(await measure('/hub.html?catalog=/cat/5000/index.json', keystrokeToList)).toFixed(1)} ms`, '< 16 ms']);
rows.push(['JS heap growth, 200 open/close cycles', `${((await heapGrowth()) / 1024).toFixed(1)} KB`, '< 1,024 KB']);

await browser.close();
server.close();
const width = Math.max(...rows.map((r) => r[0].length));
console.log(`\nLinkHub benchmark: medians of ${RUNS} runs, headless Chromium, 127.0.0.1\n`);
for (const [label, value, target] of rows) console.log(`${label.padEnd(width)}  ${value.padEnd(32)} ${target}`);
