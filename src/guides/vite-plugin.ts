/**
 * `linkHubGuides()`: the guides folder (a tree: a file's first folder is its category) as a Vite module. `import catalog from
 * 'virtual:link-hub-guides'` gives the compiled catalog; editing, adding or removing a
 * guide recompiles it and reloads the page; a bad guide fails the build (or shows
 * Vite's error overlay in dev) at `file:line:column`. Optionally emits catalog files
 * into the build output. Needs Vite 6 or later (the `hotUpdate` hook).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin, Rollup } from 'vite';
import type { Catalog } from '../schema/guide.js';
import { BaseUrl } from '../schema/front-matter.js';
import { codeFrame } from './code-frame.js';
import { compileGuideFiles, GUIDE_EXTENSIONS, listGuides, TEXT_GUIDE_EXTENSIONS } from './compile.js';
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
  /** Warnings fail the build (in dev: show the error overlay) instead of being logged: for a guides repository's own CI. */
  strict?: boolean;
  /** A guide that fails is left out of the catalog, its problems logged as warnings, instead of failing the build (ignored when `strict`). */
  lenient?: boolean;
  /** Where the documentation site's root is (`https://docs.example.com`): relative links and images resolve against it. */
  baseUrl?: string;
}

/** Where a problem stands, as Rollup and Vite take it (`id`, `loc` and the lines around it), when it names one of the guide files. */
function place(problem: GuideProblem, cwd: string, files: readonly string[]) {
  const file = path.resolve(cwd, problem.file);
  if (!files.includes(file)) return {};
  const { line, column } = problem;
  return { id: file, loc: { file, line, column }, frame: codeFrame(readFileSync(file, 'utf8'), line, column) };
}

/** A compile failure: every problem in the message, the first one's place as `id` and `loc`, which the dev server's error overlay shows as `file:line:column`. */
function compileFailure(error: GuideCompileError, cwd: string, files: readonly string[]): Rollup.RollupError {
  const first = error.problems.find((p) => files.includes(path.resolve(cwd, p.file)));
  return { message: error.message, ...(first ? place(first, cwd, files) : {}) };
}

/** A warning for Vite's log: `file:line:column: message` (Vite adds `warning:`), and its place. */
function warningLog(warning: GuideProblem, cwd: string, files: readonly string[]): Rollup.RollupLog {
  return { message: `${warning.file}:${warning.line}:${warning.column}: ${warning.message}`, ...place(warning, cwd, files) };
}

export function linkHubGuides(options: LinkHubGuidesOptions = {}): Plugin {
  let root = '';
  let dir = '';
  let dev = false;
  const extensions = [...GUIDE_EXTENSIONS, ...TEXT_GUIDE_EXTENSIONS];
  const isGuide = (file: string) =>
    path.resolve(file).startsWith(dir + path.sep) && extensions.some((ext) => file.toLowerCase().endsWith(ext));
  /** The catalog this build's module was given. */
  let compiled: Catalog | undefined;

  /**
   * Compiles the folder: logs each warning, fails at the first problem's place, and (from
   * the build phase, where Rollup allows it) watches each guide.
   */
  async function compile(context: Pick<Rollup.PluginContext, 'addWatchFile' | 'warn' | 'error'>, watch: boolean): Promise<Catalog> {
    // Each guide file, not the folder: Vite 8.4's dev server resolves every watched
    // file as an import of the catalog module, and a folder does not resolve. New guides
    // reach `hotUpdate` through the dev server's own watcher; `vite build --watch`
    // watches the folder too, so that a new guide reruns it.
    const files = await listGuides(dir);
    if (watch) for (const file of dev ? files : [...files, dir]) context.addWatchFile(file);
    const cwd = process.cwd();
    try {
      const { catalog, warnings } = await compileGuideFiles(files, {
        cwd,
        strict: options.strict,
        lenient: options.lenient,
        root: dir,
        baseUrl: options.baseUrl,
      });
      for (const warning of warnings) context.warn(warningLog(warning, cwd, files));
      return catalog;
    } catch (error) {
      if (error instanceof GuideCompileError) context.error(compileFailure(error, cwd, files));
      throw error;
    }
  }
  return {
    name: 'link-hub-guides',
    configResolved(config) {
      root = config.root;
      dir = path.resolve(root, options.dir ?? 'guides');
      if (options.baseUrl !== undefined && !BaseUrl.safeParse(options.baseUrl).success) {
        throw new Error(
          `link-hub-guides: baseUrl ${JSON.stringify(options.baseUrl)} is not the documentation site's http(s) address, such as https://docs.example.com`,
        );
      }
    },
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : undefined;
    },
    buildStart() {
      compiled = undefined;
    },
    async load(id) {
      if (id !== RESOLVED_ID) return undefined;
      compiled = await compile(this, true);
      return `export default ${JSON.stringify(compiled)};`;
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
      // The catalog the bundle imported, or, when nothing imported it, compiled (and warned about) now.
      const catalog = compiled ?? (await compile(this, false));
      if (options.emitCatalog) this.emitFile({ type: 'asset', fileName: options.emitCatalog, source: JSON.stringify(catalog) });
      if (options.emitSplit) {
        for (const [file, data] of splitFiles(catalog)) {
          this.emitFile({
            type: 'asset',
            fileName: `${options.emitSplit}/${file.split('/').map(decodeURIComponent).join('/')}`,
            source: JSON.stringify(data),
          });
        }
      }
    },
  };
}

export default linkHubGuides;
