#!/usr/bin/env node
// Takes the README's screenshots of the demo in headless Chromium (run after a build):
//   node scripts/screenshots.mjs   -> docs/*.png
import { launch } from '../test/e2e/browser.mjs';
import { startDemoServer } from '../demo/server.mjs';
import { demoDataDir, dbTemplate } from '../test/server/demo-data.mjs';

// A data folder of its own: the screenshots' accounts never mix with the demo's .data/.
const data = demoDataDir();
const demo = await startDemoServer({ port: 0, quiet: true, dataDir: data.dir, dbTemplate });
const browser = await launch();

async function shot(
  name,
  { viewport = { width: 1280, height: 800 }, provider, theme = 'light', lang = 'en', error = false, linked = false, waiting = false } = {},
) {
  const page = await browser.newPage({ viewport, reducedMotion: 'reduce' });
  await demo.accounts.clear();
  if (linked) {
    // Accounts the demo server already holds: its page hands them to the hub as linkedAccounts.
    const createdAt = new Date().toISOString();
    await demo.accounts.put({
      customerId: 'demo-customer',
      accountId: 'a-1',
      providerKey: 'flatchr',
      label: 'Flatchr · c-7',
      values: { companyId: 'c-7', subdomain: 'acme' },
      createdAt,
    });
    await demo.accounts.put({
      customerId: 'demo-customer',
      accountId: 'a-2',
      providerKey: 'northwind-hr',
      label: 'Northwind HR · acme',
      values: { workspace: 'acme' },
      createdAt,
    });
  }
  await page.goto(`${demo.origin}/`);
  if (linked) await page.getByRole('listitem').first().waitFor();
  await page.evaluate(
    ({ theme, lang, waiting }) => {
      const hub = document.querySelector('link-hub');
      hub.setAttribute('theme', theme);
      document.documentElement.lang = lang;
      if (waiting) {
        window.open = () => null; // as a popup blocker would
        hub.onSubmit = () => ({ redirectUrl: '/fake-idp/authorize?client_id=acme-people&state=demo' });
      }
    },
    { theme, lang, waiting },
  );
  await page.getByRole('button', { name: 'Add integration' }).click();
  await page.getByRole('dialog').waitFor();
  if (lang !== 'en') await page.getByRole('dialog', { name: 'Connecter une intégration' }).waitFor();
  if (provider) {
    await page
      .getByRole('dialog')
      .getByRole('button', { name: new RegExp(`^${provider}`) })
      .click();
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /^(Connect|Connecter)$/ })
      .waitFor();
    if (error)
      await page
        .getByRole('dialog')
        .getByRole('button', { name: /^(Connect|Connecter)$/ })
        .click();
    if (waiting) {
      await page.getByRole('dialog').getByLabel('Workspace', { exact: true }).fill('acme');
      await page.getByRole('dialog').getByRole('button', { name: 'Connect', exact: true }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Open sign-in window' }).waitFor();
    }
  }
  await page.screenshot({ path: `docs/${name}.png` });
  await page.close();
  console.log(`docs/${name}.png`);
}

await shot('hub-list');
await shot('hub-provider', { provider: 'CharlieHR' });
await shot('hub-dark', { provider: 'Clockwork Recruiting', theme: 'dark', error: true });
await shot('hub-mobile', { provider: 'Flatchr', viewport: { width: 375, height: 740 } });
await shot('hub-fr', { provider: 'ClayHR', lang: 'fr' });
await shot('hub-linked', { linked: true });
await shot('hub-accounts', { provider: 'Flatchr', linked: true });
await shot('hub-blocked', { provider: 'Northwind HR', waiting: true });

/** The three ways to link: the modal (hub-list), inline in a settings page, and the hosted link page on a phone. */
{
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
  await demo.accounts.clear();
  await page.goto(`${demo.origin}/inline.html`);
  await page
    .getByRole('region', { name: 'Connect an integration' })
    .getByRole('button', { name: /^Flatchr/ })
    .click();
  await page.getByRole('region', { name: 'Connect Flatchr' }).getByLabel('API Key', { exact: true }).waitFor();
  await page.screenshot({ path: 'docs/way-inline.png' });
  console.log('docs/way-inline.png');
  await page.close();
}
{
  const response = await fetch(`${demo.origin}/api/links`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ providerKey: 'smartrecruiters' }),
  });
  const { url } = await response.json();
  const context = await browser.newContext({
    viewport: { width: 375, height: 740 },
    reducedMotion: 'reduce',
    isMobile: true,
    hasTouch: true,
  });
  const page = await context.newPage();
  await page.goto(url);
  await page.getByRole('region', { name: 'Connect SmartRecruiters' }).getByLabel('API Key', { exact: true }).waitFor();
  await page.screenshot({ path: 'docs/way-link.png' });
  console.log('docs/way-link.png');
  await context.close();
}
{
  // A scope-aware guide (the demo asks for two of Quarry ATS's three actions), and an account that needs attention.
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
  await demo.accounts.clear();
  await demo.accounts.put({
    customerId: 'demo-customer',
    accountId: 'a-3',
    providerKey: 'smartrecruiters',
    label: 'SmartRecruiters · hiring',
    values: {},
    status: 'expired',
    message: 'Acme People could not reach SmartRecruiters with this key: it was revoked. Reconnect to paste a new one.',
    createdAt: new Date().toISOString(),
  });
  await page.goto(`${demo.origin}/`);
  await page.getByRole('listitem').first().waitFor();
  await page.getByRole('button', { name: 'Add integration' }).click();
  await page
    .getByRole('dialog')
    .getByRole('button', { name: /^Quarry ATS/ })
    .click();
  await page.getByRole('dialog', { name: 'Connect Quarry ATS' }).getByRole('group', { name: 'What this integration may do' }).waitFor();
  await page.screenshot({ path: 'docs/hub-scopes.png' });
  console.log('docs/hub-scopes.png');
  await page.getByRole('dialog').getByRole('button', { name: 'All integrations' }).click();
  await page
    .getByRole('dialog')
    .getByRole('button', { name: /^SmartRecruiters/ })
    .click();
  await page
    .getByRole('dialog')
    .getByRole('button', { name: /^Reconnect/ })
    .waitFor();
  await page.screenshot({ path: 'docs/hub-attention.png' });
  console.log('docs/hub-attention.png');
  await page.close();
}
await browser.close();
await demo.close();
data.remove();
