// Accessibility of the built hub on the demo page: axe-core (WCAG 2.x A/AA and best
// practices) in every view, in light and dark, in English and Arabic; the whole flow with
// the keyboard only; and a hostile host page that cannot break the hub.
import { before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { setup, test } from './helpers.mjs';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let env;
before(async () => (env = await setup()));
after(async () => env?.close());

/** A page of the demo with axe loaded (CSP bypassed for axe itself, not for the hub's sake). */
async function axePage({ theme = 'light', lang = 'en', viewport = { width: 1280, height: 800 } } = {}) {
  const context = await env.browser.newContext({ bypassCSP: true, viewport, colorScheme: theme === 'dark' ? 'dark' : 'light' });
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  await page.goto(`${env.demo.origin}/`);
  await page.evaluate(axeSource);
  await page.evaluate(
    ([theme, lang]) => {
      document.documentElement.setAttribute('lang', lang);
      document.querySelector('link-hub').setAttribute('theme', theme);
    },
    [theme, lang],
  );
  return { page, close: () => context.close() };
}

/** axe on the hub only (the demo page around it is the host's business). */
const audit = (page) =>
  page.evaluate(async () => {
    const result = await window.axe.run(
      { include: [['link-hub']] },
      { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } },
    );
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });

const connectName = { en: 'Connect', ar: 'ربط' };
const views = {
  providers: async () => {},
  'provider with guide and form': async (page) =>
    page
      .getByRole('dialog')
      .getByRole('button', { name: /^Clockwork/ })
      .click(),
  'invalid form': async (page, lang) => {
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /^Clockwork/ })
      .click();
    await page.getByRole('button', { name: connectName[lang], exact: true }).click();
  },
  pending: async (page, lang) => {
    await page.evaluate(() => (document.querySelector('link-hub').onSubmit = () => new Promise(() => {})));
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /^SmartRecruiters/ })
      .click();
    await page.getByLabel('API Key', { exact: true }).fill('k-1');
    await page.getByRole('button', { name: connectName[lang], exact: true }).click();
  },
  error: async (page, lang) => {
    await page.evaluate(
      () => (document.querySelector('link-hub').onSubmit = () => Promise.reject(new Error('Refused by the provider (401).'))),
    );
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /^SmartRecruiters/ })
      .click();
    await page.getByLabel('API Key', { exact: true }).fill('k-1');
    await page.getByRole('button', { name: connectName[lang], exact: true }).click();
    await page.getByRole('alert').waitFor();
  },
  success: async (page, lang) => {
    await page.evaluate(() => (document.querySelector('link-hub').onSubmit = () => ({ label: 'acme' })));
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /^SmartRecruiters/ })
      .click();
    await page.getByLabel('API Key', { exact: true }).fill('k-1');
    await page.getByRole('button', { name: connectName[lang], exact: true }).click();
    await page.getByRole('alertdialog').waitFor();
  },
  'linked accounts, a disconnect to confirm, and the Connected filter': async (page) => {
    await page.evaluate(() => {
      const hub = document.querySelector('link-hub');
      hub.onDisconnect = () => {};
      hub.linkedAccounts = [{ providerKey: 'flatchr', accountId: 'a-1', label: 'Flatchr · acme' }];
    });
    await page.getByRole('dialog').getByRole('group').getByRole('button').last().click(); // the Connected chip
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /^Flatchr/ })
      .click();
    await page.getByRole('region').getByRole('button').last().click(); // Disconnect (asks first)
    await page.getByRole('region').locator('#removal').waitFor();
  },
  'waiting for a sign-in whose window was blocked': async (page) => {
    await page.evaluate(() => {
      window.open = () => null;
      document.querySelector('link-hub').onSubmit = () => ({ redirectUrl: '/fake-idp/authorize?state=x' });
    });
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /^Northwind/ })
      .click();
    await page.getByRole('dialog').locator('input').first().fill('acme');
    await page.getByRole('dialog').locator('[part=submit-button]').click();
    await page.getByRole('dialog').locator('[part=waiting] a').waitFor();
  },
};

for (const theme of ['light', 'dark']) {
  for (const lang of ['en', 'ar']) {
    test(`axe finds nothing in any view (${theme}, ${lang})`, async () => {
      const found = {};
      for (const [view, reach] of Object.entries(views)) {
        const { page, close } = await axePage({ theme, lang });
        await page.evaluate(() => document.querySelector('link-hub').show());
        await page.getByRole('dialog').waitFor();
        if (lang === 'ar') await page.getByRole('dialog', { name: 'ربط تكامل' }).waitFor();
        await reach(page, lang);
        const violations = await audit(page);
        if (violations.length) found[view] = violations;
        await close();
      }
      assert.deepEqual(found, {});
    });
  }
}

