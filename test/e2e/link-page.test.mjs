// The hosted link page, as a customer meets it: a link minted on the demo page opened in
// another browser profile at phone size, linked there; the same link refused afterwards;
// an expired one and a forged one showing no form and linking nothing.
import { before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, openPage, test } from './helpers.mjs';
import { createLinkToken } from '../../dist/node/server.js';

const PHONE = { width: 375, height: 740 };
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
