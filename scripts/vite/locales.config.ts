/** `dist/locales/<lang>.js`: each language beyond English as its own small module, fetched when a page asks for it. */
import { defineConfig } from 'vite';
import { LOCALES } from '../../src/i18n/locales.ts';
import { browserBuild } from '../../vite.config.ts';

export default defineConfig(
  browserBuild({ entry: Object.fromEntries(LOCALES.map((l) => [l, `src/i18n/${l}.ts`])), formats: ['es'], fileName: (_, name) => `locales/${name}.js` }),
);
