import { readFileSync } from 'node:fs';
import { SourceMapConsumer } from 'source-map-js';
const f='/tmp/sz/out/link-hub.js';
const code = readFileSync(f, 'utf8'); const lines=code.split('\n');
const c = new SourceMapConsumer(JSON.parse(readFileSync(f + '.map', 'utf8')));
const ms=[]; c.eachMapping(m=>ms.push(m));
ms.sort((a,b)=>a.generatedLine-b.generatedLine||a.generatedColumn-b.generatedColumn);
let out='';
for(let i=0;i<ms.length;i++){const m=ms[i],n=ms[i+1];const line=lines[m.generatedLine-1];const end=n&&n.generatedLine===m.generatedLine?n.generatedColumn:line.length;
 if((m.source||'').includes(process.argv[2])) out+=line.slice(m.generatedColumn,end);}
console.log(out);
