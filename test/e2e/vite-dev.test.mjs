// link-hub/vite in a real Vite dev server, seen in Chromium as a developer sees it: the
// guides folder is the hub's catalog; saving a guide reloads the page with the new words;
// a bad guide shows Vite's error overlay at path:line:column, and fixing it brings the hub
// back. The plugin is loaded from source (through tsx), the element from the built dist/.
import { before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';
import { tsImport } from 'tsx/esm/api';
import { launch } from './browser.mjs';
import { test } from './helpers.mjs';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const { linkHubGuides } = await tsImport('../../src/guides/vite-plugin.ts', import.meta.url);

const guide = (name) => `# Connect ${name} with API Key

<div data-whitelabel-hide>
  Fill out the following fields using details from your provider:

  <ul>
    <li><strong>API Key</strong></li>
  </ul>
</div>
`;

/** A host app: one page that gives the hub the guides folder's catalog and opens it. */
function project() {
  const root = mkdtempSync(path.join(tmpdir(), 'link-hub-vite-dev-'));
  mkdirSync(path.join(root, 'guides'));
  writeFileSync(path.join(root, 'guides/alpha.mdx'), guide('Alpha Tool'));
  writeFileSync(path.join(root, 'guides/beta.mdx'), guide('Beta Tool'));
  writeFileSync(
    path.join(root, 'index.html'),
    '<!doctype html>\n<html lang="en">\n<head><meta charset="utf-8"><title>Guides in dev</title></head>\n<body>\n<link-hub></link-hub>\n<script type="module" src="/main.js"></script>\n</body>\n</html>\n',
  );
  writeFileSync(
    path.join(root, 'main.js'),
    `import catalog from 'virtual:link-hub-guides';\nimport '/@fs${path.join(repo, 'dist/link-hub.js')}';\n\nconst hub = document.querySelector('link-hub');\nhub.catalog = catalog;\nhub.show();\n`,
  );
  return root;
}

let root;
let server;
let browser;
before(async () => {
  root = project();
  server = await createServer({
    root,
    configFile: false,
    logLevel: 'silent',
    plugins: [linkHubGuides()],
    server: { port: 0, host: '127.0.0.1', fs: { allow: [root, path.join(repo, 'dist')] } },
  });
  await server.listen();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
  if (root) rmSync(root, { recursive: true, force: true });
});

// Each edit below touches a path that the test has not changed yet: the dev server's watcher
// drops a second change to the same file within 50 ms (one save often fires twice), which a
// test could hit and a person at a keyboard cannot.
test('vite dev: the guides are the catalog, a saved guide reloads the page, and a bad guide shows the error overlay until it is fixed', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  try {
    await page.goto(server.resolvedUrls.local[0]);
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: /^Alpha Tool/ }).waitFor();
    await dialog.getByRole('button', { name: /^Beta Tool/ }).waitFor();

    // Saving a guide: the page reloads and the hub shows the new name.
    writeFileSync(path.join(root, 'guides/alpha.mdx'), guide('Alpha Renamed'));
    await dialog.getByRole('button', { name: /^Alpha Renamed/ }).waitFor();
    assert.equal(await dialog.getByRole('button', { name: /^Alpha Tool/ }).count(), 0);

    // A bad guide: Vite's overlay names the file, line and column, and the plugin.
    const broken = path.join(root, 'guides/broken.mdx');
    writeFileSync(broken, `${guide('Broken Tool')}\n<Carousel>Slides</Carousel>\n`);
    const overlay = page.locator('vite-error-overlay');
    await overlay.locator('.file').waitFor();
    assert.equal((await overlay.locator('.file').textContent())?.trim(), `${broken}:11:1`);
    assert.match(await overlay.locator('.plugin').textContent(), /link-hub-guides/);
    assert.match(await overlay.locator('.message-body').textContent(), /broken\.mdx:11:1: unknown component <Carousel>/);

    // Fixed: the page reloads, the overlay is gone, and the hub lists the guide.
    writeFileSync(broken, guide('Fixed Tool'));
    await dialog.getByRole('button', { name: /^Fixed Tool/ }).waitFor();
    await dialog.getByRole('button', { name: /^Alpha Renamed/ }).waitFor();
    assert.equal(await overlay.count(), 0);
  } finally {
    await context.close();
  }
});
