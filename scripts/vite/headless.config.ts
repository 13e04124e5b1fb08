// dist/headless.js: link-hub/headless as one ES module (zod inside, no lit), with its two lazy parts
// (a split catalog's guide fetcher, a failure's masking) in headless-chunks/.
import { defineConfig, mergeConfig } from 'vite';
import { browserBuild } from '../../vite.config.ts';

export default defineConfig(
  mergeConfig(browserBuild({ entry: 'src/headless.ts', formats: ['es'], fileName: () => 'headless.js' }), {
    build: { rolldownOptions: { output: { chunkFileNames: 'headless-chunks/[name]-[hash].js' } } },
  }),
);
