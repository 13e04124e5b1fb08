/**
 * The browser build of `dist/link-hub.js`: the ES module a host loads with one script
 * tag (lit and zod inside, minified), which fetches its provider view (`chunks/`) and
 * other languages (`locales/`) from beside itself. The other outputs share these settings
 * through `browserBuild`, one config file each under scripts/vite/.
 */
import { defineConfig, type LibraryOptions, type UserConfig } from 'vite';
import { minifyLitCss, trimOutput } from './scripts/minify-plugins.mjs';
import { LOCALES } from './src/i18n/locales.ts';

/** A language's module (src/i18n/<lang>.ts, imported by the localize controller): `locales/<lang>.js`, no hash, as documented. */
const localeChunk = (id: string | null) => (id && new RegExp(`/src/i18n/(${LOCALES.join('|')})\\.ts$`).exec(id)?.[1]) || undefined;

/** The settings every browser output shares (the classic script inlines its chunks and languages: Vite does that for IIFE). */
export function browserBuild(lib: LibraryOptions): UserConfig {
  return {
    publicDir: false,
    plugins: [minifyLitCss(), trimOutput()],
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
          chunkFileNames: ({ facadeModuleId }) =>
            localeChunk(facadeModuleId) ? `locales/${localeChunk(facadeModuleId)}.js` : 'chunks/[name]-[hash].js',
        },
      },
    },
  };
}

export default defineConfig(browserBuild({ entry: 'src/index.ts', formats: ['es'], fileName: () => 'link-hub.js' }));