test('keyboard only: open, search, pick, fill, show/hide, submit, done, and focus back on the opener', async () => {
  const { page, close } = await axePage();
  const focusedName = () =>
    page.evaluate(() => {
      let el = document.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      return el?.getAttribute('aria-label') || el?.id || el?.textContent?.trim() || el?.tagName;
    });
  await page.getByRole('button', { name: 'Add integration' }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('dialog').waitFor();
  assert.equal(await focusedName(), 'Search integrations');
  await page.keyboard.type('flat');
  let guard = 0;
  while (!/^F\s*Flatchr/.test(await focusedName()) && guard++ < 10) await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await page.getByRole('dialog', { name: 'Connect Flatchr' }).waitFor();
  assert.equal(await focusedName(), 'title');
  const fields = { 'API Key': 'key-123', 'Company ID': 'c-9', Subdomain: 'acme' };
  for (const [label, value] of Object.entries(fields)) {
    guard = 0;
    while (
      (await page.evaluate(() => document.querySelector('link-hub').shadowRoot.activeElement?.id)) !==
        (await page.getByLabel(label, { exact: true }).getAttribute('id')) &&
      guard++ < 60
    ) {
      await page.keyboard.press('Tab');
    }
    await page.keyboard.type(value);
    if (label === 'API Key') {
      await page.keyboard.press('Tab');
      assert.match(await focusedName(), /^Show/);
      await page.keyboard.press('Space');
      assert.equal(await page.getByLabel('API Key', { exact: true }).getAttribute('type'), 'text');
      await page.keyboard.press('Space');
      assert.equal(await page.getByLabel('API Key', { exact: true }).getAttribute('type'), 'password');
    }
  }
  await page.keyboard.press('Enter');
  await page.getByRole('alertdialog').waitFor();
  assert.equal(await focusedName(), 'done');
  await page.keyboard.press('Enter');
  await page.getByRole('dialog').waitFor({ state: 'hidden' });
  assert.equal(await focusedName(), 'add', 'focus is back on the Add integration button (id "add")');
  await close();
});

test('a hostile host page (6px root font, global resets) cannot shrink or break the hub', async () => {
  const { page, close } = await axePage();
  const before = await page.evaluate(async () => {
    const hub = document.querySelector('link-hub');
    await hub.show('flatchr');
    const box = (sel) => hub.shadowRoot.querySelector(sel).getBoundingClientRect();
    const result = {
      input: box('input').height,
      button: box('[part=submit-button]').height,
      font: getComputedStyle(hub.shadowRoot.querySelector('label')).fontSize,
    };
    await hub.close();
    return result;
  });
  await page.addStyleTag({
    content: `html { font-size: 6px !important; } * { all: unset; font: 3px serif !important; color: red !important; }
      button, input, dialog { display: none !important; border: 9px solid lime !important; padding: 40px !important; }
      dialog::backdrop { background: transparent !important; }`,
  });
  const after = await page.evaluate(async () => {
    const hub = document.querySelector('link-hub');
    await hub.show('flatchr');
    const box = (sel) => hub.shadowRoot.querySelector(sel).getBoundingClientRect();
    return {
      input: box('input').height,
      button: box('[part=submit-button]').height,
      font: getComputedStyle(hub.shadowRoot.querySelector('label')).fontSize,
      visible: hub.shadowRoot.querySelector('dialog').open,
    };
  });
  assert.deepEqual(after, { ...before, visible: true });
  assert.ok(after.input >= 24 && after.button >= 24, 'targets stay at least 24px');
  await close();
});

test('reflows at 320px wide and at 200% text size with nothing cut off', async () => {
  for (const [viewport, fontSize] of [
    [{ width: 320, height: 640 }, '15px'],
    [{ width: 1280, height: 800 }, '30px'],
  ]) {
    const { page, close } = await axePage({ viewport });
    const overflow = await page.evaluate(async (fontSize) => {
      const hub = document.querySelector('link-hub');
      hub.style.setProperty('--link-hub-font-size', fontSize);
      const wide = [];
      for (const key of [undefined, 'clockwork-recruiting']) {
        await hub.show(key);
        const body = hub.shadowRoot.querySelector('.body');
        if (body.scrollWidth > body.clientWidth + 1) wide.push(`${key ?? 'list'}: ${body.scrollWidth} > ${body.clientWidth}`);
        await hub.close();
      }
      return wide;
    }, fontSize);
    assert.deepEqual(overflow, [], `${viewport.width}px, ${fontSize}`);
    await close();
  }
});

test('forced colors keep the primary action distinct; reduced motion stops the spinner', async () => {
  const context = await env.browser.newContext({ forcedColors: 'active', reducedMotion: 'reduce' });
  const page = await context.newPage();
  await page.goto(`${env.demo.origin}/`);
  const styles = await page.evaluate(async () => {
    const hub = document.querySelector('link-hub');
    hub.onSubmit = () => new Promise(() => {});
    await hub.show('smartrecruiters');
    const input = hub.shadowRoot.querySelector('input');
    input.value = 'k';
    hub.shadowRoot.querySelector('form').requestSubmit();
    await hub.updateComplete;
    const button = getComputedStyle(hub.shadowRoot.querySelector('[part=submit-button]'));
    const dialog = getComputedStyle(hub.shadowRoot.querySelector('dialog'));
    return {
      button: button.backgroundColor,
      dialog: dialog.backgroundColor,
      spinner: getComputedStyle(hub.shadowRoot.querySelector('.spinner')).animationName,
    };
  });
  assert.notEqual(styles.button, styles.dialog);
  assert.equal(styles.spinner, 'none');
  await context.close();
});
