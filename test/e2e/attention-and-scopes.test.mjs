// On the demo page, as a person would: a scope-aware guide (Quarry ATS) shows only the steps
// the chosen actions need and the permissions to tick, and the server receives that choice;
// a key the provider revoked shows as needing attention and is reconnected from the hub.
import { before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, openPage, accountsOf, test } from './helpers.mjs';

let env;
before(async () => (env = await setup()));
after(async () => env?.close());

test("scope-aware guide: the host's actions are checked, the guide and the permissions follow the boxes, the server gets the choice", async () => {
  const { page, problems, violations, close } = await openPage(env.browser, `${env.demo.origin}/`);
  await page.getByRole('button', { name: 'Add integration' }).click();
  await page
    .getByRole('dialog')
    .getByRole('button', { name: /^Quarry ATS/ })
    .click();
  const dialog = page.getByRole('dialog', { name: 'Connect Quarry ATS' });
  const group = dialog.getByRole('group', { name: 'What this integration may do' });
  assert.equal(await group.getByRole('checkbox', { name: /^List open jobs/ }).isChecked(), true);
  assert.equal(await group.getByRole('checkbox', { name: /^Send candidates to Quarry/ }).isChecked(), true);
  assert.equal(await group.getByRole('checkbox', { name: /^Read hiring reports/ }).isChecked(), false);
  const scopes = () => dialog.locator('[part=scopes] code').allInnerTexts();
  assert.deepEqual(await scopes(), ['jobs:read', 'candidates:write']);
  await dialog.getByRole('heading', { name: 'Allow candidates from integrations' }).waitFor();
  assert.equal(await dialog.getByRole('heading', { name: 'Turn on report sharing' }).count(), 0);
  // The keyboard is enough: Tab to the box, Space to tick it.
  await group.getByRole('checkbox', { name: /^Read hiring reports/ }).focus();
  await page.keyboard.press('Space');
  await dialog.getByRole('heading', { name: 'Turn on report sharing' }).waitFor();
  assert.deepEqual(await scopes(), ['jobs:read', 'candidates:write', 'reports:read']);
  await dialog.getByLabel('API Key', { exact: true }).fill('quarry-key-1');
  await dialog.getByLabel('Workspace', { exact: true }).fill('acme');
  await dialog.getByRole('button', { name: 'Connect', exact: true }).click();
  // Quarry ATS then asks which departments to sync (setup after the link: test/e2e/setup.test.mjs).
  await dialog.getByRole('group', { name: 'Departments to sync' }).getByRole('checkbox', { name: 'Engineering' }).check();
  await dialog.getByRole('button', { name: 'Save', exact: true }).click();
  await page.getByRole('alertdialog').getByText('Quarry ATS is connected').waitFor();
  const [account] = (await accountsOf(env.demo)).filter((a) => a.providerKey === 'quarry-ats');
  assert.deepEqual(account.scopes, ['jobs:read', 'candidates:write', 'reports:read']);
  assert.deepEqual(await violations(), []);
  assert.deepEqual(problems, []);
  await close();
});

test("a revoked key: Needs attention on the page and in the hub, the host's message, Reconnect first, and it is fixed", async () => {
  const { page, problems, violations, close } = await openPage(env.browser, `${env.demo.origin}/`);
  await page.getByRole('button', { name: 'Add integration' }).click();
  await page
    .getByRole('dialog')
    .getByRole('button', { name: /^SmartRecruiters/ })
    .click();
  let dialog = page.getByRole('dialog', { name: 'Connect SmartRecruiters' });
  await dialog.getByLabel('API Key', { exact: true }).fill('sr-key-1');
  await dialog.getByRole('button', { name: 'Connect', exact: true }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Done' }).click();
  const [account] = (await accountsOf(env.demo)).filter((a) => a.providerKey === 'smartrecruiters');

  await page.getByRole('button', { name: `Simulate a revoked key for ${account.label}` }).click();
  await page.getByRole('listitem').filter({ hasText: account.label }).getByText('Needs attention').waitFor();
  await page.getByRole('button', { name: 'Add integration' }).click();
  const list = page.getByRole('dialog', { name: 'Connect an integration' });
  await list.getByRole('button', { name: /^SmartRecruiters Needs attention/ }).click();
  dialog = page.getByRole('dialog', { name: 'Connect SmartRecruiters' });
  await dialog.getByText(/could not reach SmartRecruiters with this key: it was revoked/).waitFor();
  await dialog.getByRole('button', { name: `Reconnect ${account.label}` }).click();
  await dialog.getByRole('heading', { name: `Re-link ${account.label}` }).waitFor();
  await dialog.getByLabel('API Key', { exact: true }).fill('sr-key-2');
  await dialog.getByRole('button', { name: 'Reconnect', exact: true }).click();
  await page.getByRole('alertdialog').getByText('SmartRecruiters is connected').waitFor();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Done' }).click();
  assert.equal((await env.demo.accounts.get(account.accountId)).status, undefined);
  await page.getByRole('listitem').filter({ hasText: account.label }).waitFor();
  assert.equal(await page.getByRole('listitem').filter({ hasText: account.label }).getByText('Needs attention').count(), 0);
  assert.deepEqual(await violations(), []);
  assert.deepEqual(problems, []);
  await close();
});
