/**
 * `linkHubGuides()`: the guides folder as a Vite module. `import catalog from
 * 'virtual:link-hub-guides'` gives the compiled catalog; editing, adding or removing a
 * guide recompiles it and reloads the page; a bad guide fails the build (or shows
 * Vite's error overlay in dev) at `file:line:column`. Optionally emits catalog files
 * into the build output.
 */
import path from 'node:path';
import type { Plugin } from 'vite';
import { compileGuides, GUIDE_EXTENSIONS } from './compile.js';
import { splitFiles } from '../schema/split.js';
import { GuideCompileError } from './diagnostics.js';

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

export function linkHubGuides(options: LinkHubGuidesOptions = {}): Plugin {
  let dir = '';
  const isGuide = (file: string) =>
    path.resolve(file).startsWith(dir + path.sep) && GUIDE_EXTENSIONS.some((ext) => file.toLowerCase().endsWith(ext));
  return {
    name: 'link-hub-guides',
    configResolved(config) {
      dir = path.resolve(config.root, options.dir ?? 'guides');
    },
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : undefined;
    },
    async load(id) {
      if (id !== RESOLVED_ID) return undefined;
      this.addWatchFile(dir);
      try {
        const catalog = await compileGuides(dir);
        return `export default ${JSON.stringify(catalog)};`;
      } catch (error) {
        if (error instanceof GuideCompileError) this.error(error.message);
        throw error;
      }
    },
    configureServer(server) {
      server.watcher.add(dir);
      const refresh = (file: string) => {
        if (!isGuide(file)) return;
        const module = server.moduleGraph.getModuleById(RESOLVED_ID);
        if (module) server.moduleGraph.invalidateModule(module);
        server.ws.send({ type: 'full-reload' });
      };
      server.watcher.on('add', refresh);
      server.watcher.on('change', refresh);
      server.watcher.on('unlink', refresh);
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
