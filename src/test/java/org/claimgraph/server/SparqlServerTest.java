package org.claimgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.claimgraph.TestData;
import org.claimgraph.doc.Document;
import org.claimgraph.pipeline.Pipeline;
import org.claimgraph.reader.DocumentReader;
import org.claimgraph.reader.Input;
import org.claimgraph.store.GraphStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real Fuseki on a free port over a real TDB2 database, queried over HTTP. */
class SparqlServerTest {
    @TempDir
    static Path dir;
    static GraphStore store;
    static SparqlServer server;
    static String documentIri;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        store = GraphStore.open(dir.resolve("tdb2"));
        Pipeline pipeline = Pipeline.standard();
        DocumentReader reader = new DocumentReader();
        for (String seed : new String[] {"000", "004"}) {
            Path p = TestData.seed(seed);
            Document doc = pipeline.process(reader.read(new Input(p.toString(), p)));
            store.put(doc);
            documentIri = doc.id();
        }
        server = SparqlServer.start(store.dataset(), 0, true, 5000);
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    private static String endpoint() { return "http://127.0.0.1:" + server.port() + SparqlServer.DATASET; }

    @Test
    void queryOverGetAndPostSeesTheUnionOfDocumentGraphs() throws Exception {
        String q = "PREFIX cg: <https://w3id.org/claimgraph/ontology#> SELECT (COUNT(?d) AS ?n) WHERE { ?d a cg:Document }";
        HttpResponse<String> get = HTTP.send(HttpRequest.newBuilder(URI.create(endpoint() + "/sparql?query="
                + URLEncoder.encode(q, StandardCharsets.UTF_8))).header("Accept", "application/sparql-results+json").build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, get.statusCode());
        JsonNode json = new ObjectMapper().readTree(get.body());
        assertEquals(2, json.at("/results/bindings/0/n/value").asInt(), get.body());

        HttpResponse<String> post = HTTP.send(HttpRequest.newBuilder(URI.create(endpoint() + "/sparql"))
                .header("Content-Type", "application/sparql-query").header("Accept", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(q)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, post.statusCode());
        assertTrue(post.body().contains("2"), post.body());
    }

    @Test
    void updatesAreRefused() throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(endpoint() + "/update"))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString("CLEAR ALL")).build(), HttpResponse.BodyHandlers.ofString());
        assertNotEquals(200, r.statusCode());
        assertNotEquals(204, r.statusCode());
        HttpResponse<String> viaQuery = HTTP.send(HttpRequest.newBuilder(URI.create(endpoint() + "/sparql"))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString("CLEAR ALL")).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(viaQuery.statusCode() >= 400, "update through the query endpoint: " + viaQuery.statusCode());
    }

    @Test
    void graphStoreReadReturnsADocumentGraph() throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(endpoint() + "/get?graph="
                + URLEncoder.encode(documentIri, StandardCharsets.UTF_8)))
                .header("Accept", "application/n-triples").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("https://w3id.org/claimgraph/ontology#Document"));
    }
}
