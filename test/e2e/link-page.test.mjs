// The hosted link page, as a customer meets it: a link minted on the demo page opened in
// another browser profile at phone size, linked there; the same link refused afterwards;
// an expired one and a forged one showing no form and linking nothing.
import { before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { setup, openPage, test } from './helpers.mjs';
import { createLinkToken } from '../../dist/node/server.js';

const PHONE = { width: 375, height: 740 };
const DESKTOP = { width: 1280, height: 800 };
const USED = 'This link has expired or was already used. Ask for a new one.';
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
let env;
before(async () => (env = await setup()));
after(async () => env?.close());

/** Mints a link the way the demo page's "Send a link" does. */
async function mint(body = {}) {
  const response = await fetch(`${env.demo.origin}/api/links`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  assert.equal(response.status, 200);
  return (await response.json()).url;
}

/** Opens a link in a fresh browser context (another profile: no session, no storage) on a phone. */
async function openOnPhone(url) {
  const opened = await openPage(env.browser, url, PHONE);
  await opened.page.waitForFunction(() => !location.hash);
  return opened;
}

test('a minted link, opened on a phone, links Flatchr; the address bar loses the token; the account shows on the demo page', async () => {
  // Minted on the demo page, as the host's admin would.
  const admin = await openPage(env.browser, `${env.demo.origin}/`);
  await admin.page.getByLabel('Provider', { exact: true }).selectOption({ label: 'Flatchr' });
  await admin.page.getByRole('button', { name: 'Create link' }).click();
  const link = await admin.page.getByRole('textbox', { name: 'Link to send' }).inputValue();
  assert.match(link, /\/connect#token=[\w-]+\.[\w-]+\.[\w-]+$/);

  const { page, problems, violations, close } = await openOnPhone(link);
  assert.equal(new URL(page.url()).hash, '', 'the token left the address bar');
  // One provider allowed: straight to its form, in a region named by its title.
  const hub = page.getByRole('region', { name: 'Connect Flatchr' });
  await hub.getByLabel('API Key', { exact: true }).waitFor();
  // On a phone the first field is on screen, or one tap away.
  await hub.getByRole('button', { name: 'Go to the form' }).click();
  assert.ok(
    await hub
      .getByLabel('API Key', { exact: true })
      .evaluate((el) => el.matches(':focus') && el.getBoundingClientRect().bottom <= innerHeight),
  );
  await hub.getByLabel('API Key', { exact: true }).fill('phone-key-1');
  await hub.getByLabel('Company ID', { exact: true }).fill('c-phone');
  await hub.getByLabel('Subdomain', { exact: true }).fill('acme');
  await hub.getByRole('button', { name: 'Connect', exact: true }).click();
  await page.getByRole('heading', { name: 'Your account is connected' }).waitFor();
  assert.equal(await page.getByRole('link', { name: 'Back to Acme People' }).getAttribute('href'), `${env.demo.origin}/`);
  assert.deepEqual(await violations(), []);
  assert.deepEqual(problems, []);
  await close();

  // The demo page lists it.
  await admin.page.reload();
  await admin.page.getByText('Flatchr · c-phone').waitFor();
  await admin.close();

  // The same link again: told at once that it was used; no form.
  const again = await openOnPhone(link);
  await again.page.getByRole('heading', { name: 'This link has expired or was already used. Ask for a new one.' }).waitFor();
  assert.equal(await again.page.locator('link-hub').count(), 0);
  assert.equal(await again.page.getByRole('textbox').count(), 0);
  assert.deepEqual(await again.violations(), [], 'the themed panel keeps to the strict CSP');
  assert.deepEqual(
    again.problems.filter((p) => !/410/.test(p)),
    [],
  );
  await again.close();
});

test('an expired link shows no form, and a forged one links nothing', async () => {
  const before = await env.demo.accounts.count();
  // Expired: the page reads the token's exp when it opens (the page's clock is two hours on).
  const link = await mint({ providerKey: 'smartrecruiters' });
  const context = await env.browser.newContext({ viewport: PHONE });
  const page = await context.newPage();
  await page.clock.install({ time: Date.now() + 2 * 3600_000 });
  await page.goto(link);
  await page.getByRole('heading', { name: 'This link has expired or was already used. Ask for a new one.' }).waitFor();
  assert.equal(await page.getByRole('textbox').count(), 0);
  await context.close();

  // Forged: signed with a secret that is not the host's. The page shows nothing to fill.
  const forged = await createLinkToken({ sub: 'demo-customer', providers: ['smartrecruiters'] }, 'x'.repeat(32));
  const { page: fake, problems, close } = await openOnPhone(`${env.demo.origin}/connect#token=${forged}`);
  await fake.getByRole('heading', { name: 'This link has expired or was already used. Ask for a new one.' }).waitFor();
  assert.equal(await fake.getByRole('textbox').count(), 0);
  // Posted anyway (say, by a script): refused, nothing stored.
  const response = await fetch(`${env.demo.origin}/api/link/submit`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${forged}` },
    body: JSON.stringify({ providerKey: 'smartrecruiters', values: { apiKey: 'forged-key' } }),
  });
  assert.equal(response.status, 401);
  assert.equal(await env.demo.accounts.count(), before);
  assert.deepEqual(
    problems.filter((p) => !/401/.test(p)),
    [],
  );
  await close();
});

test('a link for any provider lists them all; a bad key is refused with the form kept, then links', async () => {
  const link = await mint();
  const { page, problems, violations, close } = await openOnPhone(link);
  const hub = page.getByRole('region', { name: 'Connect an integration' });
  await hub.getByRole('button', { name: /^SmartRecruiters/ }).click();
  const form = page.getByRole('region', { name: 'Connect SmartRecruiters' });
  await form.getByLabel('API Key', { exact: true }).fill('bad');
  await form.getByRole('button', { name: 'Connect', exact: true }).click();
  await form
    .getByRole('alert')
    .getByText(/rejected this API Key/)
    .waitFor();
  assert.equal(await form.getByLabel('API Key', { exact: true }).inputValue(), 'bad');
  // The server's message for the field (a LinkRefusal's fields) is on the field, as onSubmit's are in the hub.
  assert.equal(await form.getByLabel('API Key', { exact: true }).getAttribute('aria-invalid'), 'true');
  await form.getByLabel('API Key', { exact: true }).fill('good-key');
  await form.getByRole('button', { name: 'Connect', exact: true }).click();
  await page.getByRole('heading', { name: 'Your account is connected' }).waitFor();
  assert.deepEqual(await violations(), []);
  // (The browser logs the refused request itself; nothing else.)
  assert.deepEqual(
    problems.filter((p) => !/status of 422/.test(p)),
    [],
  );
  await close();
});

test('a second link opened in a tab already on the link page starts over: its token leaves the address bar and history too', async () => {
  const first = await mint({ providerKey: 'flatchr' });
  const second = await mint({ providerKey: 'smartrecruiters' });
  const { page, problems, close } = await openOnPhone(first);
  await page.getByRole('region', { name: 'Connect Flatchr' }).getByLabel('API Key', { exact: true }).waitFor();
  // The second link, in the same tab: only the fragment changes (no reload).
  await page.evaluate(() => (window.__sameDocument = true));
  await page.goto(second);
  await page.waitForFunction(() => !location.hash);
  assert.equal(await page.evaluate(() => window.__sameDocument), true, 'the same document: a hashchange, not a load');
  assert.equal(new URL(page.url()).hash, '');
  const form = page.getByRole('region', { name: 'Connect SmartRecruiters' });
  await form.getByLabel('API Key', { exact: true }).waitFor();
  assert.equal(await page.getByRole('region', { name: 'Connect Flatchr' }).count(), 0);
  // It links with the second link's token.
  await form.getByLabel('API Key', { exact: true }).fill('good-key');
  await form.getByRole('button', { name: 'Connect', exact: true }).click();
  await page.getByRole('heading', { name: 'Your account is connected' }).waitFor();
  // A third link after that: a fresh hub again in place of the panel.
  await page.goto(await mint({ providerKey: 'flatchr' }));
  await page.waitForFunction(() => !location.hash);
  await page.getByRole('region', { name: 'Connect Flatchr' }).getByLabel('API Key', { exact: true }).waitFor();
  assert.equal(await page.getByRole('heading', { name: 'Your account is connected' }).count(), 0);
  // No entry of the tab's history holds a token.
  for (let back = 0; back < 2; back += 1) {
    await page.goBack({ waitUntil: 'commit' }).catch(() => undefined);
    assert.doesNotMatch(page.url(), /token=/);
  }
  assert.deepEqual(problems, []);
  await close();
});

test('a link that names its owner says whose account it connects, before the form', async () => {
  const link = await mint({ providerKey: 'flatchr', owner: 'Globex Recruiting' });
  const { page, problems, violations, close } = await openOnPhone(link);
  const note = page.getByText('Connecting an account to Acme People for Globex Recruiting', { exact: true });
  await note.waitFor();
  const field = page.getByRole('region', { name: 'Connect Flatchr' }).getByLabel('API Key', { exact: true });
  await field.waitFor();
  assert.ok((await note.boundingBox()).y < (await field.boundingBox()).y, 'the owner comes before the form');
  assert.equal(await note.evaluate((el) => getComputedStyle(el).fontFamily), await hubFont(page));
  assert.deepEqual(await violations(), []);
  assert.deepEqual(problems, []);
  await close();
  // A label that is not plain text is refused when the link is made.
  const refused = await fetch(`${env.demo.origin}/api/links`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ owner: 'Globex\u202eevil' }),
  });
  assert.equal(refused.status, 400);
});

/** The hub's own font family (its dialog part, where its typography is set). */
const hubFont = (page) =>
  page.locator('link-hub').evaluate((hub) => getComputedStyle(hub.shadowRoot.querySelector('[part="dialog"]')).fontFamily);

/** How a state panel is drawn: its heading's font, the box around it, and whether the page scrolls sideways. */
const drawn = (page, name) =>
  page.getByRole('heading', { name }).evaluate((h) => {
    const box = h.closest('section');
    const { left, right } = box.getBoundingClientRect();
    return {
      font: getComputedStyle(h).fontFamily,
      size: parseFloat(getComputedStyle(box).fontSize),
      radius: getComputedStyle(box).borderRadius,
      inside: left >= 0 && right <= innerWidth,
      sideways: document.documentElement.scrollWidth > innerWidth,
    };
  });

/** axe on the page's main content (the panel or the hub). */
const audit = async (page) => {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const result = await window.axe.run(
      { include: [['main']] },
      { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } },
    );
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
};

for (const [size, viewport] of [
  ['desktop', DESKTOP],
  ['phone', PHONE],
]) {
  test(`on a ${size}, the done, used, expired and invalid states are drawn like the hub, readable, and axe clean`, async () => {
    const context = await env.browser.newContext({ viewport, bypassCSP: true });
    const open = async (url, { later = 0 } = {}) => {
      const page = await context.newPage();
      page.setDefaultTimeout(10_000);
      if (later) await page.clock.install({ time: Date.now() + later });
      await page.goto(url);
      return page;
    };
    const link = await mint({ providerKey: 'flatchr' });
    const page = await open(link);
    const hub = page.getByRole('region', { name: 'Connect Flatchr' });
    await hub.getByLabel('API Key', { exact: true }).waitFor();
    const font = await hubFont(page);
    assert.doesNotMatch(font, /^("?Times|serif)/);
    await hub.getByLabel('API Key', { exact: true }).fill('k-1');
    await hub.getByLabel('Company ID', { exact: true }).fill('c-1');
    await hub.getByLabel('Subdomain', { exact: true }).fill('acme');
    await hub.getByRole('button', { name: 'Connect', exact: true }).click();
    const states = [
      [page, 'Your account is connected'],
      [await open(link), USED],
      [await open(await mint({ providerKey: 'flatchr', expiresIn: 60 }), { later: 2 * 3600_000 }), USED],
      [
        await open(`${env.demo.origin}/connect#token=not-a-link`),
        'This link is not valid. Check that you copied all of it, or ask for a new one.',
      ],
    ];
    for (const [state, name] of states) {
      await state.getByRole('heading', { name }).waitFor();
      const look = await drawn(state, name);
      assert.equal(look.font, font, `${name}: the hub's font`);
      assert.ok(look.size >= 15, `${name}: ${look.size}px`);
      assert.equal(look.radius, '14px', `${name}: the hub's frame`);
      assert.ok(look.inside && !look.sideways, `${name}: fits the ${size}`);
      assert.deepEqual(await audit(state), [], name);
    }
    await context.close();
  });
}
