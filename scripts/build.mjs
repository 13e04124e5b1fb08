#!/usr/bin/env node
// npm run build: browser bundles (ES + IIFE), Node entries and types, the catalog from
// guides/, and custom-elements.json. Each step prints what it wrote.
import { execFileSync } from 'node:child_process';
import { chmodSync, rmSync, readFileSync, writeFileSync } from 'node:fs';
import { build } from 'vite';

const run = (cmd, args, env = {}) => execFileSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });

rmSync('dist', { recursive: true, force: true });
for (const format of ['es', 'iife', 'locales', 'callback']) {
  process.env.LINK_HUB_FORMAT = format;
  await build({ configFile: 'vite.config.ts', logLevel: 'warn' });
}
run('node_modules/.bin/tsc', ['-p', 'tsconfig.json']);
chmodSync('dist/node/guides/cli.js', 0o755);
run('node', ['dist/node/guides/cli.js', 'guides', '--out', 'dist/catalog.json', '--split', 'dist/catalog']);
run('node_modules/.bin/cem', ['analyze', '--litelement', '--globs', 'src/index.ts', 'src/elements/**/*.ts', 'src/events/*.ts', '--outdir', '.', '--quiet']);
// The analyzer reads `static properties`, but not `state: true`: internal state (named `_…`)
// is not public surface. It also records an unnamed event for each dispatchEvent call.
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
for (const declaration of manifest.modules.flatMap((m) => m.declarations ?? [])) {
  if (declaration.attributes) declaration.attributes = declaration.attributes.filter((a) => !a.name.startsWith('_'));
  if (declaration.members) declaration.members = declaration.members.filter((m) => m.privacy !== 'private' && !m.name.startsWith('_') && !m.name.startsWith('#'));
  if (declaration.events) declaration.events = declaration.events.filter((e) => e.name);
}
writeFileSync('custom-elements.json', `${JSON.stringify(manifest, null, 2)}\n`);
// The React and Vue demo pages, built against this package's own entries (link-hub, link-hub/react).
for (const app of ['react', 'vue']) {
  await build({
    configFile: false,
    root: `demo/${app}`,
    base: `/${app}/`,
    logLevel: 'warn',
    define: { __VUE_OPTIONS_API__: 'false', __VUE_PROD_DEVTOOLS__: 'false', __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false' },
    build: { outDir: `../../dist/demo/${app}`, emptyOutDir: true },
  });
}
console.log('build: dist/link-hub.js (+ dist/chunks/provider-view-*.js), dist/link-hub.iife.js, dist/oauth-callback.js, dist/node/, dist/types/, dist/catalog.json, custom-elements.json');
