// claimgraph browser page: the SPARQL editor (YASGUI) with the query library, the actor network
// (Cytoscape.js, from /claimgraph/export?format=cytoscape) and a timeline of numeric claims by claimant.
// Everything is served by this server; nothing is fetched from elsewhere.
"use strict";

const ENDPOINT = location.origin + "/claimgraph/sparql";
const claimgraph = (window.claimgraph = { ready: false });

function pageHref(iri) {
  const base = "https://w3id.org/claimgraph/id/";
  return iri.startsWith(base) ? "/page/" + iri.substring(base.length) : iri;
}

async function select(query) {
  const response = await fetch(ENDPOINT, {
    method: "POST",
    headers: { "Content-Type": "application/sparql-query", Accept: "application/sparql-results+json" },
    body: query,
  });
  if (!response.ok) throw new Error("SPARQL " + response.status + ": " + (await response.text()));
  const json = await response.json();
  return json.results.bindings.map((b) => Object.fromEntries(Object.entries(b).map(([k, v]) => [k, v.value])));
}

// ---------------------------------------------------------------- SPARQL editor

async function startEditor() {
  document.getElementById("endpoint").textContent = ENDPOINT;
  const library = await (await fetch("queries.json")).json();
  const yasgui = new Yasgui(document.getElementById("yasgui"), {
    requestConfig: { endpoint: ENDPOINT, method: "POST" },
    copyEndpointOnNewTab: true,
    persistenceId: null,
    populateFromUrl: false,
    endpointCatalogueOptions: { getData: () => [{ endpoint: ENDPOINT }] },
    // Only local autocompletion: the class and property completers would ask services on the internet.
    yasqe: { autocompleters: ["variables"] },
  });
  const titles = {};
  library.forEach((q, i) => {
    titles[q.name] = q.title;
    if (i === 0) {
      const first = yasgui.getTab();
      first.setName(q.name);
      first.setQuery(q.query);
    } else {
      yasgui.addTab(false, { name: q.name, yasqe: { value: q.query } });
    }
  });
  const showTitle = () => {
    const tab = yasgui.getTab();
    document.getElementById("query-title").textContent = (tab && titles[tab.getName()]) || "";
  };
  yasgui.on("tabSelect", () => setTimeout(showTitle, 0));
  showTitle();
  claimgraph.yasgui = yasgui;
}

// ---------------------------------------------------------------- actor network

const TYPE_COLORS = { Person: "#d1495b", Organization: "#2e86ab", Location: "#66a182", Actor: "#888" };
const KIND_COLORS = { "speaks about": "#6c757d", "claims relation": "#e07a1f", "holds role in": "#7b4fb0" };

async function startNetwork() {
  const status = document.getElementById("network-status");
  const data = await (await fetch("/claimgraph/export?format=cytoscape")).json();
  const cy = cytoscape({
    container: document.getElementById("network"),
    elements: data.elements,
    wheelSensitivity: 0.3,
    style: [
      { selector: "node", style: {
          "background-color": (n) => TYPE_COLORS[n.data("type")] || TYPE_COLORS.Actor,
          label: "data(label)", "font-size": 10, "text-valign": "bottom", "text-margin-y": 3,
          width: (n) => 14 + 4 * Math.sqrt(n.degree(false)), height: (n) => 14 + 4 * Math.sqrt(n.degree(false)) } },
      { selector: "edge", style: {
          "line-color": (e) => KIND_COLORS[e.data("kind")], "target-arrow-color": (e) => KIND_COLORS[e.data("kind")],
          "target-arrow-shape": "triangle", "curve-style": "bezier", opacity: 0.75,
          width: (e) => 1 + 1.5 * Math.log2(1 + e.data("weight")) } },
      { selector: ":selected", style: { "border-width": 3, "border-color": "#f0c000", "line-color": "#f0c000" } },
    ],
    layout: { name: "preset" },
  });
  const filter = () => {
    const kinds = new Set([...document.querySelectorAll("#network-controls input[data-kind]:checked")].map((c) => c.dataset.kind));
    const isolated = document.getElementById("show-isolated").checked;
    cy.batch(() => {
      cy.edges().forEach((e) => e.style("display", kinds.has(e.data("kind")) ? "element" : "none"));
      cy.nodes().forEach((n) => {
        const visible = isolated || n.connectedEdges().some((e) => kinds.has(e.data("kind")));
        n.style("display", visible ? "element" : "none");
      });
    });
    cy.elements(":visible").layout({ name: "cose", animate: false, randomize: true, nodeDimensionsIncludeLabels: true }).run();
    status.textContent = cy.nodes(":visible").length + " actors, " + cy.edges(":visible").length + " edges shown";
  };
  document.querySelectorAll("#network-controls input").forEach((c) => c.addEventListener("change", filter));
  filter();
  const selection = document.getElementById("network-selection");
  cy.on("tap", "node", (evt) => {
    const n = evt.target;
    selection.replaceChildren(link(n.data("label"), pageHref(n.id())),
      document.createTextNode(" — " + n.data("type") + ", in " + n.data("documents") + " article(s), " + n.degree(false) + " edge(s)"));
  });
  cy.on("tap", "edge", (evt) => {
    const e = evt.target;
    const dates = e.data("first") ? " (" + e.data("first") + (e.data("last") !== e.data("first") ? " – " + e.data("last") : "") + ")" : "";
    selection.replaceChildren(link(e.source().data("label"), pageHref(e.source().id())),
      document.createTextNode(" " + e.data("label") + " "), link(e.target().data("label"), pageHref(e.target().id())),
      document.createTextNode(" — " + e.data("kind") + ", weight " + e.data("weight") + dates));
  });
  claimgraph.cy = cy;
}

