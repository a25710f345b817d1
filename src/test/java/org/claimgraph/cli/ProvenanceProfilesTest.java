package org.claimgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.claimgraph.TestData;
import org.claimgraph.doc.Iris;
import org.claimgraph.queries.QueryLibrary;
import org.claimgraph.rdf.Provenance;
import org.claimgraph.server.SparqlServer;
import org.claimgraph.store.GraphStore;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seeds ingested by `claimgraph ingest` once with each provenance profile into real TDB2 stores, each
 * served by the real server: the library's queries and the pages give the same answers on both, though the
 * claims store holds no mentions and far fewer quads.
 */
class ProvenanceProfilesTest {
    @TempDir
    static Path dir;
    static final Map<Provenance, GraphStore> STORES = new EnumMap<>(Provenance.class);
    static final Map<Provenance, SparqlServer> SERVERS = new EnumMap<>(Provenance.class);
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final ObjectMapper JSON = new ObjectMapper();
    static final String CG = "PREFIX cg: <https://w3id.org/claimgraph/ontology#> ";

    @BeforeAll
    static void ingestAndServe() {
        for (Provenance p : Provenance.values()) {
            Path db = dir.resolve(p.name());
            CliRun run = CliRun.of("ingest", "--db", db.toString(), "--provenance", p.name().toLowerCase(), TestData.seeds().toString());
            assertEquals(0, run.status(), run.err());
            GraphStore store = GraphStore.open(db);
            STORES.put(p, store);
            SERVERS.put(p, SparqlServer.start(store.dataset(), 0, true, 30_000));
        }
    }

    @AfterAll
    static void stop() {
        SERVERS.values().forEach(SparqlServer::close);
        STORES.values().forEach(GraphStore::close);
    }

