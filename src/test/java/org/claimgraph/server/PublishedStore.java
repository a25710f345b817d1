package org.claimgraph.server;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;

import javax.xml.parsers.DocumentBuilderFactory;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDFS;
import org.claimgraph.doc.Document;
import org.claimgraph.store.GraphStore;
import org.claimgraph.vocab.CG;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real Fuseki over a real TDB2 store with its text index, holding the news fixture, for tests over real
 * HTTP: started once per test class, with the requests and parsers they share.
 */
abstract class PublishedStore {
    static final long TIMEOUT_MS = 1000;
    @TempDir
    static Path dir;
    static GraphStore store;
    static SparqlServer server;
    static String docA;
    static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() {
        store = GraphStore.open(dir.resolve("tdb2"));
        for (Document d : NewsFixture.documents()) store.put(d);
        docA = NewsFixture.articleA().id();
        server = SparqlServer.start(store.dataset(), 0, true, TIMEOUT_MS);
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    static String base() { return "http://127.0.0.1:" + server.port(); }

    static HttpResponse<String> get(String path, String accept) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + path));
        if (accept != null) b.header("Accept", accept);
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String enc(String s) { return URLEncoder.encode(s, StandardCharsets.UTF_8); }

    static final String PREFIXES = "PREFIX cg: <" + CG.NS + "> PREFIX rdfs: <" + RDFS.getURI() + "> "
            + "PREFIX text: <http://jena.apache.org/text#> ";


    static HttpResponse<String> post(String path, String contentType, String body, String accept) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (accept != null) b.header("Accept", accept);
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> update(String endpoint, String update, String userColonPassword) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(endpoint)).header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString(update));
        if (userColonPassword != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(userColonPassword.getBytes(StandardCharsets.UTF_8)));
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static Graph parse(String body, Lang lang) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8))).lang(lang).parse(g);
        return g;
    }

    static org.w3c.dom.Document parseXml(String body) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new org.xml.sax.InputSource(new StringReader(body)));
    }

    static Node uri(String s) { return NodeFactory.createURI(s); }

    static long intObject(Graph g, Node s, Node p) {
        return Long.parseLong(g.find(s, p, Node.ANY).next().getObject().getLiteralLexicalForm());
    }

    static long partition(Graph g, Node ds, Node type) {
        for (var t : g.find(ds, uri(DatasetDescription.VOID + "classPartition"), Node.ANY).toList()) {
            if (g.contains(t.getObject(), uri(DatasetDescription.VOID + "class"), type)) {
                return intObject(g, t.getObject(), uri(DatasetDescription.VOID + "entities"));
            }
        }
        throw new AssertionError("no class partition for " + type);
    }
}
