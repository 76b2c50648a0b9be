// A search worker's top five for each query, run in Node without a browser (for benchmarks/search_pairs.py).
//
// Usage: node benchmarks/search_top.js WORKER.js SITE/search/search_index.json QUERIES.json
// Prints JSON: {query: [[page, title, the text shown under the best result of the page], ...]}.
const fs = require("fs"), path = require("path");
let handler = null, last = null;
global.self = global;
global.addEventListener = (t, fn) => { if (t === "message") handler = fn; };
global.postMessage = m => { last = m; };
global.importScripts = () => {};
require(path.resolve(process.argv[2]));
const index = JSON.parse(fs.readFileSync(process.argv[3], "utf8"));
const queries = JSON.parse(fs.readFileSync(process.argv[4], "utf8"));
(async () => {
  handler({ data: { type: 0, data: { config: index.config, docs: index.docs, options: { suggest: false } } } });
  await new Promise(r => setTimeout(r, 50));
  const out = {};
  for (const q of queries) {
    last = null;
    handler({ data: { type: 2, data: q } });
    while (!last) await new Promise(r => setTimeout(r, 5));
    const strip = s => (s || "").replace(/<[^>]+>/g, " ").replace(/\s+/g, " ").trim();
    out[q] = last.data.items.slice(0, 5).map(group => {
      const page = group.find(i => !i.location.includes("#")) || group[0];
      const best = group.filter(i => i.text).sort((a, b) => b.score - a.score)[0] || group[0];
      return [page.location, strip(page.title), strip(best.text).slice(0, 300)];
    });
  }
  console.log(JSON.stringify(out));
})();
