import { build } from 'vite';
import cfg from '../vite.config.ts';
const want = process.argv.slice(2);
const c:any = { ...cfg, configFile: false, logLevel: 'silent' };
c.build = { ...c.build, write: false, outDir: '/tmp/an' };
c.plugins = [...c.plugins, { name: 'an', generateBundle(_o:any, bundle:any) {
  for (const [f, ch] of Object.entries<any>(bundle)) {
    if (ch.type !== 'chunk') continue;
    for (const [id, m] of Object.entries<any>(ch.modules)) if (want.some((w) => id.endsWith(w))) console.log('==', id, '\n', m.code);
  }
}}];
await build(c);
