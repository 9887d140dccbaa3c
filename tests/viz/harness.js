// Runs the map page's own scripts (not vis-network) in node with a fake DOM and a fake vis,
// then clicks, searches and filters. Usage: node harness.js page.html  → JSON on stdout.
"use strict";
const fs = require("fs");
const vm = require("vm");

const html = fs.readFileSync(process.argv[2], "utf8");
const scripts = [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
const data = scripts.find(m => m[1].includes('id="kg-data"'))[2];
const search = scripts.find(m => m[1].includes('id="kg-search"'))[2];
const app = scripts[scripts.length - 1][2];

class El {
  constructor(tag) {
    this.tagName = tag; this.children = []; this.listeners = {}; this.dataset = {};
    this.style = {}; this.attrs = {}; this._text = ""; this.className = ""; this.value = "";
    this.checked = false; this.type = "";
  }
  set textContent(t) { this._text = String(t); this.children = []; }
  get textContent() { return this._text + this.children.map(c => c.textContent).join(""); }
  appendChild(c) { if (c instanceof Frag) this.children.push(...c.children); else this.children.push(c); return c; }
  append(...cs) { cs.forEach(c => this.appendChild(c)); }
  replaceChildren(...cs) { this.children = []; this._text = ""; cs.forEach(c => this.appendChild(c)); }
  addEventListener(ev, fn) { (this.listeners[ev] = this.listeners[ev] || []).push(fn); }
  fire(ev, extra) { (this.listeners[ev] || []).forEach(fn => fn(Object.assign({target: this, preventDefault() {}}, extra || {}))); }
  setAttribute(k, v) { this.attrs[k] = String(v); }
  all() { return [this].concat(...this.children.map(c => c.all ? c.all() : [])); }
}
class Frag extends El {}
class Text { constructor(t) { this.t = t; } get textContent() { return this.t; } all() { return [this]; } }

const byId = {};
const created = [];
function element(tag) { const e = new El(tag); created.push(e); return e; }
const page = ["kg-data", "network", "panel-body", "legend", "legend-bodies", "legend-bodies-title",
  "legend-communities", "legend-communities-title",
  "article-filter", "reset", "status", "search", "suggest"];
for (const id of page) byId[id] = element(id === "search" ? "input" : "div");
byId["kg-data"].textContent = data;
for (const [id, kind] of [["show-statements", "statement"], ["show-articles", "article"]]) {
  byId[id] = element("input"); byId[id].dataset.kind = kind; byId[id].checked = true;
}
const document = {
  getElementById: id => byId[id],
  createElement: element,
  createElementNS: (ns, tag) => element(tag),
  createDocumentFragment: () => new Frag("#fragment"),
  createTextNode: t => new Text(t),
  querySelectorAll: sel => {
    const key = /data-(\w+)/.exec(sel)[1];
    return created.filter(e => e.tagName === "input" && e.dataset[key] !== undefined);
  },
};

class DataSet {
  constructor(items) { this.items = items; }
  get(id) { return this.items.find(i => i.id === id); }
}
class DataView {
  constructor(set, opts) { this.set = set; this.filter = opts.filter; }
  refresh() {}
  get length() { return this.set.items.filter(this.filter).length; }
}
const calls = {focus: [], select: [], options: null, handlers: {}};
class Network {
  constructor(container, data, options) { calls.options = options; calls.data = data; }
  on(ev, fn) { calls.handlers[ev] = fn; }
  once(ev, fn) { calls.handlers[ev] = fn; }
  setOptions(o) { calls.setOptions = o; }
  selectNodes(ids) { calls.select.push(ids[0]); }
  selectEdges() {}
  focus(id) { calls.focus.push(id); }
  redraw() {}
  getScale() { return 1; }
}
const context = {document, vis: {DataSet, DataView, Network}, console, JSON, Map, Set, Array,
  Object, String, Math, parseInt};
vm.createContext(context);
vm.runInContext(search + "\n" + app, context);

const DATA = JSON.parse(data);
const out = {};
const panelText = () => byId["panel-body"].textContent;
if (calls.handlers.stabilizationIterationsDone) calls.handlers.stabilizationIterationsDone();
out.physicsAfterStabilisation = calls.setOptions || null;
out.physicsOption = calls.options.physics.enabled;
out.status = byId.status.textContent;
out.legend = byId.legend.textContent;
out.articleOptions = byId["article-filter"].children.map(c => c.textContent);

const person = DATA.nodes.find(n => n.kind === "person");
calls.handlers.click({nodes: [person.id], edges: []});
out.personPanel = panelText();
const holds = DATA.edges.find(e => e.label === "занимает");
calls.handlers.click({nodes: [], edges: [holds.id]});
out.edgePanel = panelText();

const input = byId.search;
out.search = {};
for (const q of ["Шапши", "шапша", "Владислав Шапша", "Госдума", "остается основой"]) {
  input.value = q; input.fire("input");
  out.search[q] = byId.suggest.children.map(c => c.textContent);
}
input.value = "Шапши"; input.fire("input"); input.fire("keydown", {key: "Enter"});
out.focused = calls.focus.slice();

const box = created.find(e => e.dataset.kind === "person" && byId.legend.all().includes(e));
box.checked = false; box.fire("change");
out.statusPersonHidden = byId.status.textContent;
calls.focus.length = 0;
input.value = "Шапша"; input.fire("input"); input.fire("keydown", {key: "Enter"});
out.statusAfterReveal = byId.status.textContent;
out.focusedAfterReveal = calls.focus.slice();
byId["article-filter"].value = "a1"; byId["article-filter"].fire("change");
out.statusArticle = byId.status.textContent;
process.stdout.write(JSON.stringify(out));
