/**
 * Library build of the browser bundle. `scripts/build.mjs` runs it twice:
 * ES module (locales as lazy chunks) and classic IIFE (everything inlined, global
 * `LinkHub`). Both are minified with lit and zod inside.
 */
import { defineConfig } from 'vite';
import { minifyLitCss, trimOutput } from './scripts/minify-plugins.mjs';

const format = process.env.LINK_HUB_FORMAT === 'iife' ? 'iife' : process.env.LINK_HUB_FORMAT === 'locales' ? 'locales' : 'es';
const LOCALES = ['fr', 'de', 'es', 'it', 'nl', 'pt', 'ja', 'ar'];

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
    lib:
      format === 'locales'
        ? { entry: Object.fromEntries(LOCALES.map((l) => [l, `src/i18n/${l}.ts`])), formats: ['es'], fileName: (_, name) => `locales/${name}.js` }
        : { entry: 'src/index.ts', name: 'LinkHub', formats: [format], fileName: () => (format === 'es' ? 'link-hub.js' : 'link-hub.iife.js') },
    rolldownOptions: {
      output: {
        minify: true,
        chunkFileNames: 'chunks/[name]-[hash].js',
      },
    },
  },
});
