// Times Material for MkDocs' search worker building its index from a search_index.json, in Node (the same V8
// engine as Chromium), without a browser: what the first search after a page loads waits for.
//
// Usage: node benchmarks/material_worker_build.js WORKER.min.js SITE/search/search_index.json [RUNS]
// WORKER is the theme's worker, .venv/lib/python3*/site-packages/material/templates/assets/javascripts/workers/
// search.*.min.js. Prints the median and every run's milliseconds (RUNS, default 5, in one process).
const fs = require("fs");
const path = require("path");
let handler = null;
let answered = null;
global.self = global;
global.addEventListener = (type, fn) => { if (type === "message") handler = fn; };
global.postMessage = (message) => { if (answered) answered(message); };
global.importScripts = () => {};
require(path.resolve(process.argv[2]));
const index = JSON.parse(fs.readFileSync(process.argv[3], "utf8"));
const runs = Number(process.argv[4] || 5);

function setup() {
  const start = process.hrtime.bigint();
  return new Promise((resolve) => {
    answered = () => resolve(Number(process.hrtime.bigint() - start) / 1e6);
    handler({ data: { type: 0, data: index } }); // SearchMessageType.SETUP
  });
}

(async () => {
  const times = [];
  for (let i = 0; i < runs; i++) times.push(await setup());
  const sorted = [...times].sort((a, b) => a - b);
  const each = times.map((t) => t.toFixed(0)).join(" ");
  console.log(`setup median ${sorted[Math.floor(runs / 2)].toFixed(0)} ms; runs ${each}`);
})();
