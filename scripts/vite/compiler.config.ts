/**
 * The guides compiler for the package: the CLI (`link-hub-guides`) and the Vite plugin
 * (`link-hub/vite`) bundled with unified, remark and yaml inside, so a host that only
 * embeds the widget installs none of them. Node built-ins and `vite` (the host's own) stay outside.
 */
import { builtinModules } from 'node:module';
import { defineConfig } from 'vite';

export default defineConfig({
  publicDir: false,
  logLevel: 'warn',
  build: {
    outDir: 'dist/node/guides',
    emptyOutDir: false,
    target: 'node20',
    minify: false,
    sourcemap: false,
    ssr: true,
    lib: {
      entry: { cli: 'src/guides/cli.ts', 'vite-plugin': 'src/guides/vite-plugin.ts' },
      formats: ['es'],
      fileName: (_, name) => `${name}.js`,
    },
    rolldownOptions: {
      external: [/^node:/, ...builtinModules, 'vite'],
      output: { chunkFileNames: 'chunks/[name]-[hash].js' },
    },
  },
  ssr: { noExternal: true },
});
