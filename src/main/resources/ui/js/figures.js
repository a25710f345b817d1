// Conflicting figures as a picture: pick a counted thing ("citizens", "fighters") among those
// queries/conflicting-figures.rq finds, and every figure for it from queries/figures-by-counted-thing.rq
// is drawn by claimant (colour) on a time axis (statement date, else the article's publication date,
// else an "undated" column) against its value: ranges as bars, qualifiers marked, each mark a link to
// the sentence it was read from.
import { FONT, el, placeLabels, shorten, textWidth, timeAxis, timeTicks } from "./svg.js";
import { bindString, isoTime, libraryQuery, pageHref, select } from "./sparql.js";

// How the store says a figure is bounded (cg:bound), as the kind of mark drawn for it.
const MARK_KIND = { AtLeast: "lower", AtMost: "upper", Approximately: "approximate", Exactly: "exact" };
const PALETTE = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#17becf", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22"];
const M = { left: 78, right: 20, top: 24, bottom: 40 }, HEIGHT = 440, UNDATED_SHARE = 0.22;

const number = (v) => Number(v).toLocaleString("en-US", { maximumFractionDigits: 2 });

export async function startFigures(state) {
  const choose = document.getElementById("figures-head");
  const conflicts = await select(await libraryQuery("conflicting-figures"));
  if (conflicts.length === 0) {
    document.getElementById("figures").textContent = "No counted thing has two different figures in the store yet.";
    state.figureMarks = 0;
    return;
  }
  choose.replaceChildren(...conflicts.map((r) => {
    const option = new Option(`${r.head} — ${r.figures} different figures, ${number(r.lowest)} to ${number(r.highest)}`, r.head);
    return option;
  }));
  // The counted thing with the most claims first: the richest picture.
  const claims = (r) => r.claims.split(" | ").length;
  choose.value = [...conflicts].sort((a, b) => claims(b) - claims(a))[0].head;
  const show = () => showFigures(state, choose.value);
  choose.addEventListener("change", show);
  document.getElementById("figures-form").addEventListener("submit", (e) => {
    e.preventDefault();
    const typed = document.getElementById("figures-other").value.trim().toLowerCase();
    if (typed) showFigures(state, typed);
  });
  await show();
}

/** Draws every figure for one counted thing; state.figureMarks is the number of marks drawn. */
async function showFigures(state, head) {
  const box = document.getElementById("figures");
  const rows = await select(bindString(await libraryQuery("figures-by-counted-thing"), "head", head));
  if (rows.length === 0) {
    box.textContent = `No figure counts “${head}”.`;
    state.figureMarks = 0;
    state.figureHead = head;
    return;
  }
  const width = Math.max(700, box.clientWidth - 2);
  const claimants = [...new Set(rows.map((r) => r.claimant || "unknown source"))].sort((a, b) => a.localeCompare(b));
  const colour = (c) => PALETTE[claimants.indexOf(c) % PALETTE.length];
  const points = rows.map((r) => {
    const low = Number(r.value ?? r.min ?? r.max), high = Number(r.value ?? r.max ?? r.min);
    return { r, claimant: r.claimant || "unknown source", low, high, time: isoTime(r.date || r.published),
      byPublication: !r.date && !!r.published || r.dateHow === "publication", kind: markKind(r) };
  });

  const svg = el("svg", { width, height: HEIGHT, role: "img", "aria-label": `Figures for ${head} by claimant over time` });
  const y = valueScale(svg, points, width);
  const x = timeScale(svg, points, width);
  const { obstacles, labels } = drawMarks(svg, points, x, y, colour);
  const bounds = { x: M.left, y: 0, w: width - M.left, h: HEIGHT - M.bottom };
  placeLabels(labels.map((l) => l.candidates), bounds, obstacles).forEach((box, i) => {
    if (!box) return;
    const l = labels[i];
    if (Math.abs(box.y + box.h / 2 - l.y) > 4 || Math.abs(box.x - l.x) > 14 && Math.abs(box.x + box.w - l.x) > 14) {
      const ex = box.x > l.x ? box.x - 2 : box.x + box.w + 2;
      svg.append(el("line", { class: "leader", x1: l.x, y1: l.y, x2: ex, y2: box.y + box.h / 2 }));
    }
    svg.append(el("text", { x: box.x, y: box.y + box.h - 3, class: "figure-label" }, l.text));
  });
  const caption = document.createElement("p");
  caption.className = "caption";
  caption.textContent = `Every figure for “${head}”: ${rows.length} from ${claimants.length} claimant${claimants.length === 1 ? "" : "s"}.`;
  box.replaceChildren(caption, svg, legend(claimants, colour, points));
  state.figureMarks = box.querySelectorAll("svg .mark").length;
  state.figureHead = head;
}

