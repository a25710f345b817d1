// Small SVG drawing helpers shared by the figures view and the timeline: elements, text widths,
// time-axis ticks and label placement that never prints one label over another.
const NS = "http://www.w3.org/2000/svg";
export const FONT = "12px system-ui, sans-serif";

export function el(name, attrs = {}, text) {
  const e = document.createElementNS(NS, name);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  if (text !== undefined) e.textContent = text;
  return e;
}

const measure = document.createElement("canvas").getContext("2d");
/** Width in px of a text in the charts' font (set in site.css to the same FONT). */
export function textWidth(text, font = FONT) {
  measure.font = font;
  return measure.measureText(text).width;
}

export function shorten(text, max) {
  return text.length > max ? text.slice(0, max - 1) + "…" : text;
}

const DAY = 864e5;
/** Ticks for a time axis from t0 to t1: years over long spans, months over shorter, days over weeks. */
export function timeTicks(t0, t1, maxTicks = 10) {
  const span = t1 - t0;
  const ticks = [];
  const start = new Date(t0);
  if (span > 2 * 365 * DAY) {
    const years = new Date(t1).getUTCFullYear() - start.getUTCFullYear() + 1;
    const step = Math.max(1, Math.ceil(years / maxTicks));
    for (let y = start.getUTCFullYear(); Date.UTC(y, 0, 1) <= t1; y += step) {
      if (Date.UTC(y, 0, 1) >= t0) ticks.push({ t: Date.UTC(y, 0, 1), label: String(y) });
    }
  } else if (span > 60 * DAY) {
    const months = Math.round(span / (30.4 * DAY)) + 1;
    const step = Math.max(1, Math.ceil(months / maxTicks));
    for (let m = start.getUTCMonth(), y = start.getUTCFullYear(); Date.UTC(y, m, 1) <= t1; m += step) {
      const t = Date.UTC(y, m, 1);
      if (t >= t0) ticks.push({ t, label: new Date(t).toISOString().slice(0, 7) });
    }
  } else {
    const step = Math.max(1, Math.ceil(span / DAY / maxTicks));
    for (let t = Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), start.getUTCDate()); t <= t1; t += step * DAY) {
      if (t >= t0) ticks.push({ t, label: new Date(t).toISOString().slice(0, 10) });
    }
  }
  return ticks;
}

/** Draws a horizontal time axis: grid lines from y0 to y1 and tick labels under y1. */
export function timeAxis(svg, ticks, x, y0, y1) {
  const g = el("g", { class: "axis" });
  for (const tick of ticks) {
    g.append(el("line", { x1: x(tick.t), x2: x(tick.t), y1: y0, y2: y1, class: "grid" }));
    g.append(el("text", { x: x(tick.t), y: y1 + 16, "text-anchor": "middle" }, tick.label));
  }
  svg.prepend(g);
}

const overlaps = (a, b) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

/**
 * Places labels one after another at the first of their candidate boxes ({x, y, w, h}) that stays
 * inside the bounds and meets no label or obstacle placed before; a label with no free candidate is
 * left out (its mark keeps the text as a tooltip). Returns the chosen box per label, or null.
 */
export function placeLabels(candidatesPerLabel, bounds, obstacles = []) {
  const taken = [...obstacles];
  return candidatesPerLabel.map((candidates) => {
    const box = candidates.find((c) => c.x >= bounds.x && c.y >= bounds.y && c.x + c.w <= bounds.x + bounds.w
      && c.y + c.h <= bounds.y + bounds.h && !taken.some((t) => overlaps(c, t)));
    if (box) taken.push(box);
    return box || null;
  });
}

/**
 * Packs intervals [start, start + width) into rows so that no two in a row meet (with a gap):
 * returns each interval's row number, in the order given.
 */
export function packRows(intervals, gap = 6) {
  const rowEnds = [];
  return intervals.map(({ start, width }) => {
    let row = rowEnds.findIndex((end) => end + gap <= start);
    if (row < 0) row = rowEnds.push(-Infinity) - 1;
    rowEnds[row] = start + width;
    return row;
  });
}