function link(text, href) {
  const a = document.createElement("a");
  a.href = href;
  a.textContent = text;
  return a;
}

// ---------------------------------------------------------------- timeline of numeric claims

const NUMERIC_CLAIMS = `
PREFIX cg:     <https://w3id.org/claimgraph/ontology#>
PREFIX rdfs:   <http://www.w3.org/2000/01/rdf-schema#>
PREFIX nif:    <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
SELECT ?assertion ?date ?claimant ?figure ?counted ?factuality WHERE {
  ?assertion a cg:Assertion ; cg:quantity ?q ; cg:statementDate ?date .
  FILTER NOT EXISTS { ?assertion cg:inComment true }
  ?q nif:anchorOf ?figure .
  OPTIONAL { ?q cg:counted ?counted }
  OPTIONAL { ?assertion cg:source/rdfs:label ?sourceLabel }
  OPTIONAL { ?assertion cg:sourceSpan/nif:anchorOf ?sourceText }
  OPTIONAL { SELECT ?assertion (GROUP_CONCAT(?mark; separator=", ") AS ?factuality)
             WHERE { VALUES (?property ?hedge ?mark) { (cg:polarity cg:Negative "negative") (cg:certainty cg:Probable "probable")
                                                       (cg:certainty cg:Possible "possible") (cg:reportTime cg:Future "future") }
                     ?assertion ?property ?hedge }
             GROUP BY ?assertion }
  BIND (COALESCE(?sourceLabel, ?sourceText, "unknown") AS ?claimant)
} ORDER BY ?date`;

/** An ISO date of any precision (YYYY, YYYY-MM, YYYY-MM-DD) as a time in ms. */
function isoTime(iso) {
  const [y, m, d] = iso.split("-").map(Number);
  return Date.UTC(y, (m || 1) - 1, d || 1);
}

async function startTimeline() {
  const box = document.getElementById("timeline");
  const rows = (await select(NUMERIC_CLAIMS)).filter((r) => /^\d{4}(-\d\d){0,2}$/.test(r.date));
  if (rows.length === 0) {
    box.textContent = "No dated numeric claims in the store.";
    claimgraph.timelinePoints = 0;
    return;
  }
  const claimants = [...new Set(rows.map((r) => r.claimant))].sort();
  const times = rows.map((r) => isoTime(r.date));
  let t0 = Math.min(...times), t1 = Math.max(...times);
  if (t0 === t1) { t0 -= 15 * 864e5; t1 += 15 * 864e5; }
  const left = 180, right = 40, lane = 34, top = 30, width = Math.max(700, box.clientWidth - 20);
  const height = top + lane * claimants.length + 30;
  const x = (t) => left + ((t - t0) / (t1 - t0)) * (width - left - right);
  const ns = "http://www.w3.org/2000/svg";
  const el = (name, attrs, text) => {
    const e = document.createElementNS(ns, name);
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
    if (text !== undefined) e.textContent = text;
    return e;
  };
  const svg = el("svg", { width, height, viewBox: `0 0 ${width} ${height}`, role: "img", "aria-label": "Timeline of numeric claims" });
  claimants.forEach((c, i) => {
    const y = top + lane * i + lane / 2;
    svg.append(el("line", { class: "lane", x1: left, x2: width - right, y1: y, y2: y }));
    svg.append(el("text", { x: left - 8, y: y + 4, "text-anchor": "end" }, c.length > 26 ? c.slice(0, 25) + "…" : c));
  });
  const axis = el("g", { class: "axis" });
  // Year ticks over long spans, month ticks over short ones.
  const monthly = t1 - t0 < 2 * 365 * 864e5;
  const start = new Date(t0);
  let tick = Date.UTC(start.getUTCFullYear(), monthly ? start.getUTCMonth() : 0, 1);
  const years = new Date(t1).getUTCFullYear() - start.getUTCFullYear() + 1;
  const yearStep = Math.max(1, Math.ceil(years / 10));
  for (; tick <= t1; ) {
    if (tick >= t0) {
      const d = new Date(tick);
      axis.append(el("line", { x1: x(tick), x2: x(tick), y1: top - 8, y2: height - 24, stroke: "#eee" }));
      axis.append(el("text", { x: x(tick), y: height - 8, "text-anchor": "middle" },
        monthly ? d.toISOString().slice(0, 7) : String(d.getUTCFullYear())));
    }
    const d = new Date(tick);
    tick = monthly ? Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1) : Date.UTC(d.getUTCFullYear() + yearStep, 0, 1);
  }
  svg.prepend(axis);
  rows.forEach((r) => {
    const y = top + lane * claimants.indexOf(r.claimant) + lane / 2;
    const a = el("a", { href: pageHref(r.assertion) });
    // a negated, uncertain or future report ("did not say", "may", "will tell") is drawn hollow and says so
    const dot = el("circle", { cx: x(isoTime(r.date)), cy: y, r: 6, class: r.factuality ? "claim hedged" : "claim" });
    dot.append(el("title", {}, `${r.claimant}, ${r.date}: ${r.figure}${r.counted ? " " + r.counted : ""}`
      + (r.factuality ? ` (${r.factuality})` : "")));
    a.append(dot, el("text", { x: x(isoTime(r.date)) + 8, y: y - 6 }, r.figure));
    svg.append(a);
  });
  box.replaceChildren(svg);
  claimgraph.timelinePoints = rows.length;
}

Promise.allSettled([startEditor(), startNetwork(), startTimeline()]).then((results) => {
  claimgraph.errors = results.filter((r) => r.status === "rejected").map((r) => String(r.reason));
  claimgraph.errors.forEach((e) => console.error(e));
  claimgraph.ready = true;
});
