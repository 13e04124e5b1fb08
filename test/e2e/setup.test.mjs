// On the demo page, as a person would, on a desktop and on a phone: Quarry ATS (the scope-aware
// provider) asks after the link which departments to sync (options from the demo's backend), saved
// with the account; Settings later shows that choice and changes it; and the same key pasted again
// is an account linked twice, turned into an update of the first.
import { before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, openPage, accountsOf, test } from './helpers.mjs';

let env;
before(async () => (env = await setup()));
after(async () => env?.close());

const VIEWPORTS = [
  ['desktop', { width: 1280, height: 800 }],
  ['phone', { width: 375, height: 667 }],
];

/** Opens Quarry ATS from the list and links it with `key`. */
async function linkQuarry(page, key, workspace) {
  await page.getByRole('button', { name: 'Add integration' }).click();
  await page
    .getByRole('dialog')
    .getByRole('button', { name: /^Quarry ATS/ })
    .click();
  const dialog = page.getByRole('dialog', { name: 'Connect Quarry ATS' });
  await dialog.getByLabel('API Key', { exact: true }).fill(key);
  await dialog.getByLabel('Workspace', { exact: true }).fill(workspace);
  await dialog.getByRole('button', { name: 'Connect', exact: true }).click();
  return dialog;
}

for (const [name, viewport] of VIEWPORTS) {
  test(`${name}: after the link, departments to sync; saved with the account; Settings shows and changes them`, async () => {
    const { page, problems, violations, close } = await openPage(env.browser, `${env.demo.origin}/`, viewport);
    const dialog = await linkQuarry(page, `quarry-setup-${name}`, `setup-${name}`);
    const heading = dialog.getByRole('heading', { name: 'Set up Quarry ATS' });
    await heading.waitFor();
    assert.equal(await heading.evaluate((h) => h.getRootNode().activeElement === h), true, 'focus is on the setup form’s heading');
    const departments = dialog.getByRole('group', { name: 'Departments to sync' });
    assert.deepEqual(await departments.getByRole('checkbox').evaluateAll((boxes) => boxes.length), 4);
    assert.deepEqual(await violations(), []);
    await departments.getByRole('checkbox', { name: 'Engineering' }).check();
    await departments.getByRole('checkbox', { name: 'People' }).check();
    await dialog.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('alertdialog').getByText('Quarry ATS is connected').waitFor();
    const account = (await accountsOf(env.demo)).find((a) => a.values?.workspace === `setup-${name}`);
    assert.deepEqual(await env.demo.accounts.settings(account.accountId), { departments: ['engineering', 'people'] });
    await page.getByRole('alertdialog').getByRole('button', { name: 'Done' }).click();

    // Later: Settings of that account, with what was saved.
    await page.getByRole('button', { name: 'Add integration' }).click();
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /^Quarry ATS/ })
      .click();
    await dialog.getByRole('button', { name: `Settings ${account.label}` }).click();
    await heading.waitFor();
    assert.equal(await departments.getByRole('checkbox', { name: 'Engineering' }).isChecked(), true);
    assert.equal(await departments.getByRole('checkbox', { name: 'Sales' }).isChecked(), false);
    assert.equal(await departments.getByRole('checkbox', { name: 'People' }).isChecked(), true);
    await departments.getByRole('checkbox', { name: 'Engineering' }).uncheck();
    await departments.getByRole('checkbox', { name: 'Sales' }).check();
    await dialog.getByRole('button', { name: 'Save', exact: true }).click();
    await dialog.getByText(`Settings saved for ${account.label}.`).waitFor();
    assert.deepEqual(await env.demo.accounts.settings(account.accountId), { departments: ['sales', 'people'] });
    assert.deepEqual(await violations(), []);
    assert.deepEqual(problems, []);
    await close();
  });
}

test('the same key again: the hub names the account already holding it, and Update re-links that account', async () => {
  const { page, problems, violations, close } = await openPage(env.browser, `${env.demo.origin}/`);
  let dialog = await linkQuarry(page, 'quarry-twice', 'twice');
  await dialog.getByRole('heading', { name: 'Set up Quarry ATS' }).waitFor();
  await dialog.getByRole('group', { name: 'Departments to sync' }).getByRole('checkbox', { name: 'Sales' }).check();
  await dialog.getByRole('button', { name: 'Save', exact: true }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Done' }).click();
  const before = (await accountsOf(env.demo)).filter((a) => a.providerKey === 'quarry-ats');
  const first = before.find((a) => a.values?.workspace === 'twice');

  dialog = await linkQuarry(page, ' quarry-twice ', 'TWICE');
  await dialog.getByRole('heading', { name: `${first.label} is already linked` }).waitFor();
  assert.deepEqual(await violations(), []);
  await dialog.getByRole('button', { name: `Update ${first.label}` }).click();
  // An update is a link too: the setup form, then the confirmation; no second account.
  await dialog.getByRole('heading', { name: 'Set up Quarry ATS' }).waitFor();
  assert.equal(await dialog.getByRole('checkbox', { name: 'Sales' }).isChecked(), true);
  await dialog.getByRole('button', { name: 'Save', exact: true }).click();
  await page.getByRole('alertdialog').getByText('Quarry ATS is connected').waitFor();
  const after = (await accountsOf(env.demo)).filter((a) => a.providerKey === 'quarry-ats');
  assert.equal(after.length, before.length);
  // The 409 that says "linked twice" is the browser's only complaint.
  assert.deepEqual(
    problems.filter((p) => !p.includes('status of 409')),
    [],
  );
  await close();
});
