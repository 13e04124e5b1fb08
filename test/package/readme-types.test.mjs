// The README's TypeScript, compiled as a host's strict project would: every ```ts and ```tsx
// block, and the <script setup lang="ts"> of every ```vue block, taken from README.md as it
// is, against the built types (dist/types) through the package's own exports map (`link-hub`,
// `link-hub/react`, `link-hub/vue` resolve as they do for a host). Beside them, checks that the
// types are real: a misspelt prop or a wrong handler is an error, for React, JSX and Vue.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readmeTypeScript } from './readme-blocks.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const tsc = path.join(root, 'node_modules/.bin/tsc');

/** Not from the README: what the types must refuse (each `@ts-expect-error` fails the build if nothing is wrong there). */
const CHECKS = `import { useRef } from 'react';
import { LinkHub, type LinkHubElement, type LinkHubProps, type SubmitHandler } from 'link-hub/react';
import type { SubmitArgs, SubmitResult } from 'link-hub';
import type { GlobalComponents } from 'vue';
import 'link-hub/vue';
import fr from 'link-hub/locales/fr';

export const frenchDir: 'ltr' | 'rtl' = fr.dir;

const handler: SubmitHandler = async ({ providerKey }: SubmitArgs): Promise<SubmitResult> => ({ accountId: providerKey });
export function Checks() {
  const hub = useRef<LinkHubElement>(null);
  const ok: LinkHubProps = { catalog: { providers: [] }, onSubmit: handler, theme: 'dark', onError: (e) => e.detail.message.trim(), onEvent: (e) => e.detail.sessionId.trim() };
  // @ts-expect-error the funnel event's detail is typed
  const funnel: LinkHubProps = { onEvent: (e) => e.detail.nothing };
  void funnel;
  void ok;
  return (
    <>
      <LinkHub ref={hub} catalog="/catalog.json" onSubmit={handler} linkedAccounts={[{ providerKey: 'acme', accountId: 'a-1', label: 'Acme' }]} />
      {/* @ts-expect-error a misspelt prop */}
      <LinkHub catlog="/catalog.json" />
      {/* @ts-expect-error a handler that takes the wrong argument */}
      <LinkHub onSubmit={(key: number) => key} />
      {/* @ts-expect-error not a theme */}
      <LinkHub theme="blue" />
      <link-hub catalog="/catalog.json" lang="fr" inline />
      {/* @ts-expect-error the bare tag is typed too */}
      <link-hub catalog={42} />
    </>
  );
}

type VueProps = InstanceType<GlobalComponents['link-hub']>['$props'];
export const vueOk: VueProps = { catalog: '/catalog.json', onSubmit: handler, onLinkHubSuccess: (e) => e.detail.providerKey.trim(), onLinkHubError: (e) => e.detail.message };
// @ts-expect-error a misspelt property
export const vueTypo: VueProps = { catlog: '/catalog.json' };
// @ts-expect-error an event's detail is typed
export const vueDetail: VueProps = { onLinkHubSuccess: (e) => e.detail.nothing };
`;

let dir;
before(() => {
  assert.ok(existsSync(path.join(root, 'dist/types/react.d.ts')), 'run the build first: the README is compiled against dist/types');
  // Inside the repository, so that `link-hub` resolves through its own package.json, as a host's would through node_modules.
  dir = mkdtempSync(path.join(root, '.readme-types-'));
});
after(() => dir && rmSync(dir, { recursive: true, force: true }));

test("the README's TypeScript blocks (React, Vue) compile under strict against the built types, and the types refuse mistakes", () => {
  const blocks = readmeTypeScript(readFileSync(path.join(root, 'README.md'), 'utf8'));
  assert.ok(
    blocks.some(([f]) => f.endsWith('.tsx')) && blocks.some(([f]) => f.endsWith('.vue.ts')),
    `React and Vue blocks found: ${blocks.map(([f]) => f)}`,
  );
  // Each block is a module of its own (its names do not meet the others').
  for (const [file, code] of blocks) writeFileSync(path.join(dir, file), `${code}\nexport {};\n`);
  writeFileSync(path.join(dir, 'checks.tsx'), CHECKS);
  const compilerOptions = {
    strict: true,
    noEmit: true,
    target: 'es2022',
    module: 'esnext',
    moduleResolution: 'bundler',
    jsx: 'react-jsx',
    lib: ['es2022', 'dom', 'dom.iterable'],
    types: [],
    skipLibCheck: false,
  };
  writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions, include: ['*.ts', '*.tsx'] }));
  const run = spawnSync(tsc, ['-p', path.join(dir, 'tsconfig.json')], { cwd: dir, encoding: 'utf8' });
  assert.equal(run.status, 0, `${run.stdout}${run.stderr}`);
});

test('a README block with a type error fails the check (the test can fail)', () => {
  const [[file, code]] = readmeTypeScript('```ts\nconst n: number = "one";\n```\n');
  writeFileSync(path.join(dir, file), code);
  writeFileSync(
    path.join(dir, 'tsconfig.broken.json'),
    JSON.stringify({ compilerOptions: { strict: true, noEmit: true, types: [] }, files: [file] }),
  );
  const run = spawnSync(tsc, ['-p', path.join(dir, 'tsconfig.broken.json')], { cwd: dir, encoding: 'utf8' });
  assert.notEqual(run.status, 0);
  assert.match(run.stdout, /TS2322/);
});
