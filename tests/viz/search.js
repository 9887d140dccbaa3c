// Runs the map page's search script (kgNorm, kgStem, kgIndex, kgSearch) in node.
// Usage: node search.js page.html '["query", ...]'  → {query: [ids…]} as JSON.
"use strict";
const fs = require("fs");
const vm = require("vm");

const html = fs.readFileSync(process.argv[2], "utf8");
const scripts = [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
const data = JSON.parse(scripts.find(m => m[1].includes('id="kg-data"'))[2]);
const search = scripts.find(m => m[1].includes('id="kg-search"'))[2];
const context = {};
vm.createContext(context);
vm.runInContext(search + "\nthis.kgIndex = kgIndex; this.kgSearch = kgSearch; this.kgNorm = kgNorm; this.kgStem = kgStem;", context);
const index = context.kgIndex(data.nodes);
const out = {search: {}, norm: {}, stem: {}};
for (const q of JSON.parse(process.argv[3])) {
  out.search[q] = context.kgSearch(index, q, 1000, data.kinds);
  out.norm[q] = context.kgNorm(q);
  out.stem[q] = out.norm[q].split(" ").map(context.kgStem);
}
process.stdout.write(JSON.stringify(out));
