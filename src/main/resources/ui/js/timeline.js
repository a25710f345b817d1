// The timeline of numeric claims: one lane per claimant, each figure at its statement date, its
// label packed into rows so no label prints over another; undated figures are counted, not drawn.
import { FONT, el, packRows, shorten, textWidth, timeAxis, timeTicks } from "./svg.js";
import { isoTime, pageHref, select } from "./sparql.js";

const NUMERIC_CLAIMS = `
PREFIX cg:     <https://w3id.org/claimgraph/ontology#>
PREFIX rdfs:   <http://www.w3.org/2000/01/rdf-schema#>
PREFIX nif:    <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
SELECT ?assertion ?date ?claimant ?figure ?counted ?factuality WHERE {
  ?assertion a cg:Assertion ; cg:quantity ?q .
  FILTER NOT EXISTS { ?assertion cg:inComment true }
  ?q nif:anchorOf ?figure .
  OPTIONAL { ?assertion cg:statementDate ?d }
  OPTIONAL { ?q cg:counted ?counted }
  OPTIONAL { ?assertion cg:source/rdfs:label ?sourceLabel }
  OPTIONAL { ?assertion cg:sourceSpan/nif:anchorOf ?sourceText }
  OPTIONAL { SELECT ?assertion (GROUP_CONCAT(?mark; separator=", ") AS ?factuality)
             WHERE { VALUES (?property ?hedge ?mark) { (cg:polarity cg:Negative "negative") (cg:certainty cg:Probable "probable")
                                                       (cg:certainty cg:Possible "possible") (cg:reportTime cg:Future "future") }
                     ?assertion ?property ?hedge }
             GROUP BY ?assertion }
  BIND (STR(?d) AS ?date)
  BIND (COALESCE(?sourceLabel, ?sourceText, "unknown") AS ?claimant)
} ORDER BY ?date`;

const LANE_LABEL = 220, RIGHT = 24, TOP = 12, LINE = 16, DOT_ROW = 18;

/** The text, cut with an ellipsis to fit a width in the lane names' bold font. */
function fit(text, width) {
  let n = text.length;
  while (n > 4 && textWidth(shorten(text, n), "600 " + FONT) > width) n--;
  return shorten(text, n);
}

export async function startTimeline(state) {
  const box = document.getElementById("timeline");
  const note = document.getElementById("timeline-note");
  const all = await select(NUMERIC_CLAIMS);
  const rows = all.filter((r) => !Number.isNaN(isoTime(r.date)));
  const undated = all.length - rows.length;
  note.textContent = `${rows.length} dated figure${rows.length === 1 ? "" : "s"} drawn; ${undated} left out for want of a statement date`
    + (undated ? " (the figures view above and the numeric-claims query list them)." : ".");
  state.timelinePoints = rows.length;
  if (rows.length === 0) {
    box.replaceChildren();
    return;
  }
  const width = Math.max(700, box.clientWidth - 2);
  const times = rows.map((r) => isoTime(r.date));
  let t0 = Math.min(...times), t1 = Math.max(...times);
  const pad = Math.max(15 * 864e5, (t1 - t0) * 0.03);
  t0 -= pad; t1 += pad;
  const x = (t) => LANE_LABEL + ((t - t0) / (t1 - t0)) * (width - LANE_LABEL - RIGHT);

  const claimants = [...new Set(rows.map((r) => r.claimant))].sort((a, b) => a.localeCompare(b));
  const svg = el("svg", { width, role: "img", "aria-label": "Timeline of numeric claims by claimant" });
  let y = TOP;
  for (const claimant of claimants) {
    const lane = rows.filter((r) => r.claimant === claimant)
      .map((r) => ({ r, cx: x(isoTime(r.date)), text: r.figure }))
      .sort((a, b) => a.cx - b.cx);
    // A label starts at its dot, or ends there when it would run past the panel's right edge.
    for (const p of lane) {
      p.w = textWidth(p.text);
      p.start = p.cx + p.w + 10 > width - 4 ? p.cx - p.w - 8 : p.cx + 8;
    }
    const order = [...lane].sort((a, b) => a.start - b.start);
    const labelRows = packRows(order.map((p) => ({ start: p.start, width: p.w })));
    order.forEach((p, i) => (p.row = labelRows[i]));
    const height = DOT_ROW + LINE * (Math.max(0, ...labelRows) + 1) + 8;
    const dotY = y + height - DOT_ROW / 2 - 4;
    svg.append(el("line", { class: "lane", x1: LANE_LABEL, x2: width - RIGHT, y1: dotY, y2: dotY }));
    const name = el("text", { x: LANE_LABEL - 10, y: dotY + 4, "text-anchor": "end", class: "claimant" }, fit(claimant, LANE_LABEL - 16));
    name.append(el("title", {}, claimant));
    svg.append(name);
    for (const p of lane) {
      const a = el("a", { href: pageHref(p.r.assertion) });
      // a negated, uncertain or future report ("did not say", "may", "will tell") is drawn hollow and says so
      const dot = el("circle", { cx: p.cx, cy: dotY, r: 6, class: p.r.factuality ? "claim hedged" : "claim" });
      dot.append(el("title", {}, `${claimant}, ${p.r.date}: ${p.r.figure}` + (p.r.factuality ? ` (${p.r.factuality})` : "")));
      const ly = dotY - 12 - LINE * p.row;
      if (p.row > 0) a.append(el("line", { class: "leader", x1: p.cx, x2: p.cx, y1: dotY - 6, y2: ly + 3 }));
      a.append(dot, el("text", { x: p.start, y: ly, class: "figure-label" }, p.text));
      svg.append(a);
    }
    y += height;
  }
  const axisY = y + 4;
  timeAxis(svg, timeTicks(t0, t1), x, TOP, axisY);
  svg.setAttribute("height", axisY + 24);
  box.replaceChildren(svg);
}
