#!/usr/bin/env node
// What crafted credential values cost to validate: link-hub/server's validateSubmission
// (the same checks the widget runs) against the old style, where every check ran (length,
// control characters, then a backtracking email or URL pattern) even after one had failed.
// Prints the worst of several runs, in ms, for each input.
//
//   node_modules/.bin/tsx bench/validation.mjs [--runs 5]
import { validateSubmission } from '../src/server.ts';

const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 5;
const MAX = 8192;

const provider = {
  key: 'acme',
  name: 'Acme',
  authType: 'api_key',
  warnings: [],
  sections: [],
  fields: [
    { key: 'email', label: 'Email', type: 'email', required: false },
    { key: 'site', label: 'Site', type: 'url', required: false },
  ],
};
const catalog = { providers: [provider] };

// The patterns the checks used before, run the way they ran: all of them, whatever failed first.
// eslint-disable-next-line no-control-regex
const OLD = { control: /[\u0000-\u001f\u007f]/, email: /^[^\s@]+@[^\s@]+\.[^\s@]+$/, url: /^https?:\/\/[^\s/$.?#]\S*$/i };
function oldStyle(key, value) {
  const problems = [];
  if (value.length > MAX) problems.push('tooLong');
  if (OLD.control.test(value)) problems.push('control');
  if (value !== '' && !OLD[key === 'email' ? 'email' : 'url'].test(value)) problems.push(key === 'email' ? 'email' : 'url');
  return problems[0];
}

const dots = (n) => 'a.'.repeat(n);
const inputs = [
  ['email, 64 KB: a@ + "a." x 32,000 + @', 'email', `a@${dots(32_000)}@`],
  ['email, 64 KB: a@ + "a." x 32,000 + " x"', 'email', `a@${dots(32_000)} x`],
  ['email, at the limit: a@ + "a." x 4,094 + @', 'email', `a@${dots((MAX - 4) / 2)}@`],
  ['url, 64 KB: http://a + "a" x 64,000 + " x"', 'site', `http://a${'a'.repeat(64_000)} x`],
  ['url, at the limit', 'site', `http://a${'a'.repeat(MAX - 11)} x`],
];

function worst(run, times) {
  let max = 0;
  let result;
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    result = run();
    max = Math.max(max, performance.now() - start);
  }
  return { ms: max, result };
}

console.log(`validation cost, worst of ${RUNS} runs (old style: worst of 2)\n`);
console.log(['input'.padEnd(48), 'chars'.padStart(7), 'now ms'.padStart(9), 'old ms'.padStart(9), ' answer'].join(' '));
for (const [name, key, value] of inputs) {
  const now = worst(() => validateSubmission(catalog, { providerKey: 'acme', values: { [key]: value } }), RUNS);
  const old = worst(() => oldStyle(key, value), 2);
  const answer = now.result.ok ? 'ok' : now.result.message;
  console.log(
    [
      name.padEnd(48),
      String(value.length).padStart(7),
      now.ms.toFixed(2).padStart(9),
      old.ms.toFixed(2).padStart(9),
      ` ${answer} (old: ${old.result})`,
    ].join(' '),
  );
}

// A catalog's own patterns: the shapes that backtrack (nested and overlapping quantifiers),
// on values made to make them. "now" runs them the way the hub does (compilePattern, linear
// in the value); "RegExp" is the browser's backtracking engine, which the hub used before,
// on a shorter value (its time doubles with each character, so the crafted length would not end).
const crafted = [
  ['^(x+)*$', (n) => `${'x'.repeat(n)}!`, 24],
  ['^(a|a)*$', (n) => `${'a'.repeat(n)}!`, 24],
  ['^(a|aa)+$', (n) => `${'a'.repeat(n)}!`, 34],
  ['^([a-z0-9]+\\.)*[a-z0-9]+\\.$', (n) => `${'a.'.repeat(n / 2)}!`, 28],
  ['^(\\w+\\s?)*$', (n) => `${'ab '.repeat(n / 3)}!`, 24],
  ['^a\\s*\\s*\\s*$', (n) => `a${' '.repeat(n - 2)}x`, 1024],
];
console.log(
  `\ncatalog patterns, worst of ${RUNS} runs: now at 40 characters and at the 8,192 limit; RegExp (before) at the length shown\n`,
);
console.log(
  ['pattern'.padEnd(32), 'now@40 ms'.padStart(10), 'now@8192 ms'.padStart(12), 'RegExp chars'.padStart(13), 'RegExp ms'.padStart(10)].join(
    ' ',
  ),
);
for (const [pattern, make, oldLength] of crafted) {
  const fields = [{ key: 'code', label: 'Code', pattern }];
  const patterned = { providers: [{ ...provider, fields }] };
  const check = (value) => validateSubmission(patterned, { providerKey: 'acme', values: { code: value } });
  const at40 = worst(() => check(make(40)), RUNS);
  const atLimit = worst(() => check(make(MAX - 2).slice(0, MAX)), RUNS);
  const native = new RegExp(pattern, 'u');
  const before = worst(() => native.test(make(oldLength)), 1);
  console.log(
    [
      pattern.padEnd(32),
      at40.ms.toFixed(2).padStart(10),
      atLimit.ms.toFixed(2).padStart(12),
      String(oldLength).padStart(13),
      before.ms.toFixed(1).padStart(10),
    ].join(' '),
  );
}

// What a pattern costs to compile (or refuse), and the largest program a pattern may have on the
// longest value: a repeat of a repeat of nothing (each level once wrote its atom out n times
// uncounted, so four levels of 30 took seconds), and a counted class at the program's cap.
const nest = (levels, n) => {
  let p = 'a';
  for (let k = 0; k < levels; k++) p = `(?:(?:${p}){0}){${n}}`;
  return p;
};
console.log(`\ncompiling and the largest program, worst of ${RUNS} runs\n`);
for (const [label, pattern, value] of [
  ['(?:(?:…){0}){30}, 4 levels: refused', nest(4, 30), 'a'],
  ['(?:(?:…){0}){50}, 6 levels: refused', nest(6, 50), 'a'],
  ['[^!]{0,990}!: refused (over 500 steps)', '[^!]{0,990}!', 'x'],
  ['[^!]{0,240}! on 8,192 characters', '[^!]{0,240}!', 'x'.repeat(MAX)],
]) {
  const fields = [{ key: 'code', label: 'Code', pattern }];
  const run = worst(() => {
    try {
      return validateSubmission({ providers: [{ ...provider, fields }] }, { providerKey: 'acme', values: { code: value } });
    } catch (error) {
      return { ok: false, message: error.message.slice(0, 60) };
    }
  }, RUNS);
  console.log(`${label.padEnd(48)} ${run.ms.toFixed(2).padStart(9)} ms  ${run.result.ok ? 'ok' : run.result.message}`);
}
