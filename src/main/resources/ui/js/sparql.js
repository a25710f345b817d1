// Talking to this server: SPARQL SELECT over HTTP, the query library, and page links for IRIs.
export const ENDPOINT = location.origin + "/claimgraph/sparql";
const ID_BASE = "https://w3id.org/claimgraph/id/";

/** The server's HTML page for one of its IRIs (actor, assertion, sentence as document#char=s,e). */
export function pageHref(iri) {
  return iri.startsWith(ID_BASE) ? "/page/" + iri.substring(ID_BASE.length) : iri;
}

/** Runs a SELECT and returns its rows as plain objects of strings. */
export async function select(query) {
  const response = await fetch(ENDPOINT, {
    method: "POST",
    headers: { "Content-Type": "application/sparql-query", Accept: "application/sparql-results+json" },
    body: query,
  });
  if (!response.ok) throw new Error("SPARQL " + response.status + ": " + (await response.text()));
  const json = await response.json();
  return json.results.bindings.map((b) => Object.fromEntries(Object.entries(b).map(([k, v]) => [k, v.value])));
}

let library;
/** The analysts' query library (queries/*.rq): [{name, title, description, parameters, query}]. */
export function queryLibrary() {
  library ??= fetch("queries.json").then((r) => r.json());
  return library;
}

export async function libraryQuery(name) {
  const q = (await queryLibrary()).find((entry) => entry.name === name);
  if (!q) throw new Error("the query library has no " + name + ".rq");
  return q.query;
}

/** The query with ?variable bound to a string, as the library's headers say: VALUES opens the WHERE clause. */
export function bindString(query, variable, value) {
  return query.replace(/WHERE\s*\{/i, (m) => `${m}\n  VALUES ?${variable} { ${JSON.stringify(value)} }`);
}

/** An ISO date of any precision (YYYY, YYYY-MM, YYYY-MM-DD) as a time in ms; NaN for anything else. */
export function isoTime(iso) {
  if (!/^\d{4}(-\d\d){0,2}$/.test(iso || "")) return NaN;
  const [y, m, d] = iso.split("-").map(Number);
  return Date.UTC(y, (m || 1) - 1, d || 1);
}

export function link(text, href) {
  const a = document.createElement("a");
  a.href = href;
  a.textContent = text;
  return a;
}
