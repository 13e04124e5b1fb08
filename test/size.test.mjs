// The size budget of the script-tag bundle: bytes are deterministic, so this is a hard check.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { execFileSync } from 'node:child_process';

const BUDGET = 20_000;

/** GNU gzip -9 when the machine has it (the budget's own words), and Node's zlib at level 9, which compresses this file slightly worse. */
function sizes(file) {
  const zlib = gzipSync(readFileSync(file), { level: 9 }).length;
  let gnu;
  try {
    gnu = execFileSync('gzip', ['-9nc', file]).length;
  } catch {
    gnu = undefined;
  }
  return { zlib, gnu };
}

test(`dist/link-hub.js is at most ${BUDGET} bytes gzip -9 (lit, zod, the UI and English strings)`, () => {
  const { zlib, gnu } = sizes(new URL('../dist/link-hub.js', import.meta.url).pathname);
  const worst = Math.max(zlib, gnu ?? 0);
  console.log(`size: dist/link-hub.js = ${gnu ?? '?'} bytes gzip -9, ${zlib} bytes zlib level 9 (budget ${BUDGET}, ${BUDGET - worst} to spare)`);
  assert.ok(worst <= BUDGET, `${worst} bytes is over the ${BUDGET}-byte budget`);
});
