// claimgraph's browser page: the actor network, conflicting figures, the timeline of numeric claims
// and the SPARQL editor with the query library. Every part is served by this server (libraries from
// npm, inside the jar); nothing is fetched from elsewhere. window.claimgraph tells tests (and the
// curious) what each part drew once `ready` is true.
import { startEditor } from "./editor.js";
import { startFigures } from "./figures.js";
import { startNetwork } from "./network.js";
import { startTimeline } from "./timeline.js";

const state = (window.claimgraph = { ready: false });

Promise.allSettled([startNetwork(state), startFigures(state), startTimeline(state), startEditor(state)]).then((results) => {
  state.errors = results.filter((r) => r.status === "rejected").map((r) => String(r.reason && r.reason.stack || r.reason));
  state.errors.forEach((e) => console.error(e));
  state.ready = true;
});
