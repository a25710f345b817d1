// The actor network (Cytoscape.js with the fCoSE force-directed layout, from
// /claimgraph/export?format=cytoscape): node size by the number of articles naming the actor, colour
// by type, filters by type, edge kind and date range, the busiest N actors only (with a control for
// more), a box to find an actor, and a click that opens the actor's page.
import { spread } from "./layout.js";
import { link, pageHref } from "./sparql.js";

const TYPE_COLORS = { Person: "#d1495b", Organization: "#2e86ab", Location: "#3f8f5b", Actor: "#8a8a8a" };
const KIND_COLORS = { "speaks about": "#8a93a3", "claims relation": "#e07a1f", "holds role in": "#7b4fb0" };
const STEP = 50; // actors added by "more"

cytoscape.use(cytoscapeFcose);

export async function startNetwork(state) {
  const data = await (await fetch("/claimgraph/export?format=cytoscape")).json();
  const view = new NetworkView(document.getElementById("network"), data.elements);
  view.controls();
  view.refresh();
  state.cy = view.cy;
  state.network = view;
}

class NetworkView {
  constructor(container, elements) {
    this.nodes = elements.nodes.map((n) => n.data);
    this.edges = elements.edges.map((e) => e.data);
    this.byId = new Map(this.nodes.map((n) => [n.id, n]));
    // How busy an actor is: the assertions and roles on its edges, then the articles naming it.
    for (const n of this.nodes) n.busy = 0;
    for (const e of this.edges) {
      this.byId.get(e.source).busy += e.weight;
      this.byId.get(e.target).busy += e.weight;
    }
    this.limit = Math.min(STEP, this.nodes.length);
    this.pinned = new Set();
    this.cy = cytoscape({
      container,
      elements: { nodes: elements.nodes, edges: elements.edges },
      wheelSensitivity: 0.3,
      minZoom: 0.1,
      maxZoom: 4,
      style: style(Math.max(1, ...this.nodes.map((n) => n.documents))),
      layout: { name: "preset" },
    });
  }

  controls() {
    const types = [...new Set(this.nodes.map((n) => n.type))].sort();
    const legend = document.getElementById("network-types");
    legend.replaceChildren(...types.map((t) => {
      const label = document.createElement("label"), box = document.createElement("input"), dot = document.createElement("i");
      box.type = "checkbox";
      box.checked = true;
      box.dataset.type = t;
      dot.className = "dot";
      dot.style.background = TYPE_COLORS[t] || TYPE_COLORS.Actor;
      label.append(box, " ", dot, `${t} (${this.nodes.filter((n) => n.type === t).length})`);
      return label;
    }));
    const dates = this.edges.flatMap((e) => [e.first, e.last]).filter(Boolean).sort();
    const from = document.getElementById("network-from"), to = document.getElementById("network-to");
    if (dates.length) {
      const first = dates[0], last = dates[dates.length - 1];
      document.getElementById("network-dates").textContent = `(edges ${first} – ${last})`;
      from.min = to.min = (first + "-01-01").slice(0, 10);
    }
    document.querySelectorAll("#network-controls input, #network-types input").forEach((c) => c.addEventListener("change", () => this.refresh()));
    document.getElementById("network-more").addEventListener("click", () => {
      this.limit += STEP;
      this.refresh();
    });
    document.getElementById("network-all").addEventListener("click", () => {
      this.limit = this.nodes.length;
      this.refresh();
    });
    const names = document.getElementById("actor-names");
    names.replaceChildren(...[...this.nodes].sort((a, b) => b.busy - a.busy).map((n) => {
      const o = document.createElement("option");
      o.value = n.label;
      return o;
    }));
    document.getElementById("network-find").addEventListener("submit", (e) => {
      e.preventDefault();
      this.find(document.getElementById("actor-name").value);
    });
    this.cy.on("tap", "node", (evt) => location.assign(pageHref(evt.target.id())));
    this.cy.on("mouseover", "node", (evt) => this.describe(evt.target));
    this.cy.on("mouseout", "node", () => this.cy.elements().removeClass("faded focus"));
    this.cy.on("tap", "edge", (evt) => this.describeEdge(evt.target));
  }

