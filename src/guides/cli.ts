#!/usr/bin/env node
/**
 * link-hub-guides <dir> --out <catalog.json> [--split <folder>]
 * Compiles every guide under <dir>. On any problem it prints `file:line:column: message`
 * for each, writes nothing, and exits 1.
 */
import { parseArgs } from 'node:util';
import { compileGuides } from './compile.js';
import { GuideCompileError } from './diagnostics.js';
import { writeCatalog } from './write-catalog.js';

const USAGE = 'usage: link-hub-guides <guides-dir> --out <catalog.json> [--split <folder>]';

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: { out: { type: 'string', short: 'o' }, split: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const dir = positionals[0];
  if (!dir || positionals.length > 1 || (!values.out && !values.split)) {
    console.error(USAGE);
    return 2;
  }
  try {
    const catalog = await compileGuides(dir);
    const written = await writeCatalog(catalog, { out: values.out, split: values.split });
    console.log(`link-hub-guides: ${catalog.providers.length} provider(s) -> ${written.length} file(s)${values.out ? ` (${values.out})` : ''}`);
    return 0;
  } catch (error) {
    if (error instanceof GuideCompileError) {
      console.error(error.message);
      console.error(`link-hub-guides: ${error.problems.length} problem(s); nothing was written`);
      return 1;
    }
    console.error(`link-hub-guides: ${(error as Error).message}`);
    return 1;
  }
}

process.exitCode = await main();