/** A store ingested before cg:bound existed has none: its qualified figures are drawn as approximate. */
function markKind(row) {
  return MARK_KIND[row.bound] || (row.qualifier ? "approximate" : "exact");
}

/** The value axis on the left: logarithmic when the figures span more than a factor of 20. */
function valueScale(svg, points, width) {
  const lo = Math.min(...points.map((p) => p.low)), hi = Math.max(...points.map((p) => p.high));
  const log = lo > 0 && hi / lo > 20;
  let v0, v1, ticks;
  if (log) {
    // Bounds and ticks on the 1-2-5 sequence, with room below the lowest and above the highest figure.
    const steps = [];
    for (let d = Math.pow(10, Math.floor(Math.log10(lo * 0.7))); d <= hi * 13; d *= 10) steps.push(d, 2 * d, 5 * d);
    v0 = [...steps].reverse().find((v) => v <= lo * 0.7);
    v1 = steps.find((v) => v >= hi * 1.3);
    ticks = steps.filter((v) => v >= v0 && v <= v1);
    if (ticks.length > 9) ticks = ticks.filter((v) => String(v).startsWith("1"));
  } else {
    const step = niceStep(hi / 5);
    v0 = 0; v1 = Math.ceil((hi * 1.1) / step) * step;
    ticks = [];
    for (let v = 0; v <= v1 + step / 2; v += step) ticks.push(v);
  }
  const span = HEIGHT - M.top - M.bottom;
  const y = log ? (v) => M.top + span * (1 - Math.log(v / v0) / Math.log(v1 / v0)) : (v) => M.top + span * (1 - (v - v0) / (v1 - v0));
  const g = el("g", { class: "axis" });
  for (const t of ticks) {
    g.append(el("line", { x1: M.left, x2: width - M.right, y1: y(t), y2: y(t), class: "grid" }));
    g.append(el("text", { x: M.left - 8, y: y(t) + 4, "text-anchor": "end" }, number(t)));
  }
  g.append(el("text", { x: 12, y: M.top + span / 2, transform: `rotate(-90 12 ${M.top + span / 2})`, "text-anchor": "middle" },
    log ? "figure (log scale)" : "figure"));
  svg.append(g);
  return y;
}

function niceStep(raw) {
  const p = Math.pow(10, Math.floor(Math.log10(raw || 1)));
  return [1, 2, 2.5, 5, 10].map((k) => k * p).find((s) => s >= raw) || 10 * p;
}

/**
 * The time axis: dated figures by date; undated ones in a column of their own on the right, spread
 * by claimant. Sets p.x on every point.
 */
function timeScale(svg, points, width) {
  const dated = points.filter((p) => !Number.isNaN(p.time));
  const undated = points.filter((p) => Number.isNaN(p.time));
  const inner = width - M.left - M.right;
  const datedWidth = undated.length === 0 ? inner : dated.length === 0 ? 0 : inner * (1 - UNDATED_SHARE);
  const base = HEIGHT - M.bottom;
  if (dated.length) {
    let t0 = Math.min(...dated.map((p) => p.time)), t1 = Math.max(...dated.map((p) => p.time));
    const pad = Math.max(20 * 864e5, (t1 - t0) * 0.08);
    t0 -= pad; t1 += pad;
    const x = (t) => M.left + 40 + ((t - t0) / (t1 - t0)) * (datedWidth - 80);
    dated.forEach((p) => (p.x = x(p.time)));
    timeAxis(svg, timeTicks(t0, t1, 8), x, M.top, base);
  }
  if (undated.length) {
    const left = M.left + datedWidth, w = inner - datedWidth;
    const who = [...new Set(undated.map((p) => p.claimant))];
    undated.forEach((p) => (p.x = left + ((who.indexOf(p.claimant) + 0.5) / who.length) * w));
    svg.append(el("rect", { class: "undated", x: left, y: M.top, width: w, height: base - M.top }));
    svg.append(el("text", { class: "axis-note", x: left + w / 2, y: M.top - 8, "text-anchor": "middle" },
      dated.length ? "undated" : "no statement or publication date: one column per claimant"));
    const column = w / who.length;
    who.forEach((c, i) => svg.append(el("text", { class: "axis-note", x: left + (i + 0.5) * column, y: base + 16,
      "text-anchor": "middle" }, shorten(c, Math.max(4, Math.floor(column / 7))))));
  }
  return (p) => p.x;
}

