// Sign-in by redirect and accounts already linked, on the demo page as a person uses them:
// Northwind HR (the demo's OAuth provider, backed by the demo server's fake authorization
// server) approved, denied, with a blocked popup and with a forged message; then an
// API-key account re-linked and disconnected.
import { before, beforeEach, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { setup, openPage, accountsOf, test } from './helpers.mjs';

let env;
before(async () => (env = await setup()));
beforeEach(async () => {
  await env.demo.accounts.clear();
  env.demo.settings.isolateSignIn = false;
});
after(async () => env?.close());

async function openProvider(page, name) {
  await page.getByRole('button', { name: 'Add integration' }).click();
  await page
    .getByRole('dialog', { name: 'Connect an integration' })
    .getByRole('button', { name: new RegExp(`^${name}`) })
    .click();
  const dialog = page.getByRole('dialog', { name: `Connect ${name}` });
  await dialog.waitFor();
  return dialog;
}

/** Presses Connect and returns the sign-in window the hub opened, once its consent page is up. */
async function connectAndGetPopup(page, dialog, button = 'Connect') {
  const popupOpened = page.waitForEvent('popup');
  await dialog.getByRole('button', { name: button, exact: true }).click();
  const popup = await popupOpened;
  await popup.getByRole('heading', { name: /^Allow Acme People to access/ }).waitFor();
  return popup;
}

test('OAuth: approving in the sign-in window links Northwind HR; it shows as connected and re-links', async () => {
  const { page, problems, violations, close } = await openPage(env.browser, env.demo.origin);
  let dialog = await openProvider(page, 'Northwind HR');
  await dialog.getByLabel('Workspace', { exact: true }).fill('acme');
  let popup = await connectAndGetPopup(page, dialog);
  await dialog.getByRole('heading', { name: 'Finish signing in to Northwind HR in the window that opened.' }).waitFor();
  await dialog.getByRole('button', { name: 'Reopen window' }).waitFor();
  await dialog.getByRole('button', { name: 'Cancel' }).waitFor();
  const closed = popup.waitForEvent('close');
  await popup.getByRole('button', { name: 'Allow' }).click();
  await closed; // the callback page posted the outcome and closed itself
  const done = page.getByRole('alertdialog');
  await done.waitFor();
  assert.match(await done.innerText(), /Northwind HR is connected/);
  assert.match(await done.innerText(), /Account: Northwind HR · acme/);
  await done.getByRole('button', { name: 'Done' }).click();
  await page.getByRole('listitem').filter({ hasText: 'Northwind HR · acme' }).waitFor();

  // In the hub: a Connected badge; the provider shows the account.
  await page.getByRole('button', { name: 'Add integration' }).click();
  const list = page.getByRole('dialog', { name: 'Connect an integration' });
  await list.getByRole('button', { name: /^Northwind HR Connected · Northwind HR · acme/ }).waitFor();
  await list.getByRole('button', { name: 'Connected', exact: true }).click();
  assert.equal(await list.getByRole('list').getByRole('button').count(), 1);
  await list.getByRole('button', { name: 'Close' }).click();

  // Re-link from the page: the hub opens on that account, Workspace prefilled; the account keeps its id.
  await page.getByRole('button', { name: 'Re-link Northwind HR · acme' }).click();
  dialog = page.getByRole('dialog', { name: 'Connect Northwind HR' });
  await dialog.getByRole('heading', { name: 'Re-link Northwind HR · acme' }).waitFor();
  assert.equal(await dialog.getByLabel('Workspace', { exact: true }).inputValue(), 'acme');
  popup = await connectAndGetPopup(page, dialog, 'Update');
  await popup.getByRole('button', { name: 'Allow' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Done' }).click();
  await page.getByRole('dialog').waitFor({ state: 'hidden' });
  assert.equal(await env.demo.accounts.count(), 1);
  assert.deepEqual(await violations(), []);
  assert.deepEqual(problems, []);
  await close();
});

test('OAuth: access revoked at the provider: the refresh is refused, the hub shows Needs attention and Reconnect, and signing in again fixes it', async () => {
  const { page, problems, violations, close } = await openPage(env.browser, env.demo.origin);
  let dialog = await openProvider(page, 'Northwind HR');
  await dialog.getByLabel('Workspace', { exact: true }).fill('revoked-co');
  let popup = await connectAndGetPopup(page, dialog);
  await popup.getByRole('button', { name: 'Allow' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Done' }).click();
  const label = 'Northwind HR · revoked-co';
  const item = page.getByRole('listitem').filter({ hasText: label });
  await item.waitFor();

  await page.getByRole('button', { name: `Revoke ${label} at the provider` }).click();
  await item.getByText('Needs attention').waitFor();
  await page.getByRole('button', { name: 'Add integration' }).click();
  await page
    .getByRole('dialog', { name: 'Connect an integration' })
    .getByRole('button', { name: /^Northwind HR Needs attention/ })
    .click();
  dialog = page.getByRole('dialog', { name: 'Connect Northwind HR' });
  await dialog.getByText(/Northwind HR stopped accepting Acme People's access to revoked-co: it was revoked there/).waitFor();
  await dialog.getByRole('button', { name: `Reconnect ${label}` }).click();
  await dialog.getByRole('heading', { name: `Re-link ${label}` }).waitFor();
  popup = await connectAndGetPopup(page, dialog, 'Reconnect');
  await popup.getByRole('button', { name: 'Allow' }).click();
  await page.getByRole('alertdialog').getByText('Northwind HR is connected').waitFor();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Done' }).click();
  await item.getByRole('button', { name: `Revoke ${label} at the provider` }).waitFor();
  assert.equal(await item.getByText('Needs attention').count(), 0);
  const [account] = await accountsOf(env.demo);
  assert.equal(account.status, undefined);
  assert.deepEqual(await violations(), []);
  assert.deepEqual(problems, []);
  await close();
});

test('OAuth: denying ends in a clear message, the form keeps the workspace, and a retry links', async () => {
  const { page, problems, violations, close } = await openPage(env.browser, env.demo.origin);
  const dialog = await openProvider(page, 'Northwind HR');
  await dialog.getByLabel('Workspace', { exact: true }).fill('deny-co');
  let popup = await connectAndGetPopup(page, dialog);
  await popup.getByRole('button', { name: 'Deny' }).click();
  const alert = dialog.getByRole('alert');
  await alert.waitFor();
  assert.match(await alert.innerText(), /Northwind HR: access was denied\./);
  assert.equal(await dialog.getByLabel('Workspace', { exact: true }).inputValue(), 'deny-co');
  popup = await connectAndGetPopup(page, dialog);
  await popup.getByRole('button', { name: 'Allow' }).click();
  await page.getByRole('alertdialog').getByText('Northwind HR is connected').waitFor();
  assert.deepEqual(await violations(), []);
  assert.deepEqual(problems, []);
  await close();
});

test('OAuth: a blocked popup offers a button and the sign-in page as a link; the new tab still completes the sign-in', async () => {
  const { page, problems, violations, close } = await openPage(env.browser, `${env.demo.origin}/?blocked`);
  // A popup blocker refuses the first window the page asks for (the test browser has none of its own).
  await page.evaluate(() => {
    const real = window.open;
    let refused = false;
    window.open = function (...args) {
      if (!refused) return ((refused = true), null);
      return real.apply(this, args);
    };
  });
  const dialog = await openProvider(page, 'Northwind HR');
  await dialog.getByLabel('Workspace', { exact: true }).fill('tab-co');
  await dialog.getByRole('button', { name: 'Connect', exact: true }).click();
  await dialog.getByRole('heading', { name: 'Your browser blocked the sign-in window.' }).waitFor();
  await dialog.getByRole('button', { name: 'Open sign-in window' }).waitFor();
  const link = dialog.getByRole('link', { name: 'Open the sign-in page in a new tab' });
  assert.match(await link.getAttribute('href'), new RegExp(`^${env.demo.origin}/fake-idp/authorize\\?`));
  const tabOpened = page.waitForEvent('popup');
  await link.click();
  const tab = await tabOpened;
  await tab.getByRole('button', { name: 'Allow' }).click();
  await page.getByRole('alertdialog').getByText('Northwind HR is connected').waitFor();
  assert.deepEqual(await violations(), []);
  assert.deepEqual(problems, []);
  await close();
});

test('OAuth: a message with the right state from another origin is ignored', async () => {
  // Another site (another port is another origin) that gets hold of the sign-in window.
  const other = createServer((req, res) => res.end('<!doctype html><title>Elsewhere</title><p>Another site</p>'));
  await new Promise((resolve) => other.listen(0, '127.0.0.1', resolve));
  const otherOrigin = `http://127.0.0.1:${other.address().port}`;
  const { page, problems, close } = await openPage(env.browser, env.demo.origin);
  try {
    const dialog = await openProvider(page, 'Northwind HR');
    await dialog.getByLabel('Workspace', { exact: true }).fill('acme');
    const popup = await connectAndGetPopup(page, dialog);
    const consent = popup.url();
    const state = new URL(consent).searchParams.get('state');
    await popup.goto(`${otherOrigin}/`);
    await popup.evaluate(
      (s) => window.opener.postMessage({ type: 'link-hub:oauth', state: s, ok: true, result: { label: 'forged' } }, '*'),
      state,
    );
    // Ignored: still waiting. (Then the real callback, from the page's own origin, links.)
    await popup.goto(consent);
    await dialog.getByRole('heading', { name: 'Finish signing in to Northwind HR in the window that opened.' }).waitFor();
    assert.equal(await page.getByRole('alertdialog').count(), 0);
    await popup.getByRole('button', { name: 'Allow' }).click();
    const done = page.getByRole('alertdialog');
    await done.waitFor();
    assert.doesNotMatch(await done.innerText(), /forged/);
    assert.deepEqual(problems, []);
  } finally {
    await close();
    await new Promise((resolve) => other.close(resolve));
  }
});

test('an API-key account: re-link keeps the saved key when left empty; Disconnect asks, then removes it', async () => {
  const { page, problems, violations, close } = await openPage(env.browser, env.demo.origin);
  let dialog = await openProvider(page, 'Flatchr');
  await dialog.getByLabel('API Key', { exact: true }).fill('key-123');
  await dialog.getByLabel('Company ID', { exact: true }).fill('c-7');
  await dialog.getByLabel('Subdomain', { exact: true }).fill('acme');
  await dialog.getByRole('button', { name: 'Connect', exact: true }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Done' }).click();
  const item = page.getByRole('listitem').filter({ hasText: 'Flatchr · ' });
  await item.waitFor();
  const label = (await item.locator('span').innerText()).trim();

  // Re-link from the hub's own account panel.
  await page.getByRole('button', { name: 'Add integration' }).click();
  await page
    .getByRole('dialog')
    .getByRole('button', { name: /^Flatchr Connected/ })
    .click();
  dialog = page.getByRole('dialog', { name: 'Connect Flatchr' });
  await dialog
    .getByRole('region', { name: 'Linked accounts' })
    .getByRole('button', { name: `Re-link ${label}` })
    .click();
  await dialog.getByRole('heading', { name: `Re-link ${label}` }).waitFor();
  assert.equal(await dialog.getByLabel('Company ID', { exact: true }).inputValue(), 'c-7');
  assert.equal(await dialog.getByLabel('API Key', { exact: true }).inputValue(), '');
  assert.match(await dialog.getByText('Leave empty to keep the saved one.').innerText(), /keep the saved one/);
  await dialog.getByLabel('Subdomain', { exact: true }).fill('acme-eu');
  // A re-link updates the account: the button says so.
  await dialog.getByRole('button', { name: 'Update', exact: true }).click();
  await page.getByRole('alertdialog').getByText('Flatchr is connected').waitFor();
  const [account] = (await accountsOf(env.demo)).filter((a) => a.providerKey === 'flatchr');
  assert.equal(account.values.subdomain, 'acme-eu');
  await page.getByRole('alertdialog').getByRole('button', { name: 'Done' }).click();

  // Disconnect from the hub: a confirmation first; Cancel keeps it; confirming removes it.
  await page.getByRole('button', { name: 'Add integration' }).click();
  await page
    .getByRole('dialog')
    .getByRole('button', { name: /^Flatchr Connected/ })
    .click();
  const accounts = dialog.getByRole('region', { name: 'Linked accounts' });
  await accounts.getByRole('button', { name: `Disconnect ${label}` }).click();
  await accounts.getByText(`Disconnect ${label}? It stops syncing until you link it again.`).waitFor();
  await accounts.getByRole('button', { name: 'Cancel' }).click();
  await accounts.getByRole('button', { name: `Disconnect ${label}` }).click();
  await accounts.getByRole('button', { name: `Disconnect ${label}` }).click();
  await dialog.getByRole('region', { name: 'Linked accounts' }).waitFor({ state: 'detached' });
  await dialog.getByRole('heading', { name: 'Your credentials' }).waitFor();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await page.getByText('No tools connected yet.').waitFor();
  assert.equal((await accountsOf(env.demo)).filter((a) => a.providerKey === 'flatchr').length, 0);
  assert.deepEqual(await violations(), []);
  assert.deepEqual(problems, []);
  await close();
});

test('oauth-callback.js reads the outcome from the query, posts it to its opener, and closes itself', async () => {
  const { page, problems, violations, close } = await openPage(env.browser, env.demo.origin);
  await page.evaluate(() => {
    window.__messages = [];
    addEventListener('message', (e) => window.__messages.push({ origin: e.origin, data: e.data }));
  });
  for (const query of [
    'state=s1&ok=1&accountId=a1&label=Acme%20%C2%B7%20eu',
    'state=s2&error=access_denied&error_description=Nope%2C%20denied',
  ]) {
    const opened = page.waitForEvent('popup');
    await page.evaluate((q) => void window.open(`/oauth-done.html?${q}`, 'callback'), query);
    const popup = await opened;
    if (!popup.isClosed()) await popup.waitForEvent('close');
  }
  assert.deepEqual(await page.evaluate(() => window.__messages), [
    { origin: env.demo.origin, data: { type: 'link-hub:oauth', state: 's1', ok: true, result: { accountId: 'a1', label: 'Acme · eu' } } },
    { origin: env.demo.origin, data: { type: 'link-hub:oauth', state: 's2', ok: false, error: 'Nope, denied' } },
  ]);
  // Reached without an opener (say, a bookmarked or reloaded callback): it says what to do, and the URL loses the outcome.
  const direct = await page.context().newPage();
  await direct.goto(`${env.demo.origin}/oauth-done.html?state=s3&ok=1`);
  await direct.getByText('Signed in. You can close this window.').waitFor();
  assert.equal(new URL(direct.url()).search, '');
  assert.deepEqual(await violations(), []);
  assert.deepEqual(problems, []);
  await close();
});

test('OAuth: a sign-in page that isolates its window (COOP) is not taken as a cancel, and the sign-in still links', async () => {
  env.demo.settings.isolateSignIn = true;
  const { page, problems, violations, close } = await openPage(env.browser, env.demo.origin);
  const dialog = await openProvider(page, 'Northwind HR');
  await dialog.getByLabel('Workspace', { exact: true }).fill('coop-co');
  const popup = await connectAndGetPopup(page, dialog);
  // Cut off from its opener, the window reads as closed: the hub says so, and keeps waiting.
  await dialog.getByText('The sign-in window is closed. If you finished, this updates by itself; if not, reopen it.').waitFor();
  await dialog.getByRole('button', { name: 'Reopen window' }).waitFor();
  await popup.getByRole('button', { name: 'Allow' }).click();
  // The callback page has no opener any more: it reaches the hub over BroadcastChannel (same origin).
  const done = page.getByRole('alertdialog');
  await done.waitFor();
  assert.match(await done.innerText(), /Account: Northwind HR · coop-co/);
  assert.deepEqual(await violations(), []);
  assert.deepEqual(problems, []);
  await close();
});

test('OAuth from http://localhost: the sign-in comes back to the origin the page was opened on', async () => {
  const local = env.demo.origin.replace('127.0.0.1', 'localhost');
  const { page, problems, violations, close } = await openPage(env.browser, `${local}/`);
  const dialog = await openProvider(page, 'Northwind HR');
  await dialog.getByLabel('Workspace', { exact: true }).fill('local-co');
  const popup = await connectAndGetPopup(page, dialog);
  assert.equal(new URL(popup.url()).origin, local);
  await popup.getByRole('button', { name: 'Allow' }).click();
  await page.getByRole('alertdialog').getByText('Northwind HR is connected').waitFor();
  assert.deepEqual(await violations(), []);
  assert.deepEqual(problems, []);
  await close();
});
