/**
 * `linkHubGuides()`: the guides folder as a Vite module. `import catalog from
 * 'virtual:link-hub-guides'` gives the compiled catalog; editing, adding or removing a
 * guide recompiles it and reloads the page; a bad guide fails the build (or shows
 * Vite's error overlay in dev) at `file:line:column`. Optionally emits catalog files
 * into the build output. Needs Vite 6 or later (the `hotUpdate` hook).
 */
import path from 'node:path';
import type { Plugin } from 'vite';
import { compileGuides, GUIDE_EXTENSIONS, listGuides, TEXT_GUIDE_EXTENSIONS } from './compile.js';
import { splitFiles } from '../schema/split.js';
import { GuideCompileError, type GuideProblem } from './diagnostics.js';

export const VIRTUAL_ID = 'virtual:link-hub-guides';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;

export interface LinkHubGuidesOptions {
  /** The folder of `.mdx` guides. Default: `guides` under the Vite root. */
  dir?: string;
  /** Emit the single-file catalog into the build output under this name, e.g. `catalog.json`. */
  emitCatalog?: string;
  /** Emit the split catalog (`index.json`, one file per provider and per localized guide) under this folder, e.g. `catalog`. */
  emitSplit?: string;
}

/** A compile failure as Rollup and Vite take it: every problem in the message, the first one's place as `id` and `loc`, which the dev server's error overlay shows as `file:line:column`. */
function compileFailure(error: GuideCompileError, cwd: string, files: readonly string[]) {
  const first = error.problems.find((p: GuideProblem) => files.includes(path.resolve(cwd, p.file)));
  if (!first) return { message: error.message };
  const file = path.resolve(cwd, first.file);
  return { message: error.message, id: file, loc: { file, line: first.line, column: first.column } };
}

export function linkHubGuides(options: LinkHubGuidesOptions = {}): Plugin {
  let root = '';
  let dir = '';
  let dev = false;
  const extensions = [...GUIDE_EXTENSIONS, ...TEXT_GUIDE_EXTENSIONS];
  const isGuide = (file: string) =>
    path.resolve(file).startsWith(dir + path.sep) && extensions.some((ext) => file.toLowerCase().endsWith(ext));
  return {
    name: 'link-hub-guides',
    configResolved(config) {
      root = config.root;
      dir = path.resolve(root, options.dir ?? 'guides');
    },
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : undefined;
    },
    async load(id) {
      if (id !== RESOLVED_ID) return undefined;
      // Each guide file, not the folder: Vite 8.4's dev server resolves every watched
      // file as an import of this module, and a folder does not resolve. New guides
      // reach `hotUpdate` through the dev server's own watcher; `vite build --watch`
      // watches the folder too, so that a new guide reruns it.
      const files = await listGuides(dir);
      for (const file of files) this.addWatchFile(file);
      if (!dev) this.addWatchFile(dir);
      const cwd = process.cwd();
      try {
        const catalog = await compileGuides(dir, { cwd });
        return `export default ${JSON.stringify(catalog)};`;
      } catch (error) {
        if (error instanceof GuideCompileError) this.error(compileFailure(error, cwd, files));
        throw error;
      }
    },
    configureServer(server) {
      dev = true;
      // A guides folder outside the Vite root is not under the dev server's watcher yet.
      server.watcher.add(dir);
    },
    /**
     * A guide was edited, added or removed: the catalog module is what changed, and the
     * page reloads to recompile it. Vite's own propagation would not reload after a
     * failed compile (the module was never analysed), and reloading is how a page
     * recovers from the error overlay once the guide is fixed, so this hook does it.
     */
    hotUpdate({ file }) {
      if (!isGuide(file)) return undefined;
      const { moduleGraph, hot, logger, name } = this.environment;
      const catalog = moduleGraph.getModuleById(RESOLVED_ID);
      if (catalog) {
        moduleGraph.invalidateModule(catalog);
        if (name === 'client') logger.info(`page reload ${path.relative(root, file)}`, { timestamp: true });
        hot.send({ type: 'full-reload', path: '*', triggeredBy: file });
      }
      return [];
    },
    async generateBundle() {
      if (!options.emitCatalog && !options.emitSplit) return;
      const catalog = await compileGuides(dir);
      if (options.emitCatalog) this.emitFile({ type: 'asset', fileName: options.emitCatalog, source: JSON.stringify(catalog) });
      if (options.emitSplit) {
        for (const [file, data] of splitFiles(catalog)) {
          this.emitFile({ type: 'asset', fileName: `${options.emitSplit}/${file.split('/').map(decodeURIComponent).join('/')}`, source: JSON.stringify(data) });
        }
      }
    },
  };
}

export default linkHubGuides;
