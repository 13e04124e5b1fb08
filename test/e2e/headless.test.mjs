// link-hub/headless as a host uses it: the demo's integrations panel drawn by the host's own
// code over dist/headless.js (demo/headless.html), with the same guides and backend as the hub,
// links an API-key provider and a redirect provider, at desktop and phone size; and the bare
// module in an empty page defines no element and loads no lit.
import { before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, openPage, test } from './helpers.mjs';

let env;
before(async () => (env = await setup()));
after(async () => env?.close());

for (const [size, viewport] of [
  ['desktop', { width: 1280, height: 800 }],
  ['phone', { width: 390, height: 844 }],
]) {
  test(`headless (${size}): the host's own panel links SmartRecruiters by key, with a refusal on its field first, and Northwind HR by signing in`, async () => {
    const { page, problems, violations, close } = await openPage(env.browser, `${env.demo.origin}/headless.html`, viewport);
    const panel = page.getByRole('region', { name: 'Connect a tool' });
    await panel.getByRole('searchbox', { name: 'Search tools' }).fill('smart');
    await panel.getByRole('button', { name: /^SmartRecruiters/ }).click();
    await panel.getByRole('heading', { name: 'Connect SmartRecruiters' }).waitFor();
    // The core's own check, with the form's sentence, on the host's field.
    await panel.getByRole('button', { name: 'Connect', exact: true }).click();
    const key = panel.getByLabel('API Key', { exact: true });
    assert.equal(await key.getAttribute('aria-invalid'), 'true');
    assert.equal(await page.locator('#field-apiKey-message').innerText(), 'Enter your API Key.');
    // A key per size: the same key twice would be an account linked twice (setup.test.mjs).
    await key.fill(`sr-key-${size}`);
    await panel.getByRole('button', { name: 'Connect', exact: true }).click();
    await panel
      .getByRole('status')
      .filter({ hasText: /SmartRecruiters is connected/ })
      .waitFor();

    await panel.getByRole('searchbox', { name: 'Search tools' }).fill('northwind');
    await panel.getByRole('button', { name: /^Northwind HR/ }).click();
    await panel.getByLabel('Workspace', { exact: true }).fill('acme');
    const popupOpened = page.waitForEvent('popup');
    await panel.getByRole('button', { name: 'Connect', exact: true }).click();
    const popup = await popupOpened;
    await popup.getByRole('button', { name: 'Allow' }).click();
    await panel
      .getByRole('status')
      .filter({ hasText: /Northwind HR is connected/ })
      .waitFor();
    assert.deepEqual(await violations(), []);
    assert.deepEqual(problems, []);
    await close();
  });
}

test('dist/headless.js in a bare page: a session loads the catalog; no custom element is defined and no lit is loaded', async () => {
  const { page, problems, close } = await openPage(env.browser, 'about:blank');
  await page.route('**/bare.html', (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>bare</title>' }),
  );
  await page.goto(`${env.demo.origin}/bare.html`);
  const seen = await page.evaluate(async () => {
    const { createLinkSession } = await import('/dist/headless.js');
    const session = createLinkSession({ catalog: '/catalog.json' });
    await session.ready;
    return { providers: session.providers.length, element: customElements.get('link-hub') ?? null, lit: window.litHtmlVersions ?? null };
  });
  assert.ok(seen.providers > 3);
  assert.deepEqual([seen.element, seen.lit], [null, null]);
  assert.deepEqual(problems, []);
  await close();
});
