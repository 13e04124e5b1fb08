#!/usr/bin/env node
/**
 * link-hub-guides <dir> --out <catalog.json> [--split <folder>] [--base-url <url>] [--strict | --lenient]
 * Compiles every guide in the tree under <dir> (a file's first folder is its category; see
 * tree.ts for keys). --base-url is the documentation site's root: relative links and
 * images resolve against it. Each warning goes to stderr as
 * `file:line:column: warning: message`, and the catalog is written all the same. On any
 * problem (with --strict, a warning too) it prints `file:line:column: message` for each,
 * writes nothing, and exits 1. With --lenient, a guide with a problem is left out of the
 * catalog instead, each of its problems a warning, and the rest is written.
 */
import { parseArgs } from 'node:util';
import { BaseUrl } from '../schema/front-matter.js';
import { compileGuideFiles, listGuides } from './compile.js';
import { formatProblem, GuideCompileError } from './diagnostics.js';
import { writeCatalog } from './write-catalog.js';

const USAGE =
  'usage: link-hub-guides <guides-dir> --out <catalog.json> [--split <folder>] [--base-url <docs-site-url>] [--strict | --lenient]';

const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        out: { type: 'string', short: 'o' },
        split: { type: 'string' },
        strict: { type: 'boolean' },
        lenient: { type: 'boolean' },
        'base-url': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
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
  if (values.strict && values.lenient) {
    console.error(`--strict and --lenient contradict each other: choose one\n${USAGE}`);
    return 2;
  }
  const baseUrl = values['base-url'];
  if (baseUrl !== undefined && !BaseUrl.safeParse(baseUrl).success) {
    console.error(
      `--base-url ${JSON.stringify(baseUrl)}: expected the documentation site's http(s) address, such as https://docs.example.com\n${USAGE}`,
    );
    return 2;
  }
  try {
    const { catalog, warnings, leftOut } = await compileGuideFiles(await listGuides(dir), {
      strict: values.strict,
      lenient: values.lenient,
      root: dir,
      baseUrl,
    });
    for (const warning of warnings) console.error(formatProblem(warning));
    const written = await writeCatalog(catalog, { out: values.out, split: values.split });
    const warned = warnings.length ? `, ${count(warnings.length, 'warning')} (--strict makes them errors)` : '';
    const left = leftOut.length ? `, ${count(leftOut.length, 'guide')} left out (${leftOut.join(', ')})` : '';
    console.log(
      `link-hub-guides: ${catalog.providers.length} provider(s) -> ${written.length} file(s)${values.out ? ` (${values.out})` : ''}${warned}${left}`,
    );
    return 0;
  } catch (error) {
    if (error instanceof GuideCompileError) {
      const warnings = error.problems.filter((p) => p.severity === 'warning').length;
      console.error(error.message);
      console.error(
        `link-hub-guides: ${count(error.problems.length, 'problem')}${warnings ? ` (${count(warnings, 'warning')}, errors with --strict)` : ''}; nothing was written`,
      );
      return 1;
    }
    console.error(`link-hub-guides: ${(error as Error).message}`);
    return 1;
  }
}

process.exitCode = await main();
