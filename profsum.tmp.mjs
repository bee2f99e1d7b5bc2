import { readFileSync, readdirSync } from "node:fs";
const dir = "/tmp/prof"; const file = readdirSync(dir).filter(f=>f.endsWith(".cpuprofile")).map(f=>[f,readFileSync(`${dir}/${f}`).length]).sort((a,b)=>b[1]-a[1])[0][0];
const p = JSON.parse(readFileSync(`${dir}/${file}`));
const self = new Map(); const byId = new Map(p.nodes.map(n=>[n.id,n]));
const dt = new Map(); p.samples.forEach((s,i)=>dt.set(s,(dt.get(s)??0)+(p.timeDeltas[i]??0)));
let total=0;
for (const n of p.nodes){ const t=dt.get(n.id)??0; total+=t; const cf=n.callFrame; const k=`${cf.functionName||"(anon)"} ${cf.url.split("/node_modules/").at(-1).slice(-60)}:${cf.lineNumber}`; self.set(k,(self.get(k)??0)+t);}
const top=[...self].sort((a,b)=>b[1]-a[1]).slice(0,Number(process.argv[2]??40));
for (const [k,t] of top) console.log((t/total*100).toFixed(1).padStart(5), k);
// by package
const pk=new Map(); for (const n of p.nodes){const t=dt.get(n.id)??0; const u=n.callFrame.url; const m=u.match(/node_modules\/((@[^/]+\/)?[^/]+)/); const key=m?m[1]:(u.includes("/src/")?"src":u.startsWith("node:")?"node:"+u.slice(5).split("/")[0]:(u||n.callFrame.functionName)); pk.set(key,(pk.get(key)??0)+t);}
console.log("--- by package"); for (const [k,t] of [...pk].sort((a,b)=>b[1]-a[1]).slice(0,20)) console.log((t/total*100).toFixed(1).padStart(5), k);
