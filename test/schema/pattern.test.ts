/**
 * Field patterns run in linear time: the same answers as the browser's RegExp, at a cost
 * bounded by (characters + 1) x program size, and patterns that cannot run so are refused.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { compilePattern, PatternError } from '../../src/schema/pattern.js';
import { Catalog } from '../../src/schema/guide.js';
import { validateSubmission } from '../../src/server.js';
import { formatIssues } from '../../src/schema/zod.js';

/** Small patterns from the grammar catalogs use: classes, escapes, groups, alternatives, quantifiers, anchors. */
const atom = fc.constantFrom('a', 'b', '.', '[ab]', '[^a]', '\\d', '\\w', '\\s', '[a-c0-9_-]', '\\.', 'é', '\\u{1F511}', '\\p{L}', '\\x41');
const quantifier = fc.constantFrom('', '', '*', '+', '?', '{2}', '{1,3}', '{0,}', '*?', '+?');
const pattern: fc.Arbitrary<string> = fc
  .letrec<{ alt: string; seq: string; term: string }>((tie) => ({
    alt: fc.oneof(
      { depthSize: 'small' },
      tie('seq'),
      fc.tuple(tie('seq'), tie('seq')).map(([a, b]) => `${a}|${b}`),
    ),
    seq: fc.array(tie('term'), { minLength: 0, maxLength: 4 }).map((terms) => terms.join('')),
    term: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      fc.tuple(atom, quantifier).map(([a, q]) => a + q),
      fc.tuple(tie('alt'), quantifier, fc.constantFrom('(', '(?:', '(?<g>')).map(([inner, q, open]) => `${open}${inner})${q}`),
      fc.constantFrom('^', '$', '\\b', '\\B'),
    ),
  }))
  .alt.map((p) => p.replaceAll('(?<g>', '(?:')); // one named group per pattern at most: named groups must differ
const value = fc.string({ unit: fc.constantFrom('a', 'b', 'c', '1', '_', ' ', '.', '-', 'é', '🔑', 'A', '\n'), maxLength: 12 });

describe('compilePattern', () => {
  test('answers as RegExp(source, "u").test does, on generated patterns and values', () => {
    fc.assert(
      fc.property(pattern, value, (source, text) => {
        let native: RegExp;
        try {
          native = new RegExp(source, 'u');
        } catch {
          return; // the grammar can write an invalid pattern ({2} after an anchor): the schema refuses it as such
        }
        // V8 also tries a word boundary between the two halves of a surrogate pair ("a🔑a" has a \B at index 2); code points have none there.
        if (/\\[bB]/.test(source) && /[\u{10000}-\u{10FFFF}]/u.test(text)) return;
        let linear;
        try {
          linear = compilePattern(source);
        } catch (error) {
          // Nested counted repeats can write out past the cap: refused, with the reason, never run.
          if (error instanceof PatternError && /too large/.test(error.message)) return;
          throw error;
        }
        assert.equal(linear.test(text), native.test(text), `/${source}/u on ${JSON.stringify(text)}`);
      }),
      { numRuns: 5000 },
    );
  });

  test('patterns that backtrack for seconds in RegExp run in linear steps', () => {
    const table: [string, string][] = [
      ['^(x+)*$', `${'x'.repeat(40)}!`],
      ['^(a|a)*$', `${'a'.repeat(40)}!`],
      ['^(a|aa)+$', `${'a'.repeat(40)}!`],
      ['^([a-z0-9]+\\.)*[a-z0-9]+\\.$', `${'a.'.repeat(30)}!`],
      ['^\\s*\\s*\\s*$', `${' '.repeat(8000)}x`],
      ['^(\\w+\\s?)*$', `${'word '.repeat(8)}!`],
    ];
    for (const [source, text] of table) {
      const compiled = compilePattern(source);
      const { matched, steps } = compiled.run(text);
      assert.equal(matched, false, source);
      assert.ok(
        steps <= ([...text].length + 1) * compiled.size * 2,
        `${source}: ${steps} steps for ${text.length} characters, program ${compiled.size}`,
      );
    }
  });

  test('backreferences and lookaround are refused with the reason; syntax errors stay syntax errors', () => {
    for (const source of ['(a)\\1', '(?<x>a)\\k<x>', 'a(?=b)', 'a(?!b)', '(?<=a)b', '(?<!a)b']) {
      assert.throws(() => compilePattern(source), PatternError, source);
    }
    // Inline flags: a syntax error where the engine has none (Node 20), refused where it has them.
    assert.throws(
      () => compilePattern('(?i:a)'),
      (error) => error instanceof PatternError || error instanceof SyntaxError,
    );
    assert.throws(() => compilePattern('(['), SyntaxError);
    assert.throws(() => compilePattern('a{1,3000}b{1,3000}'), /too large/);
  });

  // Counted by what compiling writes, not by time: the old compiler wrote each (?:…){0} out and dropped it,
  // uncounted, so four nested levels of 30 took seconds and five, hours, while the program stayed one step long.
  test('a repeat of a repeat of nothing is refused by the work it takes to write out, not compiled for seconds', () => {
    const nest = (levels: number, n: number) => {
      let p = 'a';
      for (let k = 0; k < levels; k++) p = `(?:(?:${p}){0}){${n}}`;
      return p;
    };
    for (const [levels, n] of [
      [3, 80],
      [4, 30],
      [6, 50],
    ] as const) {
      assert.throws(() => compilePattern(nest(levels, n)), PatternError, `${levels} levels of ${n}`);
    }
    assert.equal(compilePattern(nest(1, 3)).test(''), true, 'a small one still compiles');
  });

  test('a program is at most 500 steps, so an 8,192-character value costs at most ~8 million; a long source counts too', () => {
    assert.throws(() => compilePattern('[^!]{0,990}!'), /too large/);
    const largest = compilePattern('[^!]{0,240}!');
    const { matched, steps } = largest.run('x'.repeat(8192));
    assert.equal(matched, false);
    assert.ok(steps <= 2 * 8193 * largest.size, `${steps} steps`);
    assert.throws(() => compilePattern(`[${'a'.repeat(10_000)}]`), /too large/, 'a source of 10,000 characters');
  });
});

const provider = (pattern: string) => ({
  key: 'acme',
  name: 'Acme',
  authType: 'api_key' as const,
  warnings: [],
  sections: [],
  fields: [{ key: 'code', label: 'Code', pattern }],
});

describe('catalogs and submissions', () => {
  test('a catalog with a pattern that cannot run in linear time is refused at its path', () => {
    const result = Catalog.safeParse({ providers: [provider('^(a)\\1$')] });
    assert.equal(result.success, false);
    assert.deepEqual(formatIssues(result.error!), [
      'providers[0].fields[0].pattern: this pattern is refused: a backreference cannot run in linear time',
    ]);
  });

  // The timeout is only a safety net (a backtracking engine would take years here): the assertions are the answers.
  test('validateSubmission answers at once for a nested quantifier on a value made to make it backtrack', { timeout: 60_000 }, () => {
    const catalog = { providers: [provider('^(x+)*$')] };
    const check = validateSubmission(catalog, { providerKey: 'acme', accountId: 'acct_1', values: { code: `${'x'.repeat(40)}!` } });
    assert.deepEqual(!check.ok && check.problems, { code: 'Check the format of Code.' });
    assert.equal(validateSubmission(catalog, { providerKey: 'acme', accountId: 'acct_1', values: { code: 'xxx' } }).ok, true);
  });
});
