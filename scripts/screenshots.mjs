#!/usr/bin/env node
// Takes the README's screenshots of the demo in headless Chromium (run after a build):
//   node scripts/screenshots.mjs   -> docs/*.png
import { launch } from '../test/e2e/browser.mjs';
import { startDemoServer } from '../demo/server.mjs';

const demo = await startDemoServer({ port: 0, quiet: true });
const browser = await launch();

async function shot(name, { viewport = { width: 1280, height: 800 }, provider, theme = 'light', lang = 'en', error = false } = {}) {
  const page = await browser.newPage({ viewport, reducedMotion: 'reduce' });
  await page.goto(`${demo.origin}/`);
  await page.evaluate(({ theme, lang }) => {
    const hub = document.querySelector('link-hub');
    hub.setAttribute('theme', theme);
    document.documentElement.lang = lang;
  }, { theme, lang });
  await page.getByRole('button', { name: 'Add integration' }).click();
  await page.getByRole('dialog').waitFor();
  if (lang !== 'en') await page.getByRole('dialog', { name: 'Connecter une intégration' }).waitFor();
  if (provider) {
    await page.getByRole('dialog').getByRole('button', { name: new RegExp(`^${provider}`) }).click();
    await page.getByRole('dialog').getByRole('button', { name: /^(Connect|Connecter)$/ }).waitFor();
    if (error) await page.getByRole('dialog').getByRole('button', { name: /^(Connect|Connecter)$/ }).click();
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
await browser.close();
await demo.close();
