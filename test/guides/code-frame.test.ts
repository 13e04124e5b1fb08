/** The frame Vite shows under a guide's error or warning: lines numbered, a caret under the (1-based) column. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeFrame } from '../../src/guides/code-frame.js';

const source = ['---', 'catgory: ATS', '---', '', '# Connect Alpha with API Key', '', '\t<Setps>'].join('\n');

test('two lines either side, the caret under the column', () => {
  assert.equal(codeFrame(source, 2, 1), ['1  |  ---', '2  |  catgory: ATS', '   |  ^', '3  |  ---', '4  |  '].join('\n'));
  assert.equal(codeFrame(source, 5, 3), ['3  |  ---', '4  |  ', '5  |  # Connect Alpha with API Key', '   |    ^', '6  |  ', '7  |  \t<Setps>'].join('\n'));
});

test('tabs before the column stay tabs, so the caret lines up', () => {
  assert.equal(codeFrame(source, 7, 2).split('\n').at(-1), '   |  \t^');
});

test('the numbers get wider past line 99', () => {
  const long = Array.from({ length: 120 }, (_, i) => `line ${i + 1}`).join('\n');
  assert.equal(codeFrame(long, 100, 6, 0), ['100 |  line 100', '    |       ^'].join('\n'));
});
