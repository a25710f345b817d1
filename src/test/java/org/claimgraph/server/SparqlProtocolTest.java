package org.claimgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.vocabulary.RDF;
import org.claimgraph.vocab.CG;
import org.junit.jupiter.api.Test;

/** The SPARQL endpoint over real HTTP: result formats, the union graph, updates, timeouts, CORS, SERVICE, the service description. */
class SparqlProtocolTest extends PublishedStore {

    @Test
    void everyStandardResultFormatOverGetAndPost() throws Exception {
        String q = PREFIXES + "SELECT ?label WHERE { ?a a cg:Person ; rdfs:label ?label } ORDER BY ?label";
        HttpResponse<String> json = get("/claimgraph/sparql?query=" + enc(q), "application/sparql-results+json");
        assertEquals(200, json.statusCode());
        JsonNode bindings = JSON.readTree(json.body()).at("/results/bindings");
        assertEquals(List.of("Jane Doe", "John Roe"), List.of(bindings.get(0).at("/label/value").asText(), bindings.get(1).at("/label/value").asText()));

        HttpResponse<String> xml = post("/claimgraph/sparql", "application/sparql-query", q, "application/sparql-results+xml");
        assertEquals(200, xml.statusCode());
        org.w3c.dom.Document dom = parseXml(xml.body());
        assertEquals("http://www.w3.org/2005/sparql-results#", dom.getDocumentElement().getNamespaceURI());
        assertEquals(2, dom.getElementsByTagNameNS("*", "result").getLength());

        HttpResponse<String> csv = post("/claimgraph/sparql", "application/x-www-form-urlencoded", "query=" + enc(q), "text/csv");
        assertEquals(200, csv.statusCode());
        assertEquals(List.of("label", "Jane Doe", "John Roe"), csv.body().strip().lines().toList());

        HttpResponse<String> tsv = get("/claimgraph/sparql?query=" + enc(q), "text/tab-separated-values");
        assertEquals(200, tsv.statusCode());
        assertEquals(List.of("?label", "\"Jane Doe\"", "\"John Roe\""), tsv.body().strip().lines().toList());
    }

    @Test
    void defaultGraphIsTheUnionAndGraphStoreReadsOneDocument() throws Exception {
        String q = PREFIXES + "SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d a cg:Document }";
        assertEquals("2", get("/claimgraph/sparql?query=" + enc(q), "text/csv").body().strip().lines().toList().get(1));
        HttpResponse<String> gsp = get("/claimgraph/get?graph=" + enc(docA), "application/n-triples");
        assertEquals(200, gsp.statusCode());
        Graph g = parse(gsp.body(), Lang.NTRIPLES);
        assertTrue(g.contains(uri(docA), RDF.type.asNode(), CG.Document.asNode()));
        assertFalse(g.contains(Node.ANY, CG.contentText.asNode(), NodeFactory.createLiteralString("950 families received housing aid in March")),
                "the other document's assertion is not in this graph");
    }

    @Test
    void updateIsRefusedWithoutCredentials() throws Exception {
        HttpResponse<String> r = post("/claimgraph/update", "application/sparql-update", "CLEAR ALL", null);
        assertTrue(r.statusCode() >= 400, "update without credentials: " + r.statusCode());
        HttpResponse<String> viaQuery = post("/claimgraph/sparql", "application/sparql-update", "CLEAR ALL", null);
        assertTrue(viaQuery.statusCode() >= 400, "update through the query endpoint: " + viaQuery.statusCode());
        assertEquals("2", get("/claimgraph/sparql?query=" + enc(PREFIXES + "SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d a cg:Document }"),
                "text/csv").body().strip().lines().toList().get(1));
    }

    @Test
    void updateWithCredentialsNeedsTheRightPasswordAndReachesTheTextIndex() throws Exception {
        try (SparqlServer rw = SparqlServer.start(store.dataset(),
                new SparqlServer.Settings(0, true, TIMEOUT_MS, "editor", "s3cret-pw"))) {
            String endpoint = "http://127.0.0.1:" + rw.port() + "/claimgraph/update";
            String graph = "urn:test:update";
            String insert = PREFIXES + "INSERT DATA { GRAPH <" + graph + "> { <urn:test:actor> a cg:Actor ; rdfs:label \"Quentin Zimmerwald\" } }";
            assertEquals(401, update(endpoint, insert, null).statusCode());
            assertEquals(401, update(endpoint, insert, "editor:wrong").statusCode());
            HttpResponse<String> ok = update(endpoint, insert, "editor:s3cret-pw");
            assertTrue(ok.statusCode() == 200 || ok.statusCode() == 204, "authorised update: " + ok.statusCode() + " " + ok.body());
            try {
                HttpResponse<String> found = get("/claimgraph/sparql?query=" + enc(PREFIXES
                        + "SELECT ?a WHERE { ?a text:query (rdfs:label 'zimmerwald') }"), "text/csv");
                assertEquals(List.of("a", "urn:test:actor"), found.body().strip().lines().toList());
            } finally {
                update(endpoint, "DROP GRAPH <" + graph + ">", "editor:s3cret-pw");
            }
            assertEquals(List.of("a"), get("/claimgraph/sparql?query=" + enc(PREFIXES
                    + "SELECT ?a WHERE { ?a text:query (rdfs:label 'zimmerwald') }"), "text/csv").body().strip().lines().toList(),
                    "dropping the graph removes it from the text index");
        }
    }