    static HttpResponse<String> get(Provenance p, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + SERVERS.get(p).port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The rows of a SELECT over HTTP, each as its JSON text, sorted: rows tied in the query's order may come in either order. */
    static List<String> select(Provenance p, String query) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + SERVERS.get(p).port() + "/claimgraph/sparql"))
                .header("Content-Type", "application/sparql-query").header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString(query)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        List<String> rows = new ArrayList<>();
        JSON.readTree(r.body()).at("/results/bindings").forEach(b -> rows.add(b.toString()));
        rows.sort(null);
        return rows;
    }

    static String one(Provenance p, String query) throws Exception {
        return JSON.readTree(select(p, query).get(0)).at("/n/value").asText();
    }

    @Test
    void claimsKeepAssertionsAndActorsWithoutMentionsInUnderHalfTheQuads() throws Exception {
        long full = Long.parseLong(one(Provenance.FULL, "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }"));
        long claims = Long.parseLong(one(Provenance.CLAIMS, "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }"));
        assertTrue(claims * 2 < full, "claims " + claims + " quads, full " + full);
        assertEquals("0", one(Provenance.CLAIMS, CG + "SELECT (COUNT(*) AS ?n) { ?m a cg:Mention }"));
        assertFalse("0".equals(one(Provenance.FULL, CG + "SELECT (COUNT(*) AS ?n) { ?m a cg:Mention }")));
        for (String kind : List.of("cg:Assertion", "cg:Actor", "cg:Quantity", "cg:Role", "cg:Document")) {
            String count = CG + "SELECT (COUNT(DISTINCT ?x) AS ?n) { ?x a " + kind + " }";
            assertEquals(one(Provenance.FULL, count), one(Provenance.CLAIMS, count), kind);
        }
        // every assertion still traces to its document and to its sentence's offsets in the document's text
        String traced = CG + "PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> "
                + "SELECT (COUNT(?a) AS ?n) { GRAPH ?d { ?a a cg:Assertion ; cg:sentence ?s . ?s a cg:Sentence ; nif:beginIndex ?b ; nif:endIndex ?e ."
                + " ?d nif:isString ?text FILTER (?e <= STRLEN(?text)) } }";
        assertEquals(one(Provenance.FULL, CG + "SELECT (COUNT(?a) AS ?n) { ?a a cg:Assertion }"), one(Provenance.CLAIMS, traced));
    }

    @Test
    void everyLibraryQueryGivesTheSameRowsOnBothProfiles() throws Exception {
        List<QueryLibrary.Named> library = QueryLibrary.load(TestData.queries());
        assertFalse(library.isEmpty());
        for (QueryLibrary.Named q : library) {
            List<String> full = select(Provenance.FULL, q.text());
            assertFalse(full.isEmpty(), q.name() + " has rows on the seeds");
            assertEquals(full, select(Provenance.CLAIMS, q.text()), q.name());
        }
    }

    @Test
    void theTimelinesQueryGivesTheSameFigures() throws Exception {
        String js = get(Provenance.CLAIMS, "/claimgraph/ui/js/timeline.js").body();
        Matcher m = Pattern.compile("const NUMERIC_CLAIMS = `(.*?)`;", Pattern.DOTALL).matcher(js);
        assertTrue(m.find(), "the timeline's query in timeline.js");
        List<String> full = select(Provenance.FULL, m.group(1));
        assertFalse(full.isEmpty());
        assertEquals(full, select(Provenance.CLAIMS, m.group(1)));
    }

    /** The actor with the most assertions on the seeds. */
    static String busiestActor() throws Exception {
        String row = select(Provenance.FULL, CG + "SELECT ?actor (COUNT(?a) AS ?n) { ?a cg:source ?actor } GROUP BY ?actor ORDER BY DESC(?n) ?actor LIMIT 1").get(0);
        return JSON.readTree(row).at("/actor/value").asText();
    }

    static Document page(Provenance p, String iri) throws Exception {
        HttpResponse<String> r = get(p, "/page/" + iri.substring(Iris.BASE.length()));
        assertEquals(200, r.statusCode(), p + " " + iri);
        return Jsoup.parse(r.body());
    }

    /** Each assertion of a page as it shows: its text, with the words of its sentence. */
    static List<String> assertions(Document page) {
        return page.select("li.assertion").stream().map(Element::text).toList();
    }

    @Test
    void actorAndDocumentPagesShowTheSameAssertionsWithTheirSentences() throws Exception {
        String actor = busiestActor();
        Document full = page(Provenance.FULL, actor), claims = page(Provenance.CLAIMS, actor);
        assertFalse(assertions(full).isEmpty(), actor);
        assertEquals(assertions(full), assertions(claims), "the sentences are sliced from the document's text");
        for (Element s : claims.select("li.assertion span.sentence")) assertFalse(s.text().isEmpty(), s.parent().text());

        String link = claims.selectFirst("a.sentence-link").attr("href");
        String[] target = link.split("#");
        Document doc = Jsoup.parse(get(Provenance.CLAIMS, target[0]).body());
        assertEquals(200, get(Provenance.CLAIMS, target[0]).statusCode());
        assertNotNull(doc.getElementById(target[1]), "the document page anchors the assertion's sentence " + target[1]);
        Document fullDoc = Jsoup.parse(get(Provenance.FULL, target[0]).body());
        assertFalse(assertions(fullDoc).isEmpty());
        assertEquals(assertions(fullDoc), assertions(doc));
        assertEquals(fullDoc.selectFirst("div.text").text(), doc.selectFirst("div.text").text(), "the document's text");

        String assertion = Iris.BASE + claims.select("li.assertion .evidence a").last().attr("href").substring("/page/".length());
        String quote = page(Provenance.CLAIMS, assertion).selectFirst("blockquote.sentence").text();
        assertFalse(quote.isEmpty(), "the assertion page quotes its sentence");
        assertEquals(page(Provenance.FULL, assertion).selectFirst("blockquote.sentence").text(), quote);
    }

    @Test
    void searchFindsTheSameActorsAndAssertions() throws Exception {
        String label = JSON.readTree(select(Provenance.FULL, "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> SELECT ?l { <"
                + busiestActor() + "> rdfs:label ?l } LIMIT 1").get(0)).at("/l/value").asText();
        String path = "/search?q=" + URLEncoder.encode(label, StandardCharsets.UTF_8);
        HttpResponse<String> full = get(Provenance.FULL, path), claims = get(Provenance.CLAIMS, path);
        assertEquals(200, claims.statusCode());
        List<String> found = Jsoup.parse(full.body()).select("ol.results li, ul.results li").eachText();
        assertFalse(found.isEmpty(), label);
        assertEquals(found, Jsoup.parse(claims.body()).select("ol.results li, ul.results li").eachText());
    }
}
