#!/usr/bin/env node
// npm run dev: the guide-writing loop. Serves the demo (as npm start does) and watches the
// guides: saving one recompiles the catalog and reloads the page, so a new guide can be
// linked at once. A guide that fails to compile is shown at its file:line:column in this
// terminal and on the page (no stack trace), and the page keeps the last good catalog.
//
//   node scripts/dev.mjs [--port 5180]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, watch, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Starts the loop. `guides`: the folders compiled into the demo's catalog (the package's
 * guides, then the demo's own); `catalogPath`: where that catalog is written and served from.
 * `server`: more options for the demo server (its `dataDir`, say).
 */
export async function startDev({
  port = 5180,
  guides = ['guides', 'demo/guides'],
  catalogPath = path.join(root, '.demo-build/catalog.json'),
  build = true,
  log = console.log,
  error = console.error,
  server = {},
} = {}) {
  // The build stops at a guide that does not compile, leaving the last dist/ as it was: the loop
  // then starts from that one and shows the problem.
  if (build && spawnSync('node', [path.join(root, 'scripts/build.mjs')], { stdio: 'inherit', cwd: root }).status !== 0) {
    error('dev: the build failed; starting from the last one');
  }
  if (!existsSync(path.join(root, 'dist/node/guides/cli.js')))
    throw new Error('dev: nothing is built yet, and the build failed: fix what it printed above');
  const scratch = mkdtempSync(path.join(tmpdir(), 'link-hub-dev-'));

  /** Compiles every folder; the catalog is written only when all of them compile. */
  function compile() {
    const catalogs = [];
    const problems = [];
    for (const [index, dir] of guides.entries()) {
      const out = path.join(scratch, `${index}.json`);
      const result = spawnSync('node', [path.join(root, 'dist/node/guides/cli.js'), dir, '--out', out], { cwd: root, encoding: 'utf8' });
      const lines = result.stderr.split('\n').filter((line) => /^\S.*:\d+:\d+: /.test(line));
      for (const line of lines) (line.includes(': warning: ') ? log : error)(line);
      if (result.status !== 0) problems.push(...lines.filter((line) => !line.includes(': warning: ')));
      else catalogs.push(JSON.parse(readFileSync(out, 'utf8')));
    }
    if (problems.length) return { problems };
    const [own, ...more] = catalogs;
    const catalog = { ...own, providers: [own, ...more].flatMap((c) => c.providers) };
    writeFileSync(catalogPath, JSON.stringify(catalog));
    return { catalog };
  }

  const first = compile();
  if (first.problems) error('dev: the demo serves the catalog it last built until the guides compile');
  const { startDemoServer } = await import(path.join(root, 'demo/server.mjs'));
  const demo = await startDemoServer({ port, dev: true, catalogPath, quiet: true, ...server });
  log(`LinkHub dev: ${demo.origin}/  (watching ${guides.join(', ')}; Ctrl+C to stop)`);

  let timer;
  const recompile = () => {
    clearTimeout(timer);
    // A save often writes a file twice in a row: compile once, when it settles.
    timer = setTimeout(async () => {
      const result = compile();
      if (result.problems) return demo.showProblems(result.problems);
      log(`dev: guides compiled (${result.catalog.providers.length} providers); reloading the page`);
      await demo.reloadCatalog();
    }, 80);
  };
  const watchers = guides.map((dir) =>
    watch(path.resolve(root, dir), { recursive: true }, (_, file) => file && /\.(mdx|md)$/i.test(file) && recompile()),
  );
  return {
    ...demo,
    close: async () => {
      clearTimeout(timer);
      for (const watcher of watchers) watcher.close();
      rmSync(scratch, { recursive: true, force: true });
      await demo.close();
    },
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const index = process.argv.indexOf('--port');
  await startDev({ port: Number(index > 0 ? process.argv[index + 1] : (process.env.PORT ?? 5180)) });
}
