// The SPARQL editor (YASGUI) with the analysts' query library, one tab per query; the description
// of the selected tab's query is shown with it.
import { ENDPOINT, queryLibrary } from "./sparql.js";

export async function startEditor(state) {
  document.getElementById("endpoint").textContent = ENDPOINT;
  const library = await queryLibrary();
  const yasgui = new Yasgui(document.getElementById("yasgui"), {
    requestConfig: { endpoint: ENDPOINT, method: "POST" },
    copyEndpointOnNewTab: true,
    persistenceId: null,
    populateFromUrl: false,
    endpointCatalogueOptions: { getData: () => [{ endpoint: ENDPOINT }] },
    // Only local autocompletion: the class and property completers would ask services on the internet.
    // No autofocus: the editor is at the bottom, and focusing it would scroll the page there on load.
    autofocus: false,
    yasqe: { autocompleters: ["variables"] },
  });
  // The description of the selected query sits between the tabs and the editor.
  const tabs = document.querySelector("#yasgui .tabsList");
  if (tabs) tabs.after(document.getElementById("query-about"));
  const byName = new Map(library.map((q) => [q.name, q]));
  library.forEach((q, i) => {
    if (i === 0) {
      const first = yasgui.getTab();
      first.setName(q.name);
      first.setQuery(q.query);
    } else {
      yasgui.addTab(false, { name: q.name, yasqe: { value: q.query } });
    }
  });
  const describe = () => {
    const tab = yasgui.getTab();
    const q = tab && byName.get(tab.getName());
    document.getElementById("query-description").textContent = q ? q.description : "Your own query.";
    document.getElementById("query-parameters").textContent = q && q.parameters
      ? `${q.parameters} To bind it, start the WHERE clause with VALUES, as the query's header shows.` : "";
  };
  yasgui.on("tabSelect", () => setTimeout(describe, 0));
  describe();
  state.yasgui = yasgui;
}
