#!/usr/bin/env node
// The guides CLI. An installed package runs the compiled CLI in dist/; a fresh checkout
// of this repository (nothing built yet) runs the TypeScript source through tsx.
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const built = path.join(root, 'dist/node/guides/cli.js');
if (existsSync(built)) {
  await import(pathToFileURL(built).href);
} else {
  const tsx = path.join(root, 'node_modules/.bin/tsx');
  const result = spawnSync(tsx, [path.join(root, 'src/guides/cli.ts'), ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exitCode = result.status ?? 1;
}
