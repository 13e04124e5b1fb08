// The hub under exactly the Content-Security-Policy the README gives a host (read from
// README.md, so the two cannot drift apart), with Trusted Types enforced and a `trusted-types`
// directive: one copy of the script, and two (the ES module and the classic script).
import { before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { setup, openPage, test, innerHtmlProbe } from './helpers.mjs';

let env;
before(async () => (env = await setup()));
after(async () => env?.close());

/** The policy in the README's Content-Security-Policy block, as one header value. */
function readmePolicy() {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const block = /\*\*Content-Security-Policy\.\*\*[\s\S]*?```\n([\s\S]*?)```/.exec(readme)?.[1];
  assert.ok(block, 'the README has a Content-Security-Policy block');
  return block
    .replace(/^Content-Security-Policy:\s*/, '')
    .replace(/\s*\n\s*/g, ' ')
    .trim();
}

const page = (scripts) =>
  `<!doctype html><html lang="en"><head><title>Settings</title>${scripts}</head>` +
  '<body><main><h1>Settings</h1><button id="add" type="button">Add integration</button><link-hub catalog="/catalog.json"></link-hub></main>' +
  '<script type="module" src="/csp-host.js"></script></body></html>';
// The host's own script, from its own origin (no inline script under this policy).
const HOST = `const hub = document.querySelector('link-hub');
hub.onSubmit = async () => ({ accountId: 'acct_1', label: 'CSP account' });
document.getElementById('add').addEventListener('click', () => hub.show());`;

for (const [name, scripts] of [
  ['one copy of the script', '<script type="module" src="/dist/link-hub.js"></script>'],
  [
    'two copies of lit (the ES module and the classic script)',
    '<script src="/dist/link-hub.iife.js"></script><script type="module" src="/dist/link-hub.js"></script>',
  ],
]) {
  test(`under the README's CSP, ${name}: the hub opens, links, and nothing is refused`, async () => {
    const policy = readmePolicy();
    assert.match(policy, /trusted-types lit-html 'allow-duplicates'/);
    assert.match(policy, /require-trusted-types-for 'script'/);
    const { page: tab, problems, violations, close } = await openPage(env.browser, 'about:blank');
    await tab.route('**/csp-page.html', (route) =>
      route.fulfill({ status: 200, contentType: 'text/html', headers: { 'content-security-policy': policy }, body: page(scripts) }),
    );
    await tab.route('**/csp-host.js', (route) => route.fulfill({ status: 200, contentType: 'text/javascript', body: HOST }));
    await tab.goto(`${env.demo.origin}/csp-page.html`);
    await tab.getByRole('button', { name: 'Add integration' }).click();
    const dialog = tab.getByRole('dialog');
    await dialog.getByRole('button', { name: /^SmartRecruiters/ }).click();
    await dialog.getByLabel('API Key', { exact: true }).fill('k-csp-1');
    await dialog.getByRole('button', { name: 'Connect', exact: true }).click();
    assert.match(await tab.getByRole('alertdialog').innerText(), /SmartRecruiters is connected/);
    assert.deepEqual(await violations(), []);
    assert.deepEqual(problems, []);
    // Last: the probe itself is a reported violation.
    assert.equal(await innerHtmlProbe(tab), 'blocked', 'Trusted Types is enforced');
    await close();
  });
}
