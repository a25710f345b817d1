// Spreading the shown part of the actor network over its panel: fCoSE lays out the graph, actors
// whose label boxes still meet are pushed apart, the connected components are packed in shelves to
// the panel's shape (fCoSE's own packing needs another extension, and without it small components
// drift to the edges), then the drawing is fitted.

const GAP = 40;

/** Lays out the visible elements of cy so that, fitted, they fill a panel of the given width/height. */
export function spread(cy, aspect) {
  const visible = cy.elements(":visible");
  const n = visible.nodes().length;
  if (n === 0) return;
  visible.layout({
    name: "fcose", quality: n > 600 ? "draft" : "default", randomize: true, animate: false, fit: false,
    nodeDimensionsIncludeLabels: true, packComponents: false, nodeSeparation: 60,
    idealEdgeLength: () => 60, nodeRepulsion: () => 4500, edgeElasticity: () => 0.45, gravity: 1, gravityRange: 2,
    numIter: n > 600 ? 1200 : 2500,
  }).run();
  separate(visible.nodes());
  packComponents(visible, aspect);
  stretch(visible.nodes(), aspect);
  cy.fit(visible, 24);
}

/** Moves whole components into rows ("shelves") whose overall width/height comes closest to aspect. */
function packComponents(visible, aspect) {
  const parts = visible.components().map((c) => ({ nodes: c.nodes(), box: c.nodes().boundingBox({ includeLabels: true }) }));
  if (parts.length < 2) return;
  parts.sort((a, b) => b.box.h - a.box.h || b.box.w - a.box.w);
  const widest = Math.max(...parts.map((p) => p.box.w));
  const total = parts.reduce((sum, p) => sum + p.box.w + GAP, 0);
  let best = null;
  for (let width = widest; ; width = Math.min(total, width * 1.15)) {
    const placed = shelves(parts, width);
    const score = Math.abs(Math.log(placed.width / placed.height / aspect));
    if (!best || score < best.score) best = { ...placed, score };
    if (width >= total) break;
  }
  visible.cy().batch(() => parts.forEach((p, i) => {
    const dx = best.at[i].x - p.box.x1, dy = best.at[i].y - p.box.y1;
    p.nodes.positions((node) => ({ x: node.position("x") + dx, y: node.position("y") + dy }));
  }));
}

function shelves(parts, width) {
  const at = [];
  let x = 0, y = 0, rowHeight = 0, used = 0;
  for (const p of parts) {
    if (x > 0 && x + p.box.w > width) {
      y += rowHeight + GAP;
      x = 0;
      rowHeight = 0;
    }
    at.push({ x, y });
    x += p.box.w + GAP;
    used = Math.max(used, x - GAP);
    rowHeight = Math.max(rowHeight, p.box.h);
  }
  return { at, width: used, height: y + rowHeight };
}

/**
 * Stretches positions along the short axis towards the panel's shape. Labels keep their size and
 * distances only grow, so nothing is pushed onto anything else.
 */
function stretch(nodes, aspect) {
  const box = nodes.boundingBox({ includeLabels: true });
  const have = box.w / box.h;
  const sx = have < aspect ? Math.min(2.5, aspect / have) : 1, sy = have > aspect ? Math.min(2.5, have / aspect) : 1;
  const cx = box.x1 + box.w / 2, cy = box.y1 + box.h / 2;
  nodes.cy().batch(() => nodes.positions((node) => {
    const p = node.position();
    return { x: cx + (p.x - cx) * sx, y: cy + (p.y - cy) * sy };
  }));
}

/**
 * Pushes apart nodes whose boxes (node and label, with a margin) overlap, each by half the overlap
 * along the axis where it is smaller, until none overlap or the rounds run out. Sweep and prune
 * along x keeps a round near n log n.
 */
function separate(nodes, margin = 8, rounds = 80) {
  const items = nodes.map((node) => {
    const p = node.position(), b = node.boundingBox({ includeLabels: true, includeOverlays: false });
    return { node, x: p.x, y: p.y, l: p.x - b.x1 + margin / 2, r: b.x2 - p.x + margin / 2, t: p.y - b.y1 + margin / 2, b: b.y2 - p.y + margin / 2 };
  });
  for (let round = 0; round < rounds; round++) {
    let moved = false;
    items.sort((a, b) => a.x - a.l - (b.x - b.l));
    for (let i = 0; i < items.length; i++) {
      const a = items[i];
      for (let j = i + 1; j < items.length && items[j].x - items[j].l < a.x + a.r; j++) {
        const b = items[j];
        const ox = Math.min(a.x + a.r, b.x + b.r) - Math.max(a.x - a.l, b.x - b.l);
        const oy = Math.min(a.y + a.b, b.y + b.b) - Math.max(a.y - a.t, b.y - b.t);
        if (ox <= 0 || oy <= 0) continue;
        moved = true;
        if (ox < oy) {
          const s = (ox / 2 + 0.5) * (a.x <= b.x ? 1 : -1);
          a.x -= s; b.x += s;
        } else {
          const s = (oy / 2 + 0.5) * (a.y <= b.y ? 1 : -1);
          a.y -= s; b.y += s;
        }
      }
    }
    if (!moved) break;
  }
  nodes.cy().batch(() => items.forEach((it) => it.node.position({ x: it.x, y: it.y })));
}
