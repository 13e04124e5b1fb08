/** `dist/oauth-callback.js`: the classic script for a host's OAuth redirect page. */
import { defineConfig } from 'vite';
import { browserBuild } from '../../vite.config.ts';

export default defineConfig(
  browserBuild({
    entry: 'src/oauth-callback-script.ts',
    name: 'LinkHubOAuthCallback',
    formats: ['iife'],
    fileName: () => 'oauth-callback.js',
  }),
);
