// npm links the bins of dependencies, not a package's own: link ours so that
// `npx link-hub-guides` works inside this repository too.
import { mkdirSync, symlinkSync, rmSync } from 'node:fs';

mkdirSync('node_modules/.bin', { recursive: true });
rmSync('node_modules/.bin/link-hub-guides', { force: true });
symlinkSync('../../bin/link-hub-guides.js', 'node_modules/.bin/link-hub-guides');
