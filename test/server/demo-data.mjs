// A data folder of its own for each demo server a test starts (never the developer's .data/),
// and the empty database new ones start from (creating one from nothing takes seconds).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const pglite = JSON.parse(readFileSync(new URL('../../node_modules/@electric-sql/pglite/package.json', import.meta.url), 'utf8'));

/** The empty database new test databases start from (made by the first test that needs it). */
export const dbTemplate = path.join(tmpdir(), `link-hub-demo-pglite-${pglite.version}.tar`);

/** A new, empty data folder, and how to remove it. */
export function demoDataDir() {
  const dir = mkdtempSync(path.join(tmpdir(), 'link-hub-demo-data-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
