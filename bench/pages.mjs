// The bench's pages and their server on 127.0.0.1: the hub as a host embeds it, the
// hand-written floor, the static list, the catalogs (the seed guides, and 1,000 and 5,000
// synthetic providers in the split form), and dist/'s scripts. Used by bench/run.mjs.
import { createServer } from 'node:http';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

const CATEGORIES = ['ATS', 'HRIS', 'CRM', 'Payroll', 'LMS'];
/** How many providers the hub's list renders at first: the floor renders as many. */
export const PAGE = 60;

/** A synthetic provider in the catalog's shape, with a small guide and two fields. */
function synthetic(i) {
  const key = `provider-${i}`;
  return {
    key,
    name: `Provider ${i} ${['Works', 'Cloud', 'Hub', 'Suite'][i % 4]}`,
    category: CATEGORIES[i % CATEGORIES.length],
    authType: 'api_key',
    warnings: [],
    sections: [
      {
        title: 'Create a key',
        content: [],
        steps: [
          {
            title: 'Open settings',
            content: [{ type: 'paragraph', children: [{ type: 'text', text: `Open the settings of provider ${i}.` }] }],
          },
        ],
      },
    ],
    fields: [
      { key: 'apiKey', label: 'API Key', secret: true },
      { key: 'subdomain', label: 'Subdomain' },
    ],
  };
}

// The probe, first in every page's <head>: `watch(root, find)` stamps __marks.inDom when
// find() first finds the list (a MutationObserver: a microtask after the DOM changed), and
// __marks.painted after the frame that shows it. Each page also sets __bench: where its DOM
// is (root), its search box, and a promise that settles once its answer to an input is in the DOM.
const probe = `<script>
  window.__marks = {};
  function watch(root, find) {
    const seen = () => {
      if (!find()) return false;
      __marks.inDom = performance.now();
      requestAnimationFrame(() => setTimeout(() => (__marks.painted = performance.mark('painted').startTime)));
      return true;
    };
    if (seen()) return;
    const observer = new MutationObserver(() => seen() && observer.disconnect());
    observer.observe(root, { childList: true, subtree: true, attributes: true });
  }
</script>`;
const preloadTag = (catalog, preload) => (preload ? `<link rel="preload" href="${catalog}" as="fetch" crossorigin>` : '');

/**
 * As a host embeds it: the script in <head>, the element with its catalog in the markup, show()
 * from the page's script. `base` is '' for the build measured, '/candidate' for the one beside it.
 */
const hubPage = (catalog, preload, base = '') => `<!doctype html><html lang="en"><head>${probe}
  <script>
    customElements.whenDefined('link-hub').then(() => {
      __marks.defined = performance.now();
      const hub = document.querySelector('link-hub');
      const root = hub.shadowRoot;
      window.__bench = { root, search: () => root.querySelector('[part=search]'), settled: () => hub.updateComplete };
      watch(root, () => root.querySelector('[part~=provider]'));
    });
  </script>
  ${preloadTag(catalog, preload)}
  <script type="module" src="${base}/dist/link-hub.js"></script>
</head><body><link-hub catalog="${catalog}"></link-hub>
  <script type="module">document.querySelector('link-hub').show();</script>
</body></html>`;

/** The floor: the same work with no library, hand-written (floor.js). */
const floorPage = (catalog, preload) => `<!doctype html><html lang="en"><head>${probe}
  <script>
    window.__bench = { root: document, search: () => document.querySelector('dialog input'), settled: () => Promise.resolve() };
    watch(document, () => document.querySelector('dialog[open] button'));
  </script>
  ${preloadTag(catalog, preload)}
  <script type="module" src="/floor.js"></script>
</head><body data-catalog="${catalog}"></body></html>`;

/**
 * The floor's drawing, by hand: a search box, a count and the first 60 names as buttons in a
 * modal <dialog>, redrawn on input with `matches` (an expression of `query`) of `query` (an
 * expression of the box's value). The floor and the headless page share it.
 */
const drawDialog = (matches, query) => `
  const dialog = document.createElement('dialog');
  const title = document.createElement('h2');
  title.textContent = 'Connect an account';
  const search = document.createElement('input');
  search.type = 'search';
  search.autofocus = true;
  const count = document.createElement('p');
  const list = document.createElement('ul');
  function show(query) {
    const matches = ${matches};
    count.textContent = matches.length + ' integrations';
    list.replaceChildren(...matches.slice(0, ${PAGE}).map((p) => {
      const item = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = p.name;
      item.append(button);
      return item;
    }));
  }
  search.addEventListener('input', () => show(${query}));
  show('');
  dialog.append(title, search, count, list);
  document.body.append(dialog);
  dialog.showModal();`;

