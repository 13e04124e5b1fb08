// Hostile content, failing catalogs, a script loaded twice, and secrets that must not
// leak: the built bundle on the served demo (strict CSP + Trusted Types), in Chromium.
import { before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, openPage, catalog, test, innerHtmlProbe } from './helpers.mjs';

let env;
before(async () => (env = await setup()));
after(async () => env?.close());

const PAYLOADS = [
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=1</script>',
  '<svg onload="window.__pwned=1"></svg>',
  '"><img src=x onerror=window.__pwned=1>',
  "';window.__pwned=1;//",
];
const TEXT_KEYS = new Set(['name', 'description', 'category', 'title', 'text', 'label', 'help', 'placeholder', 'alt']);

/** Every display string of the catalog, poisoned with a script payload (keys, types and URLs stay valid). */
function poison(value, counter = { n: 0 }) {
  if (Array.isArray(value)) return value.map((v) => poison(v, counter));
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [
        k,
        typeof v === 'string' && TEXT_KEYS.has(k) ? `${v} ${PAYLOADS[counter.n++ % PAYLOADS.length]}` : poison(v, counter),
      ]),
    );
  }
  return value;
}

/** Serves `body` at `path` on the demo's origin for this page only. */
async function serve(page, path, body, contentType = 'application/json', status = 200) {
  await page.route(`**${path}`, (route) => route.fulfill({ status, contentType, body }));
}

/** What the hub's shadow DOM holds that could run code. */
const liveElements = (page) =>
  page.locator('link-hub').evaluate((hub) => {
    const found = [];
    for (const el of hub.shadowRoot.querySelectorAll('*')) {
      if (['SCRIPT', 'IFRAME', 'OBJECT', 'EMBED'].includes(el.tagName) || el.namespaceURI !== 'http://www.w3.org/1999/xhtml')
        found.push(el.tagName);
      for (const attr of el.attributes)
        if (/^on/i.test(attr.name) || /^\s*javascript:/i.test(attr.value)) found.push(`${el.tagName}[${attr.name}]`);
    }
    return found;
  });

test('poisoned display strings render as text: every view walked, every link clicked, nothing runs', async () => {
  const { page, problems, violations, close } = await openPage(env.browser, `${env.demo.origin}/`);
  const dialogs = [];
  page.on('dialog', (d) => (dialogs.push(d.message()), d.dismiss()));
  page.context().on('page', (popup) => popup.close());
  await serve(page, '/poisoned.json', JSON.stringify(poison(catalog)));
  await page.evaluate(() => (document.querySelector('link-hub').catalog = '/poisoned.json'));
  await page.getByRole('button', { name: 'Add integration' }).click();
  const hub = page.getByRole('dialog');
  await hub.getByRole('button', { name: /^CharlieHR/ }).waitFor();
  for (const provider of catalog.providers) {
    await hub.getByRole('button', { name: new RegExp(`^${provider.name} `) }).click();
    await hub.getByRole('button', { name: 'Connect', exact: true }).waitFor();
    for (const link of await hub.locator('a').all()) await link.click({ modifiers: ['Control'] });
    await hub.getByRole('button', { name: 'Connect', exact: true }).click(); // invalid: shows every field error
    assert.deepEqual(await liveElements(page), [], `${provider.name}: no live element`);
    await hub.getByRole('button', { name: 'All integrations' }).click();
  }
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.deepEqual(dialogs, []);
  assert.deepEqual(await violations(), []);
  assert.deepEqual(
    problems.filter((p) => !/Failed to load resource/.test(p)),
    [],
  );
  await close();
});

test('a host error message with markup renders as text', async () => {
  const { page, close } = await openPage(env.browser, `${env.demo.origin}/`);
  await page.evaluate(() => {
    document.querySelector('link-hub').onSubmit = () => Promise.reject(new Error('<img src=x onerror="window.__pwned=1"> denied'));
  });
  await page.getByRole('button', { name: 'Add integration' }).click();
  await page
    .getByRole('dialog')
    .getByRole('button', { name: /^SmartRecruiters/ })
    .click();
  await page.getByLabel('API Key', { exact: true }).fill('k-123');
  await page.getByRole('button', { name: 'Connect', exact: true }).click();
  const alert = page.getByRole('alert');
  await alert.waitFor();
  assert.match(await alert.innerText(), /<img src=x onerror="window.__pwned=1"> denied/);
  assert.deepEqual(await liveElements(page), []);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  await close();
});

