/**
 * Library build of the browser bundle. `scripts/build.mjs` runs it twice:
 * ES module (locales as lazy chunks) and classic IIFE (everything inlined, global
 * `LinkHub`). Both are minified with lit and zod inside.
 */
import { defineConfig } from 'vite';
import { minifyLitCss, trimOutput } from './scripts/minify-plugins.mjs';

const format = process.env.LINK_HUB_FORMAT === 'iife' ? 'iife' : 'es';

export default defineConfig({
  publicDir: false,
  plugins: [minifyLitCss(), trimOutput()],
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    target: 'es2022',
    minify: true,
    sourcemap: false,
    lib: {
      entry: 'src/index.ts',
      name: 'LinkHub',
      formats: [format],
      fileName: () => (format === 'es' ? 'link-hub.js' : 'link-hub.iife.js'),
    },
    rolldownOptions: {
      output: {
        minify: true,
        chunkFileNames: 'chunks/[name]-[hash].js',
      },
    },
  },
});