/** One mark per row: a dot for a figure, a bar for a range, an arrow for a bound, a ring for "about". */
function drawMarks(svg, points, x, y, colour) {
  const obstacles = [], labels = [];
  const drawn = [];
  for (const p of points) {
    const c = colour(p.claimant), yl = y(p.low), yh = y(p.high);
    const cx = dodge(x(p), yh - 20, yl + 20, drawn);
    const a = el("a", { href: pageHref(p.r.sentence || p.r.document), class: "mark", "data-kind": p.kind });
    const when = p.r.date ? p.r.date : p.r.published ? `published ${p.r.published}` : "undated";
    a.append(el("title", {}, `${p.claimant}: ${p.r.figure} (${when}) — open the sentence`));
    if (p.low !== p.high) {
      a.append(el("rect", { x: cx - 5, y: yh, width: 10, height: Math.max(2, yl - yh), rx: 3, fill: c, class: "range" }));
    } else {
      a.append(el("circle", { cx, cy: yl, r: 6, fill: p.kind === "approximate" ? "#fff" : c, stroke: c, "stroke-width": 2.5,
        class: p.byPublication ? "by-publication" : "" }));
    }
    if (p.kind === "lower") a.append(el("path", { d: `M${cx - 6},${yh - 9} L${cx},${yh - 19} L${cx + 6},${yh - 9} Z`, fill: c, class: "bound" }));
    if (p.kind === "upper") a.append(el("path", { d: `M${cx - 6},${yl + 9} L${cx},${yl + 19} L${cx + 6},${yl + 9} Z`, fill: c, class: "bound" }));
    svg.append(a);
    const top = p.kind === "lower" ? yh - 20 : yh - 7, bottom = p.kind === "upper" ? yl + 20 : yl + 7;
    obstacles.push({ x: cx - 7, y: top, w: 14, h: bottom - top });
    const text = shorten(`${p.claimant}: ${p.r.figure}`, 60), w = textWidth(text, FONT) + 2, h = 16, mid = (yl + yh) / 2;
    const candidates = [];
    for (const dy of [0, -1, 1, -2, 2, -3, 3, -4, 4, -6, 6]) {
      const ty = mid - h / 2 + dy * h;
      candidates.push({ x: cx + 11, y: ty, w, h }, { x: cx - 11 - w, y: ty, w, h });
    }
    labels.push({ text, candidates, x: cx, y: mid });
  }
  return { obstacles, labels };
}

/** The x nearest to x where a mark spanning [top, bottom] meets none drawn before (side by side). */
function dodge(x, top, bottom, drawn) {
  for (let k = 0; ; k++) {
    const at = x + (k % 2 ? 1 : -1) * Math.ceil(k / 2) * 16;
    if (!drawn.some((d) => Math.abs(d.x - at) < 14 && d.top < bottom && top < d.bottom)) {
      drawn.push({ x: at, top, bottom });
      return at;
    }
  }
}

function legend(claimants, colour, points) {
  const div = document.createElement("div");
  div.className = "legend";
  for (const c of claimants) {
    const n = points.filter((p) => p.claimant === c).length;
    const item = document.createElement("span"), dot = document.createElement("i");
    dot.className = "dot";
    dot.style.background = colour(c);
    item.append(dot, `${c} (${n})`);
    div.append(item);
  }
  const key = document.createElement("span");
  key.className = "key";
  key.textContent = "● a figure  ▮ a range  ▲ more than (a lower bound)  ▼ up to (an upper bound)  ○ about, some, almost;"
    + " a dashed ring: dated by its article's publication — click a mark for its sentence";
  div.append(key);
  return div;
}