test('javascript: and data: links in a catalog are refused, naming the path; nothing renders', async () => {
  const { page, close } = await openPage(env.browser, `${env.demo.origin}/`);
  const warnings = [];
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  const bad = structuredClone(catalog);
  bad.providers[0].sections[1].steps[0].content[0].children[1].href = 'javascript:window.__pwned=1';
  await serve(page, '/bad-links.json', JSON.stringify(bad));
  const detail = page.evaluate(
    () => new Promise((resolve) => document.addEventListener('link-hub-error', (e) => resolve(e.detail), { once: true })),
  );
  await page.evaluate(() => (document.querySelector('link-hub').catalog = '/bad-links.json'));
  const error = await detail;
  assert.equal(error.providerKey, null);
  assert.match(
    error.message,
    /providers\[0\]\.sections\[1\]\.steps\[0\]\.content\[0\]\.children\[1\]\.href: links must use http:, https: or mailto:/,
  );
  await page.getByRole('button', { name: 'Add integration' }).click();
  assert.match(await page.getByRole('dialog').getByRole('alert').innerText(), /unavailable/);
  assert.equal(warnings.filter((w) => w.includes('link-hub')).length, 1);
  await close();
});

for (const [name, respond, pattern] of [
  ['answers 404', (route) => route.fulfill({ status: 404, body: 'not found' }), /answered HTTP 404/],
  [
    'answers HTML',
    (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><p>login</p>' }),
    /is not JSON \(text\/html\)/,
  ],
  ['times out on the network', (route) => route.abort('timedout'), /could not be fetched/],
]) {
  test(`a catalog URL that ${name}: "unavailable", link-hub-error and one warning naming the URL`, async () => {
    const { page, close } = await openPage(env.browser, `${env.demo.origin}/`);
    const warnings = [];
    page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
    await page.route('**/missing.json', respond);
    const detail = page.evaluate(
      () => new Promise((resolve) => document.addEventListener('link-hub-error', (e) => resolve(e.detail), { once: true })),
    );
    await page.evaluate(() => (document.querySelector('link-hub').catalog = '/missing.json'));
    assert.match((await detail).message, pattern);
    await page.getByRole('button', { name: 'Add integration' }).click();
    assert.match(await page.getByRole('dialog').getByRole('alert').innerText(), /unavailable/);
    const ours = warnings.filter((w) => w.includes('link-hub'));
    assert.equal(ours.length, 1);
    assert.match(ours[0], /missing\.json/);
    await close();
  });
}

test('the script loaded twice (classic and module builds) defines the element once, without error', async () => {
  const { page, problems, close } = await openPage(env.browser, `${env.demo.origin}/`);
  const html = `<!doctype html><html lang="en"><head>
    <script src="/dist/link-hub.iife.js"></script><script src="/dist/link-hub.iife.js"></script>
    <script type="module" src="/dist/link-hub.js"></script><script type="module" src="/dist/link-hub.js?again"></script>
    </head><body><link-hub catalog="/catalog.json"></link-hub></body></html>`;
  await serve(page, '/twice.html', html, 'text/html');
  await page.goto(`${env.demo.origin}/twice.html`);
  await page.waitForFunction(() => customElements.get('link-hub') && document.querySelector('link-hub').shadowRoot);
  await page.evaluate(() => document.querySelector('link-hub').show('flatchr'));
  await page.getByRole('dialog', { name: 'Connect Flatchr' }).waitFor();
  assert.deepEqual(problems, []);
  await close();
});

test('secrets: typed in every field of every seed provider, found nowhere after success, failure and close', async () => {
  const { page, close } = await openPage(env.browser, `${env.demo.origin}/`);
  const consoleText = [];
  page.on('console', (m) => consoleText.push(m.text()));
  await page.addInitScript(() => {
    window.__details = [];
    for (const type of ['link-hub-open', 'link-hub-close', 'link-hub-provider', 'link-hub-success', 'link-hub-error']) {
      document.addEventListener(type, (e) => window.__details.push(JSON.stringify(e.detail)));
    }
  });
  await page.reload();
  // A careless host: it logs nothing itself, but echoes the values back in its error.
  await page.evaluate(() => {
    let calls = 0;
    document.querySelector('link-hub').onSubmit = ({ values }) =>
      ++calls % 2 ? Promise.reject(new Error(`refused ${Object.values(values).join(' ')}`)) : { label: 'linked' };
  });
  const typed = [];
  for (const provider of catalog.providers) {
    for (const path of ['failure then success', 'close']) {
      await page.getByRole('button', { name: 'Add integration' }).click();
      const hub = page.getByRole('dialog');
      await hub.getByRole('button', { name: new RegExp(`^${provider.name}`) }).click();
      for (const field of provider.fields) {
        const value = field.pattern ? `s${typed.length}x` : `S3cr3t-${provider.key}-${field.key}-${typed.length}`;
        typed.push(value);
        await hub.getByLabel(field.label, { exact: true }).fill(value);
      }
      // Reveal every secret (each toggle is renamed "Hide …" once pressed).
      while (await hub.getByRole('button', { name: /^Show / }).count())
        await hub
          .getByRole('button', { name: /^Show / })
          .first()
          .click();
      if (path === 'close') {
        await hub.getByRole('button', { name: 'Close' }).click();
      } else {
        await hub.getByRole('button', { name: 'Connect', exact: true }).click();
        await hub.getByRole('alert').waitFor();
        await hub.getByRole('button', { name: 'Connect', exact: true }).click();
        await page.getByRole('alertdialog').getByRole('button', { name: 'Done' }).click();
      }
      await page.getByRole('dialog').waitFor({ state: 'hidden' });
      const leftovers = await page
        .locator('link-hub')
        .evaluate((el) => [...el.shadowRoot.querySelectorAll('input')].map((i) => i.value).filter(Boolean));
      assert.deepEqual(leftovers, [], `${provider.name} (${path}): inputs cleared on close`);
    }
  }
  const attributes = await page.evaluate(() => {
    const values = [];
    const walk = (root) => {
      for (const el of root.querySelectorAll('*')) {
        for (const a of el.attributes) values.push(a.value);
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    walk(document);
    return values.join('\n');
  });
  const stores = await page.evaluate(() =>
    JSON.stringify([{ ...localStorage }, { ...sessionStorage }, document.cookie, location.href, window.__details]),
  );
  const everything = [attributes, stores, consoleText.join('\n'), page.url()].join('\n');
  const leaked = typed.filter((value) => everything.includes(value));
  assert.deepEqual(leaked, []);
  assert.ok(
    JSON.parse(stores)[4].some((d) => d.includes('•••')),
    'the echoed values were masked in the error event',
  );
  await close();
});

test('the demo is served with the strict CSP, and Trusted Types is enforced there', async () => {
  const response = await fetch(`${env.demo.origin}/`);
  const csp = response.headers.get('content-security-policy');
  for (const directive of [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "require-trusted-types-for 'script'",
  ]) {
    assert.ok(csp.includes(directive), directive);
  }
  assert.ok(!csp.includes('unsafe-inline') && !csp.includes('unsafe-eval'));
  const { page, close } = await openPage(env.browser, `${env.demo.origin}/`);
  assert.equal(await innerHtmlProbe(page), 'blocked');
  await close();
});

test('a plain page with no element: LinkHub.open() from the classic script creates one and links', async () => {
  const { page, problems, close } = await openPage(env.browser, `${env.demo.origin}/`);
  await serve(
    page,
    '/plain.html',
    '<!doctype html><html lang="en"><head><script src="/dist/link-hub.iife.js"></script></head><body><p>Settings</p></body></html>',
    'text/html',
  );
  await page.goto(`${env.demo.origin}/plain.html`);
  assert.equal(await page.evaluate(() => document.querySelector('link-hub')), null);
  await page.evaluate(() =>
    window.LinkHub.open({ catalog: '/catalog.json', provider: 'smartrecruiters', onSubmit: () => ({ label: 'plain page account' }) }),
  );
  const dialog = page.getByRole('dialog', { name: 'Connect SmartRecruiters' });
  await dialog.getByLabel('API Key', { exact: true }).fill('k-42');
  await dialog.getByRole('button', { name: 'Connect', exact: true }).click();
  assert.match(await page.getByRole('alertdialog').innerText(), /SmartRecruiters is connected[\s\S]*plain page account/);
  assert.match(
    String(await page.evaluate(() => window.LinkHub.open({ theme: 'neon' }).catch((e) => e.message))),
    /options\.theme: expected one of/,
  );
  assert.deepEqual(problems, []);
  await close();
});
