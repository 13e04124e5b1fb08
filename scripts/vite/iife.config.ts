/** `dist/link-hub.iife.js`: the classic script, one self-contained file (languages inlined), global `LinkHub`. */
import { defineConfig } from 'vite';
import { browserBuild } from '../../vite.config.ts';

export default defineConfig(
  browserBuild({ entry: 'src/index.ts', name: 'LinkHub', formats: ['iife'], fileName: () => 'link-hub.iife.js' }),
);
