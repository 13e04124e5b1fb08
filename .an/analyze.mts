import { build } from 'vite';
import { gzipSync } from 'node:zlib';
import cfg from '/work/main/vite.config.ts';
const c:any = { ...cfg, configFile: false, logLevel: 'silent' };
c.build = { ...c.build, write: false, outDir: '/tmp/an' };
c.plugins = [...c.plugins, { name: 'an', generateBundle(_o:any, bundle:any) {
  for (const [f, ch] of Object.entries<any>(bundle)) {
    if (ch.type !== 'chunk' || !(f === 'link-hub.js' || f.includes('provider-view'))) continue;
    console.log('==', f, gzipSync(ch.code,{level:9}).length);
    const mods = Object.entries<any>(ch.modules).map(([id, m]) => [m.renderedLength, id.replace('/work/main/','')]).sort((a:any,b:any)=>b[0]-a[0]);
    for (const [n, id] of mods.slice(0, 45)) console.log(String(n).padStart(7), id);
  }
}}];
await build(c);
