// The size budget of the script-tag bundle: bytes are deterministic, so this is a hard check.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const BUDGET = 20_000;

test(`dist/link-hub.js is at most ${BUDGET} bytes gzip -9 (lit, zod, the UI and English strings)`, () => {
  const bytes = gzipSync(readFileSync(new URL('../dist/link-hub.js', import.meta.url)), { level: 9 }).length;
  console.log(`size: dist/link-hub.js = ${bytes} bytes gzip -9 (budget ${BUDGET}, ${BUDGET - bytes} to spare)`);
  assert.ok(bytes <= BUDGET, `${bytes} bytes is over the ${BUDGET}-byte budget`);
});
