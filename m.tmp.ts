import { startApi } from "./src/api/index.js";
import { openDriver } from "./src/graph/index.js";
import { benchRequests } from "./bench/queries/requests.js";
const MIXED = [
  ...benchRequests({ country: "MA", pathFrom: "PK", pathTo: "s-400", searchText: "Patriot" }).map((r) => r.api),
  { query: '{ deals(filter: { supplier: "روسيا" }, first: 5) { totalCount edges { node { id } } } }' },
  { query: "{ countries(first: 50) { code nameEn partners { country { code } dealCount } } }" },
];
const driver = openDriver("bolt://127.0.0.1:27687", "neo4j", "defence-graph-dev");
let n = 0;
const api = await startApi({ driver, database: "neo4j", production: true, onQuery: () => { n++; } }, 0, "127.0.0.1");
for (let round = 0; round < 2; round++)
for (const [i, body] of MIXED.entries()) {
  n = 0;
  const t = performance.now();
  const res = await fetch(api.url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  const text = await res.text();
  if (round) console.log(i, (performance.now() - t).toFixed(1), "ms", text.length, "bytes", n, "queries", text.slice(0, 80));
}
await api.stop(); await driver.close();
