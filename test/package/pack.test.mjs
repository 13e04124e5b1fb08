// The package as a host gets it: `npm pack`, install the tarball into a scratch project,
// and use every entry point from there (types checked with tsc).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync, mkdirSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { readmeTypeScript } from './readme-blocks.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
let scratch;
let files;
let lean;

before(() => {
  scratch = mkdtempSync(path.join(tmpdir(), 'link-hub-host-'));
  const out = execFileSync('npm', ['pack', '--json', '--pack-destination', scratch], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  // prepack builds first, and its output comes before npm's JSON.
  const [info] = JSON.parse(out.slice(out.search(/\[\s*\{\s*"id"/)));
  files = info.files.map((f) => f.path);
  writeFileSync(path.join(scratch, 'package.json'), JSON.stringify({ name: 'host', private: true, type: 'module' }));
  execFileSync(
    'npm',
    [
      'install',
      '--no-audit',
      '--no-fund',
      '--loglevel=error',
      path.join(scratch, info.filename),
      'react@19',
      'react-dom@19',
      '@types/react@19',
      '@lit/react@1',
    ],
    { cwd: scratch, stdio: 'ignore' },
  );
  // A host that only embeds the widget: the tarball and nothing else.
  lean = path.join(scratch, 'lean');
  mkdirSync(lean);
  writeFileSync(path.join(lean, 'package.json'), JSON.stringify({ name: 'lean-host', private: true, type: 'module' }));
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', path.join(scratch, info.filename)], {
    cwd: lean,
    stdio: 'ignore',
  });
});
after(() => scratch && rmSync(scratch, { recursive: true, force: true }));

test('the tarball holds the builds, types, locales, catalog, manifest and CLI, and no sources or tests', () => {
  for (const file of [
    'dist/link-hub.js',
    'dist/link-hub.iife.js',
    'dist/locales/fr.js',
    'dist/locales/ar.js',
    'dist/catalog.json',
    'dist/oauth-callback.js',
    'dist/link-page.js',
    'dist/types/index.d.ts',
    'dist/node/server.js',
    'custom-elements.json',
    'bin/link-hub-guides.js',
    'package.json',
    'README.md',
  ]) {
    assert.ok(files.includes(file), `${file} is packed`);
  }
  assert.ok(
    files.some((f) => /^dist\/chunks\/provider-view-[\w-]+\.js$/.test(f)),
    'the lazy provider view is packed beside link-hub.js',
  );
  assert.deepEqual(
    files.filter((f) => /^(src|test|demo|guides|scripts)\//.test(f)),
    [],
  );
});

test('link-hub, link-hub/server, link-hub/vite and the JSON entries import from an installed tarball, with no DOM', () => {
  const script = `
    await import('link-hub'); // the node condition: the unbundled modules, no DOM needed
    if (typeof document !== 'undefined' || typeof window !== 'undefined') throw new Error('touched the DOM');
    const server = await import('link-hub/server');
    const vite = await import('link-hub/vite');
    const { createRequire } = await import('node:module');
    const require = createRequire(import.meta.url);
    const catalog = server.parseCatalog(require('link-hub/catalog.json'));
    const manifest = require('link-hub/custom-elements.json');
    const pkg = require('link-hub/package.json');
    const callback = require.resolve('link-hub/oauth-callback');
    if (!callback.endsWith('dist/oauth-callback.js')) throw new Error('link-hub/oauth-callback resolves to ' + callback);
    const check = server.validateSubmission(catalog, { providerKey: 'smartrecruiters', values: { apiKey: ' k ' } });
    console.log(JSON.stringify({ ok: check.ok, values: check.values, plugin: vite.linkHubGuides().name, tag: manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName)?.tagName, name: pkg.name }));`;
  const out = JSON.parse(execFileSync('node', ['--input-type=module', '-e', script], { cwd: scratch, encoding: 'utf8' }));
  assert.deepEqual(out, { ok: true, values: { apiKey: 'k' }, plugin: 'link-hub-guides', tag: 'link-hub', name: 'link-hub' });
});

test('link-hub/react imports and renders on a server (the node export condition), touching no DOM', () => {
  const script = `
    const { LinkHub } = await import('link-hub/react');
    const React = await import('react');
    const { renderToString } = await import('react-dom/server');
    console.log(JSON.stringify({ dom: typeof document + typeof window + typeof HTMLElement, html: renderToString(React.createElement(LinkHub, { catalog: '/c.json' })) }));`;
  const out = JSON.parse(execFileSync('node', ['--input-type=module', '-e', script], { cwd: scratch, encoding: 'utf8' }));
  assert.deepEqual(out, { dom: 'undefinedundefinedundefined', html: '<link-hub></link-hub>' });
  assert.ok(files.includes('dist/node/react.js') && files.includes('dist/types/react.d.ts'));
});

test("npx link-hub-guides compiles a host's guides folder", () => {
  mkdirSync(path.join(scratch, 'guides'), { recursive: true });
  writeFileSync(
    path.join(scratch, 'guides/acme.mdx'),
    '# Connect Acme with API Key\n\n<div data-whitelabel-hide>\n  Fill out the following fields using details from your provider:\n\n  <ul>\n    <li><strong>API Key</strong></li>\n  </ul>\n</div>\n',
  );
  execFileSync('npx', ['--no-install', 'link-hub-guides', 'guides', '--out', 'catalog.json'], { cwd: scratch, stdio: 'ignore' });
  const catalog = JSON.parse(readFileSync(path.join(scratch, 'catalog.json'), 'utf8'));
  assert.deepEqual(
    catalog.providers.map((p) => [p.key, p.fields[0].label, p.fields[0].secret]),
    [['acme', 'API Key', true]],
  );
});

test("types: a host's TypeScript typechecks against the installed package", () => {
  writeFileSync(
    path.join(scratch, 'host.ts'),
    `import type { Catalog, Provider, Field, SubmitArgs, SubmitResult, LinkHub, LinkHubSuccessEvent } from 'link-hub';
import { validateSubmission, parseCatalog } from 'link-hub/server';
import { linkHubGuides } from 'link-hub/vite';
import { LinkHub as ReactLinkHub } from 'link-hub/react';
import type { ComponentProps } from 'react';
const reactProps: ComponentProps<typeof ReactLinkHub> = { catalog: '/catalog.json', open: true, onSuccess: (e) => e.detail.providerKey };
void reactProps;
const hub = document.querySelector('link-hub') as LinkHub;
hub.onSubmit = async ({ providerKey, values, signal }: SubmitArgs): Promise<SubmitResult> => ({ accountId: providerKey + values['apiKey'] + String(signal.aborted) });
hub.addEventListener('link-hub-success', (e: LinkHubSuccessEvent) => e.detail.providerKey.toUpperCase());
document.addEventListener('link-hub-error', (e) => e.detail.message.trim());
hub.linkedAccounts = [{ providerKey: 'flatchr', accountId: 'a-1', label: 'Flatchr · acme', values: { companyId: 'c-7' } }];
hub.onDisconnect = async ({ providerKey, accountId, signal }) => void [providerKey, accountId, signal.aborted];
hub.onSubmit = ({ state, accountId }: SubmitArgs): SubmitResult => ({ redirectUrl: 'https://auth.example/?state=' + state + (accountId ?? '') });
hub.addEventListener('link-hub-disconnect', (e) => e.detail.accountId.trim());
void hub.show('flatchr', { accountId: 'a-1' });
const reactDisconnected: ComponentProps<typeof ReactLinkHub> = { onDisconnected: (e) => e.detail.accountId };
void reactDisconnected;
const el: LinkHub | null = document.createElement('link-hub');
const first: Provider | undefined = ({} as Catalog).providers[0];
const field: Field | undefined = first?.fields[0];
void validateSubmission(parseCatalog('{}'), {}); void linkHubGuides; void el; void field;
`,
  );
  writeFileSync(
    path.join(scratch, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        strict: true,
        noEmit: true,
        target: 'es2022',
        module: 'nodenext',
        moduleResolution: 'nodenext',
        lib: ['es2022', 'dom'],
        skipLibCheck: true,
        types: [],
      },
      files: ['host.ts'],
    }),
  );
  execFileSync(path.join(root, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.json'], { cwd: scratch, encoding: 'utf8' });
  assert.ok(existsSync(path.join(scratch, 'node_modules/link-hub/dist/types/index.d.ts')));
});

test('a browser-only host installs no compiler dependencies, and the tarball ships no demo', () => {
  // The guides compiler is bundled into dist/node/guides (the CLI and the Vite plugin): its
  // dependencies are the repository's, not the host's.
  for (const name of ['unified', 'remark-parse', 'remark-mdx', 'remark-frontmatter', 'yaml', 'micromark', 'vfile']) {
    assert.ok(!existsSync(path.join(scratch, 'node_modules', name)), `${name} was installed into the host`);
  }
  const pkg = JSON.parse(readFileSync(path.join(scratch, 'node_modules/link-hub/package.json'), 'utf8'));
  assert.deepEqual(
    Object.keys(pkg.dependencies).filter((name) => name.startsWith('@types/')),
    [],
  );
  assert.deepEqual(
    files.filter((f) => /^(\.demo-build|dist\/demo|dist\.next)\//.test(f)),
    [],
    'no built demo apps',
  );
  const catalog = JSON.parse(readFileSync(path.join(scratch, 'node_modules/link-hub/dist/catalog.json'), 'utf8'));
  assert.ok(!catalog.providers.some((p) => /northwind/i.test(p.key)), "the demo's fake OAuth provider is not in the shipped catalog");
  assert.ok(files.includes('LICENSE'));
});

test('no install-time lifecycle script refers to a file the tarball lacks; a tarball is always built fresh (prepack)', () => {
  const pkg = JSON.parse(readFileSync(path.join(scratch, 'node_modules/link-hub/package.json'), 'utf8'));
  for (const hook of ['preinstall', 'install', 'postinstall', 'prepare']) {
    const script = pkg.scripts?.[hook];
    if (!script) continue;
    for (const file of script.match(/[\w./-]+\.(?:m?js|cjs|ts)\b/g) ?? [])
      assert.ok(files.includes(file.replace(/^\.\//, '')), `${hook} runs ${file}, which the tarball lacks`);
  }
  assert.equal(pkg.scripts.prepack, 'node scripts/build.mjs');
});

test("the README's package count is what a browser-only host installs: no React, no @lit/react, no @types/react", () => {
  // npm's record of what it installed: one entry per package, nested copies included.
  const installed = Object.keys(JSON.parse(readFileSync(path.join(lean, 'node_modules/.package-lock.json'), 'utf8')).packages)
    .filter((p) => p.startsWith('node_modules/'))
    .map((p) => p.slice(p.lastIndexOf('node_modules/') + 'node_modules/'.length))
    .sort();
  for (const name of ['@lit/react', '@types/react', 'react', 'csstype']) assert.ok(!installed.includes(name), `${name} was installed`);
  const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
  const said =
    /installs ([^(]+?) \(for `link-hub\/server`'s signed links\)[^(]*\((\d+) packages in all, the package itself included: ([^)]+)\)/.exec(
      readme.replace(/\s+/g, ' '),
    );
  assert.ok(said, 'the README says how many packages a browser-only host installs, and which');
  assert.equal(installed.length, Number(said[2]), `installed: ${installed.join(', ')}`);
  assert.deepEqual(
    said[3]
      .split(', ')
      .map((n) => n.replaceAll('`', ''))
      .sort(),
    installed,
  );
});

test('link-hub/react works with @lit/react, the optional peer a React host adds', () => {
  const pkg = JSON.parse(readFileSync(path.join(scratch, 'node_modules/link-hub/package.json'), 'utf8'));
  assert.equal(pkg.dependencies['@lit/react'], undefined);
  assert.ok(pkg.peerDependencies['@lit/react'] && pkg.peerDependenciesMeta['@lit/react'].optional);
  assert.ok(existsSync(path.join(scratch, 'node_modules/@lit/react/package.json')));
});

test("the README's React TypeScript compiles under strict in a host project that installed the tarball (and React, @lit/react)", () => {
  const app = path.join(scratch, 'readme-app');
  mkdirSync(app);
  const blocks = readmeTypeScript(readFileSync(path.join(root, 'README.md'), 'utf8')).filter(([file]) => file.endsWith('.tsx'));
  assert.ok(blocks.length > 0, 'the README has a React TypeScript block');
  for (const [file, code] of blocks) writeFileSync(path.join(app, file), code);
  const compilerOptions = {
    strict: true,
    noEmit: true,
    target: 'es2022',
    module: 'esnext',
    moduleResolution: 'bundler',
    jsx: 'react-jsx',
    lib: ['es2022', 'dom'],
    types: [],
  };
  writeFileSync(path.join(app, 'tsconfig.json'), JSON.stringify({ compilerOptions, include: ['*.tsx'] }));
  execFileSync(path.join(root, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.json'], { cwd: app, encoding: 'utf8' });
});

test('an app that imports link-hub and link-hub/react bundles one copy of the element (a bundler, browser conditions)', async () => {
  writeFileSync(
    path.join(scratch, 'both.js'),
    "import { open } from 'link-hub';\nimport { LinkHub } from 'link-hub/react';\nconsole.log(open, LinkHub);\n",
  );
  const { metafile } = await build({
    absWorkingDir: scratch,
    entryPoints: ['both.js'],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const ours = Object.keys(metafile.inputs).filter((f) => f.startsWith('node_modules/link-hub/'));
  assert.ok(ours.includes('node_modules/link-hub/dist/link-hub.js'), ours.join(', '));
  assert.deepEqual(
    ours.filter((f) => /dist\/node\/(index|elements\/)/.test(f)),
    [],
    'the unbundled element is not bundled beside dist/link-hub.js',
  );
  assert.ok(
    !Object.keys(metafile.inputs).some((f) => f.startsWith('node_modules/lit-element/')),
    'lit comes once, inside dist/link-hub.js',
  );
});

test('link-hub/locales/<lang> is each language the hub speaks, from an installed tarball', async () => {
  const { LOCALES } = await import('../../src/i18n/locales.ts');
  const script = `
    const out = {};
    for (const lang of ${JSON.stringify(LOCALES)}) out[lang] = (await import('link-hub/locales/' + lang)).default.locale;
    console.log(JSON.stringify(out));`;
  const out = JSON.parse(execFileSync('node', ['--input-type=module', '-e', script], { cwd: scratch, encoding: 'utf8' }));
  assert.deepEqual(out, Object.fromEntries(LOCALES.map((l) => [l, l])));
  assert.deepEqual(files.filter((f) => f.startsWith('dist/locales/')).sort(), LOCALES.map((l) => `dist/locales/${l}.js`).sort());
});
