/** `dist/link-page.js`: the hosted link page's script. It loads `link-hub.js` from beside itself at run time. */
import { defineConfig } from 'vite';
import { browserBuild } from '../../vite.config.ts';

export default defineConfig(browserBuild({ entry: 'src/link-page.ts', formats: ['es'], fileName: () => 'link-page.js' }));
