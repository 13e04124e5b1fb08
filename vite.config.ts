/**
 * The browser build of `dist/link-hub.js`: the ES module a host loads with one script
 * tag (lit and zod inside, minified), which fetches its provider view (`chunks/`) and
 * other languages (`locales/`) from beside itself. The other outputs share these settings
 * through `browserBuild`, one config file each under scripts/vite/.
 */
import { defineConfig, type LibraryOptions, type UserConfig } from 'vite';
import { minifyLitCss, trimOutput } from './scripts/minify-plugins.mjs';

/** The settings every browser output shares; `inlineLocales` for the classic script, which cannot load modules. */
export function browserBuild(lib: LibraryOptions, { inlineLocales = false } = {}): UserConfig {
  return {
    publicDir: false,
    plugins: [minifyLitCss(), trimOutput()],
    define: { __LINK_HUB_INLINE_LOCALES__: JSON.stringify(inlineLocales) },
    build: {
      outDir: 'dist',
      emptyOutDir: false,
      target: 'es2022',
      minify: true,
      sourcemap: false,
      lib,
      rolldownOptions: {
        // The lazy provider-view chunk imports lit, zod and the events from link-hub.js itself
        // (which may gain exports for that), rather than from a third, shared chunk.
        preserveEntrySignatures: 'allow-extension',
        output: {
          minify: true,
          chunkFileNames: 'chunks/[name]-[hash].js',
        },
      },
    },
  };
}

export default defineConfig(browserBuild({ entry: 'src/index.ts', formats: ['es'], fileName: () => 'link-hub.js' }));