/**
 * link-hub/headless as a host draws it: the session over the same catalog, and the host's own
 * DOM code for the list (the floor's: a search box, a count and 60 names in a modal dialog).
 */
const headlessPage = (catalog) => `<!doctype html><html lang="en"><head>${probe}
  <script>
    window.__bench = { root: document, search: () => document.querySelector('dialog input'), settled: () => Promise.resolve() };
    watch(document, () => document.querySelector('dialog[open] button'));
  </script>
</head><body><script type="module">
  import { createLinkSession } from '/dist/headless.js';
  const session = createLinkSession({ catalog: ${JSON.stringify(catalog)} });
  await session.ready;
  ${drawDialog('session.filter({ query })', 'search.value')}
</script></body></html>`;

/** `root`/dist/'s scripts: link-hub.js, its chunks and its language modules, under `prefix`/dist/. */
function addDist(files, root, prefix) {
  files.set(`${prefix}/dist/link-hub.js`, ['text/javascript', readFileSync(path.join(root, 'dist/link-hub.js'))]);
  files.set(`${prefix}/dist/headless.js`, ['text/javascript', readFileSync(path.join(root, 'dist/headless.js'))]);
  // The lazy provider view (fetched when the hub opens), the language modules and the headless core's lazy parts.
  for (const dir of ['chunks', 'locales', 'headless-chunks']) {
    for (const file of readdirSync(path.join(root, 'dist', dir))) {
      files.set(`${prefix}/dist/${dir}/${file}`, ['text/javascript', readFileSync(path.join(root, 'dist', dir, file))]);
    }
  }
}

/**
 * Serves the pages, the catalogs and `root`/dist/ (read once, now) on 127.0.0.1, and with
 * `candidate` (another checkout's root) its dist/ under /candidate/ (/hub.html?candidate
 * loads it); resolves with the origin and a close function.
 */
export async function startServer(root, candidate) {
  /** URL path -> [content type, body]. The split form, as `link-hub-guides --split` writes it. */
  const files = new Map();
  const addJson = (p, value) => files.set(p, ['application/json', JSON.stringify(value)]);
  addJson('/seeds.json', JSON.parse(readFileSync(path.join(root, 'dist/catalog.json'), 'utf8')));
  for (const n of [1000, 5000]) {
    const providers = Array.from({ length: n }, (_, i) => synthetic(i));
    addJson(`/cat/${n}/index.json`, {
      providers: providers.map(({ key, name, category, authType }) => ({ key, name, category, authType })),
    });
    for (const p of providers) addJson(`/cat/${n}/${p.key}.json`, p);
  }
  addDist(files, root, '');
  if (candidate) addDist(files, candidate, '/candidate');

  // The floor: a search box, a count and the first 60 names as buttons in a modal <dialog>; typing filters the names.
  files.set('/floor.js', [
    'text/javascript',
    `
    const { providers } = await (await fetch(document.body.dataset.catalog)).json();
    ${drawDialog('query ? providers.filter((p) => p.name.toLowerCase().includes(query)) : providers', 'search.value.trim().toLowerCase()')}
  `,
  ]);

  // The static page: a plain list in the page, no dialog (the previous floor, kept as a second reference).
  files.set('/static.html', [
    'text/html',
    `<!doctype html><html lang="en"><head>${probe}</head><body><script type="module">
    watch(document, () => document.querySelector('ul button'));
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
  </script></body></html>`,
  ]);

  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    const catalog = url.searchParams.get('catalog');
    const preload = url.searchParams.has('preload');
    const page =
      url.pathname === '/hub.html'
        ? hubPage(catalog, preload, url.searchParams.has('candidate') ? '/candidate' : '')
        : url.pathname === '/floor.html'
          ? floorPage(catalog, preload)
          : url.pathname === '/headless.html'
            ? headlessPage(catalog)
            : undefined;
    const file = page ? ['text/html', page] : files.get(url.pathname);
    if (!file) return res.writeHead(404).end();
    res.writeHead(200, { 'content-type': file[0], 'cache-control': 'no-store' }).end(file[1]);
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}
