/**
 * Library build of the browser bundle. `scripts/build.mjs` runs it twice:
 * ES module (locales as lazy chunks) and classic IIFE (everything inlined, global
 * `LinkHub`). Both are minified with lit and zod inside.
 */
import { defineConfig } from 'vite';
import { minifyLitCss, trimOutput } from './scripts/minify-plugins.mjs';
import { LOCALES } from './src/i18n/locales.ts';

const FORMATS = ['es', 'iife', 'locales', 'callback'] as const;
const format = FORMATS.find((f) => f === process.env.LINK_HUB_FORMAT) ?? 'es';

export default defineConfig({
  publicDir: false,
  plugins: [minifyLitCss(), trimOutput()],
  define: { __LINK_HUB_INLINE_LOCALES__: JSON.stringify(format === 'iife') },
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    target: 'es2022',
    minify: true,
    sourcemap: false,
    // 'locales': each language as its own small module, dist/locales/<lang>.js.
    // 'callback': dist/oauth-callback.js, the classic script for a host's OAuth redirect page.
    lib:
      format === 'locales'
        ? { entry: Object.fromEntries(LOCALES.map((l) => [l, `src/i18n/${l}.ts`])), formats: ['es'], fileName: (_, name) => `locales/${name}.js` }
        : format === 'callback'
          ? { entry: 'src/oauth-callback-script.ts', name: 'LinkHubOAuthCallback', formats: ['iife'], fileName: () => 'oauth-callback.js' }
          : { entry: 'src/index.ts', name: 'LinkHub', formats: [format], fileName: () => (format === 'es' ? 'link-hub.js' : 'link-hub.iife.js') },
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
});