    @Test
    void timeoutEndsARunawayQuery() throws Exception {
        String explosive = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n0 ?o }";
        long t0 = System.nanoTime();
        HttpResponse<String> r = get("/claimgraph/sparql?query=" + enc(explosive), "application/sparql-results+json");
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(r.statusCode() >= 400, "a runaway query must fail, got " + r.statusCode());
        assertTrue(ms < TIMEOUT_MS + 4000, "ended after " + ms + " ms with a " + TIMEOUT_MS + " ms timeout");
    }

    @Test
    void corsHeadersAnswerAnotherOrigin() throws Exception {
        String q = "SELECT * WHERE { ?s ?p ?o } LIMIT 1";
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base() + "/claimgraph/sparql?query=" + enc(q)))
                .header("Origin", "http://analyst.example").header("Accept", "application/sparql-results+json").build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
        String allowed = r.headers().firstValue("Access-Control-Allow-Origin").orElse(null);
        assertTrue("*".equals(allowed) || "http://analyst.example".equals(allowed), "Access-Control-Allow-Origin: " + allowed);
        HttpResponse<String> preflight = HTTP.send(HttpRequest.newBuilder(URI.create(base() + "/claimgraph/sparql"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "http://analyst.example").header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "Content-Type").build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(preflight.headers().firstValue("Access-Control-Allow-Methods").orElse("").contains("POST"), preflight.headers().toString());
    }

    @Test
    void serviceToAnotherHostIsRefusedWithoutConnecting() throws Exception {
        try (ServerSocket remote = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            remote.setSoTimeout(300);
            String q = "SELECT * WHERE { SERVICE <http://127.0.0.1:" + remote.getLocalPort() + "/sparql> { ?s ?p ?o } }";
            long t0 = System.nanoTime();
            HttpResponse<String> r = get("/claimgraph/sparql?query=" + enc(q), "application/sparql-results+json");
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertTrue(r.statusCode() >= 400, "SERVICE must be refused, got " + r.statusCode() + " " + r.body());
            assertTrue(ms < 3000, "refused after " + ms + " ms");
            assertThrows(SocketTimeoutException.class, remote::accept, "the server must not connect to the SERVICE host");
        }
    }

    @Test
    void serviceDescriptionAndVoidCountTheStore() throws Exception {
        HttpResponse<String> sd = get("/claimgraph/sparql", "text/turtle");
        assertEquals(200, sd.statusCode());
        Graph sdg = parse(sd.body(), Lang.TURTLE);
        String sdNs = DatasetDescription.SD;
        assertTrue(sdg.contains(Node.ANY, uri(sdNs + "endpoint"), uri(base() + "/claimgraph/sparql")), sd.body());
        assertTrue(sdg.contains(Node.ANY, uri(sdNs + "feature"), uri(sdNs + "UnionDefaultGraph")));
        assertTrue(sdg.contains(Node.ANY, uri(sdNs + "resultFormat"), uri(DatasetDescription.FORMATS + "SPARQL_Results_CSV")));

        HttpResponse<String> v = get("/.well-known/void", null);
        assertEquals(303, v.statusCode());
        HttpResponse<String> voidr = get(v.headers().firstValue("Location").orElseThrow(), "application/n-triples");
        assertEquals(200, voidr.statusCode());
        Graph g = parse(voidr.body(), Lang.NTRIPLES);
        Node ds = DatasetDescription.datasetNode(base());
        String vd = DatasetDescription.VOID;
        assertEquals(2, intObject(g, ds, uri(vd + "documents")));
        long triples = Long.parseLong(get("/claimgraph/sparql?query=" + enc("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"), "text/csv")
                .body().strip().lines().toList().get(1));
        assertEquals(triples, intObject(g, ds, uri(vd + "triples")));
        assertEquals(4, partition(g, ds, CG.Actor.asNode()));
        assertEquals(4, partition(g, ds, CG.Assertion.asNode()));
        assertEquals(2, partition(g, ds, CG.Document.asNode()));
    }

}