  /** Which edges pass the kind and date filters, which actors pass the type filter, and the busiest N of those. */
  refresh() {
    const kinds = new Set([...document.querySelectorAll("#network-controls input[data-kind]:checked")].map((c) => c.dataset.kind));
    const types = new Set([...document.querySelectorAll("#network-types input:checked")].map((c) => c.dataset.type));
    const from = document.getElementById("network-from").value.trim();
    const to = document.getElementById("network-to").value.trim();
    const undated = document.getElementById("network-undated").checked;
    const isolated = document.getElementById("show-isolated").checked;
    const typed = (id) => types.has(this.byId.get(id).type);
    const edges = this.edges.filter((e) => kinds.has(e.kind) && typed(e.source) && typed(e.target) && inRange(e, from, to, undated));
    const linked = new Set(edges.flatMap((e) => [e.source, e.target]));
    const candidates = this.nodes.filter((n) => typed(n.id) && (isolated || linked.has(n.id) || this.pinned.has(n.id)));
    candidates.sort((a, b) => b.busy - a.busy || b.documents - a.documents || a.label.localeCompare(b.label));
    const shown = new Set(candidates.slice(0, this.limit).map((n) => n.id));
    this.pinned.forEach((id) => typed(id) && shown.add(id));
    const shownEdges = new Set(edges.filter((e) => shown.has(e.source) && shown.has(e.target)).map((e) => e.id));
    this.cy.batch(() => {
      this.cy.nodes().forEach((n) => n.style("display", shown.has(n.id()) ? "element" : "none"));
      this.cy.edges().forEach((e) => e.style("display", shownEdges.has(e.id()) ? "element" : "none"));
    });
    const panel = this.cy.container().getBoundingClientRect();
    spread(this.cy, panel.width / panel.height);
    document.getElementById("network-status").textContent =
      `Showing the ${shown.size} busiest of ${candidates.length} actors that pass the filters (${this.nodes.length} in all), ${shownEdges.size} edges.`;
    document.getElementById("network-more").disabled = shown.size >= candidates.length;
    document.getElementById("network-all").disabled = shown.size >= candidates.length;
  }

  find(name) {
    const wanted = name.trim().toLowerCase();
    if (!wanted) return;
    const hit = this.nodes.find((n) => n.label.toLowerCase() === wanted)
      || this.nodes.find((n) => n.label.toLowerCase().includes(wanted));
    const status = document.getElementById("network-selection");
    if (!hit) {
      status.textContent = `No actor named “${name}”.`;
      return;
    }
    const node = this.cy.getElementById(hit.id);
    if (!node.visible()) {
      this.pinned.add(hit.id);
      this.refresh();
    }
    this.cy.elements().unselect();
    node.select();
    this.cy.animate({ center: { eles: node }, zoom: Math.max(this.cy.zoom(), 1.2) }, { duration: 300 });
    this.describe(node);
  }

  describe(node) {
    const hood = node.closedNeighborhood(":visible");
    this.cy.elements(":visible").not(hood).addClass("faded");
    node.addClass("focus");
    const d = node.data();
    document.getElementById("network-selection").replaceChildren(link(d.label, pageHref(d.id)),
      document.createTextNode(` — ${d.type}, named in ${d.documents} article${d.documents === 1 ? "" : "s"}, `
        + `${node.degree(false)} edge${node.degree(false) === 1 ? "" : "s"}; click the actor to open its page.`));
  }

  describeEdge(e) {
    const d = e.data();
    const dates = d.first ? ` (${d.first}${d.last && d.last !== d.first ? " – " + d.last : ""})` : "";
    document.getElementById("network-selection").replaceChildren(link(e.source().data("label"), pageHref(e.source().id())),
      document.createTextNode(` ${d.label} `), link(e.target().data("label"), pageHref(e.target().id())),
      document.createTextNode(` — ${d.kind}, ${d.weight} assertion${d.weight === 1 ? "" : "s"}${dates}`));
  }
}

/** Whether an edge's dates [first, last] (ISO, any precision) meet the range [from, to] (full dates; either may be empty). */
function inRange(edge, from, to, undated) {
  if (!from && !to) return true;
  if (!edge.first) return undated;
  const last = edge.last || edge.first;
  const end = last.length === 4 ? last + "-12-31" : last.length === 7 ? last + "-31" : last;
  return (!from || end >= from) && (!to || edge.first <= to);
}

function style(maxDocuments) {
  const size = (n) => 18 + 34 * Math.sqrt((n.data("documents") || 0) / maxDocuments);
  return [
    { selector: "node", style: {
        "background-color": (n) => TYPE_COLORS[n.data("type")] || TYPE_COLORS.Actor,
        width: size, height: size, "border-width": 1.5, "border-color": "#fff",
        label: "data(label)", "font-size": 16, "font-family": "system-ui, sans-serif", color: "#1d2330",
        "text-valign": "bottom", "text-margin-y": 3, "text-wrap": "wrap", "text-max-width": 150,
        "text-background-color": "#fff", "text-background-opacity": 0.75, "text-background-padding": 1,
        "min-zoomed-font-size": 8 } },
    { selector: "edge", style: {
        "line-color": (e) => KIND_COLORS[e.data("kind")], "target-arrow-color": (e) => KIND_COLORS[e.data("kind")],
        "target-arrow-shape": "triangle", "arrow-scale": 0.8, "curve-style": "bezier", opacity: 0.6,
        width: (e) => 1 + 1.2 * Math.log2(1 + e.data("weight")) } },
    { selector: "node:selected", style: { "border-width": 4, "border-color": "#f0c000" } },
    { selector: ".faded", style: { opacity: 0.15 } },
    { selector: "node.focus", style: { "border-width": 3, "border-color": "#1d2330" } },
  ];
}
