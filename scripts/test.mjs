#!/usr/bin/env node
// npm test: build, typecheck, lint, Node tests (compiler, schema, server, size), element
// tests in headless Chromium, and end-to-end tests on the served demo. Finds Chromium by
// itself (CHROME_PATH, else the usual paths); prints how to get one when there is none.
// `node scripts/test.mjs node e2e` runs only the named steps (build, typecheck, lint (ESLint and Prettier), node,
// elements, e2e), against the dist/ that is there: npm run test:node, test:elements, test:e2e.
import { spawn } from 'node:child_process';
import { readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { findChrome } from '../test/e2e/browser.mjs';

const bin = (name) => path.join('node_modules', '.bin', name);
const files = (dir, pattern) =>
  existsSync(dir)
    ? readdirSync(dir, { recursive: true })
        .filter((f) => pattern.test(f))
        .map((f) => path.join(dir, f))
        .sort()
    : [];

/** Finds Chromium or Chrome (CHROME_PATH, then the usual paths); installs nothing (.ci/run does, on CI). */
function ensureBrowser() {
  if (findChrome()) return;
  console.error(
    'test: no Chromium or Chrome found.\n' +
      '  Set CHROME_PATH=/path/to/chrome, or install one:\n' +
      '    Debian/Ubuntu:  sudo apt-get install -y chromium\n' +
      '    macOS:          install Google Chrome, or set CHROME_PATH',
  );
  process.exit(1);
}

/** Runs a step, streaming its output, and returns what it printed. */
function run(label, cmd, args) {
  console.log(`\n=== ${label}: ${[cmd, ...args].join(' ')}`);
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, FORCE_COLOR: '0' } });
    let out = '';
    const tee = (stream, chunk) => ((out += chunk), stream.write(chunk));
    child.stdout.on('data', (c) => tee(process.stdout, c));
    child.stderr.on('data', (c) => tee(process.stderr, c));
    child.on('close', (code) => resolve({ code, out }));
  });
}

const totals = { passed: 0, failed: 0 };
function count(raw, kind) {
  const out = raw.replace(/\x1b\[[0-9;]*m/g, '');
  // node:test's spec reporter ends with "ℹ pass N" / "ℹ fail N"; web-test-runner with "N passed, N failed".
  if (kind === 'node') {
    totals.passed += Number(/ℹ pass (\d+)/.exec(out)?.[1] ?? 0);
    totals.failed += Number(/ℹ fail (\d+)/.exec(out)?.[1] ?? 0);
  } else {
    const all = [...out.matchAll(/(\d+) passed, (\d+) failed/g)].at(-1);
    totals.passed += Number(all?.[1] ?? 0);
    totals.failed += Number(all?.[2] ?? 0);
  }
}

let failedSteps = [];
// [name, label, command, args, how to count its tests]
const allSteps = [
  ['build', 'build', 'node', ['scripts/build.mjs']],
  ['typecheck', 'typecheck', bin('tsc'), ['--noEmit', '-p', 'tsconfig.test.json']],
  ['lint', 'lint', bin('eslint'), ['.']],
  ['lint', 'format', bin('prettier'), ['--check', '.']],
  [
    'node',
    'node tests',
    bin('tsx'),
    [
      '--test',
      '--test-reporter=spec',
      ...files('test', /(guides|schema|server|package|i18n|react|internal)[\\/].*\.test\.(ts|mjs)$/),
      ...files('test', /^(size|layout)\.test\.mjs$/),
    ],
    'node',
  ],
  ['elements', 'element tests', bin('wtr'), ['--config', 'web-test-runner.config.mjs'], 'wtr'],
  [
    'e2e',
    'end-to-end tests',
    'node',
    ['--test', '--test-reporter=spec', '--test-concurrency=1', ...files('test/e2e', /\.test\.mjs$/)],
    'node',
  ],
];
const only = process.argv.slice(2);
const unknown = only.filter((name) => !allSteps.some(([n]) => n === name));
if (unknown.length) {
  console.error(`test: no step named ${unknown.join(', ')}; the steps are ${allSteps.map(([n]) => n).join(', ')}`);
  process.exit(1);
}
const steps = only.length ? allSteps.filter(([name]) => only.includes(name)) : allSteps;
if (steps.some(([name]) => name === 'elements' || name === 'e2e')) ensureBrowser();
for (const [name, label, cmd, args, kind] of steps) {
  const { code, out } = await run(label, cmd, args);
  if (kind) count(out, kind);
  if (code !== 0) {
    failedSteps.push(label);
    if (name === 'build' || name === 'typecheck') break; // a failed build or typecheck leaves nothing sound to test
  }
}
console.log(`\n${failedSteps.length ? `test: failed steps: ${failedSteps.join(', ')}` : 'test: every step passed'}`);
console.log(`${totals.passed} passed, ${totals.failed} failed`);
process.exit(failedSteps.length ? 1 : 0);
