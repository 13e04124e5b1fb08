#!/usr/bin/env node
// npm run build: browser bundles (ES, IIFE, languages, the OAuth callback script), Node
// entries and types, the catalog from guides/, and custom-elements.json; then the React and
// Vue demo pages. Everything is built into dist.next/ first: a working dist/ is replaced only
// once the new one has built completely (a bad guide leaves it as it was).
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { build } from 'vite';

const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' });
const next = 'dist.next';

rmSync(next, { recursive: true, force: true });
try {
  // One Vite config per output: the ES module (vite.config.ts), then the others under scripts/vite/.
  for (const configFile of [
    'vite.config.ts',
    'scripts/vite/iife.config.ts',
    'scripts/vite/callback.config.ts',
    'scripts/vite/link-page.config.ts',
    'scripts/vite/headless.config.ts',
  ]) {
    await build({ configFile, logLevel: 'warn', build: { outDir: next } });
  }
  run('node_modules/.bin/tsc', ['-p', 'tsconfig.json', '--outDir', `${next}/node`, '--declarationDir', `${next}/types`]);
  // link-hub/react in a browser takes the element from the package's own entry (for a bundler,
  // dist/link-hub.js, as `import 'link-hub'` does), so an app that imports both bundles one copy.
  const react = `${next}/node/react.js`;
  const reactCode = readFileSync(react, 'utf8');
  if (!reactCode.includes("from './index.js';")) throw new Error(`${react} no longer imports the element from ./index.js`);
  writeFileSync(react, reactCode.replace("from './index.js';", "from 'link-hub';"));
  // The compiler ships as two bundles (the CLI and the Vite plugin, its dependencies inside) in place of tsc's modules.
  rmSync(`${next}/node/guides`, { recursive: true });
  await build({ configFile: 'scripts/vite/compiler.config.ts', build: { outDir: `${next}/node/guides` } });
  chmodSync(`${next}/node/guides/cli.js`, 0o755);
  run('node', [`${next}/node/guides/cli.js`, 'guides', '--strict', '--out', `${next}/catalog.json`, '--split', `${next}/catalog`]);
} catch (error) {
  rmSync(next, { recursive: true, force: true });
  console.error(`build: failed; dist/ is left as it was${error.status ? '' : ` (${error.message})`}`);
  process.exit(1);
}
rmSync('dist', { recursive: true, force: true });
renameSync(next, 'dist');
// Its settings, and the plugin that keeps internals out of it: custom-elements-manifest.config.mjs.
run('node_modules/.bin/cem', ['analyze', '--quiet']);
// The demo's catalog: the package's guides and the demo's own (demo/guides/: Northwind HR, the fake
// OAuth provider the demo server plays), which the package's catalog never holds.
mkdirSync('.demo-build', { recursive: true });
run('node', ['dist/node/guides/cli.js', 'demo/guides', '--strict', '--out', '.demo-build/demo-guides.json']);
const own = JSON.parse(readFileSync('dist/catalog.json', 'utf8'));
const demo = JSON.parse(readFileSync('.demo-build/demo-guides.json', 'utf8'));
writeFileSync('.demo-build/catalog.json', JSON.stringify({ ...own, providers: [...own.providers, ...demo.providers] }));
// The React and Vue demo pages, built against this package's own entries (link-hub, link-hub/react),
// into .demo-build/ (served by the demo server; never part of the package).
for (const app of ['react', 'vue']) {
  await build({
    configFile: false,
    root: `demo/${app}`,
    base: `/${app}/`,
    logLevel: 'warn',
    define: { __VUE_OPTIONS_API__: 'false', __VUE_PROD_DEVTOOLS__: 'false', __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false' },
    build: { outDir: `../../.demo-build/${app}`, emptyOutDir: true },
  });
}
// npm links the bins of dependencies, not a package's own: link ours so that `npx link-hub-guides` works in this repository.
mkdirSync('node_modules/.bin', { recursive: true });
rmSync('node_modules/.bin/link-hub-guides', { force: true });
symlinkSync('../../bin/link-hub-guides.js', 'node_modules/.bin/link-hub-guides');
console.log(
  'build: dist/link-hub.js (+ chunks/, locales/), dist/link-hub.iife.js, dist/oauth-callback.js, dist/node/, dist/types/, dist/catalog.json (+ catalog/), custom-elements.json; demo apps in .demo-build/',
);
