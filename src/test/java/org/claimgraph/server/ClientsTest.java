package org.claimgraph.server;

import static org.claimgraph.server.PublishedStore.parse;
import static org.claimgraph.server.PublishedStore.uri;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.claimgraph.PythonClient;
import org.claimgraph.doc.Document;
import org.claimgraph.doc.Iris;
import org.claimgraph.store.GraphStore;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What third-party clients send and expect, over real HTTP on a real Fuseki and TDB2: SPARQLWrapper's
 * format names, media types in any case and by older names, rdflib reading linked data, JSON-LD whose
 * context is fetched from its URL, HEAD, pages that point at their data, URLs behind a TLS proxy.
 */
class ClientsTest {
    @TempDir
    static Path dir;
    static GraphStore store;
    static SparqlServer server;
    static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    static final ObjectMapper JSON = new ObjectMapper();
    static final String MAYOR_PATH = NewsFixture.MAYOR.substring(Iris.BASE.length());

    @BeforeAll
    static void start() {
        store = GraphStore.open(dir.resolve("tdb2"));
        for (Document d : NewsFixture.documents()) store.put(d);
        server = SparqlServer.start(store.dataset(), 0, true, 5000);
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    static String base() { return "http://127.0.0.1:" + server.port(); }

    static HttpResponse<String> send(String method, String path, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + path)).method(method, HttpRequest.BodyPublishers.noBody());
        if (headers.length > 0) b.headers(headers);
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String query(String sparql) { return "/claimgraph/sparql?query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8); }

    static final String CONSTRUCT = "CONSTRUCT { ?a ?p ?o } WHERE { ?a a <https://w3id.org/claimgraph/ontology#Person> ; ?p ?o }";
    static final String SELECT = "SELECT ?a WHERE { ?a a <https://w3id.org/claimgraph/ontology#Person> }";

    @Test
    void formatNamesClientsSendPickTheResultOrRdfFormat() throws Exception {
        record Case(String query, String name, String contentType) {}
        for (Case c : List.of(new Case(CONSTRUCT, "n3", "text/turtle"), new Case(CONSTRUCT, "rdf%2Bxml", "application/rdf+xml"),
                new Case(CONSTRUCT, "rdf", "application/rdf+xml"), new Case(CONSTRUCT, "jsonld", "application/ld+json"),
                new Case(CONSTRUCT, "json-ld", "application/ld+json"), new Case(CONSTRUCT, "nt", "application/n-triples"),
                new Case(CONSTRUCT, "xml", "application/rdf+xml"), new Case(SELECT, "json", "application/sparql-results+json"),
                new Case(SELECT, "xml", "application/sparql-results+xml"), new Case(SELECT, "CSV", "text/csv"))) {
            HttpResponse<String> r = send("GET", query(c.query) + "&format=" + c.name + "&output=" + c.name + "&results=" + c.name);
            assertEquals(200, r.statusCode(), c.name + ": " + r.body());
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(c.contentType), c.name + ": " + r.headers());
        }
    }

    @Test
    void sparqlWrapperGetsEveryFormatItAsksFor() {
        PythonClient.assume("SPARQLWrapper", "python3-sparqlwrapper");
        String out = PythonClient.run("""
                import sys, warnings
                warnings.simplefilter("ignore")
                from SPARQLWrapper import SPARQLWrapper, JSON, XML, N3, TURTLE, RDF, RDFXML, CSV, POST
                def ask(query, fmt, post=False):
                    s = SPARQLWrapper(sys.argv[1])
                    s.setQuery(query)
                    s.setReturnFormat(fmt)
                    if post:
                        s.setMethod(POST)
                    r = s.query()
                    r.convert()
                    return fmt + "=" + r.response.headers["Content-Type"].split(";")[0]
                print(" ".join([ask(sys.argv[2], f) for f in (N3, TURTLE, RDF, RDFXML, XML)]
                               + [ask(sys.argv[3], f) for f in (JSON, XML, CSV)] + [ask(sys.argv[2], N3, post=True)]))
                """, base() + "/claimgraph/sparql", CONSTRUCT, SELECT);
        assertEquals("n3=text/turtle turtle=text/turtle rdf=application/rdf+xml rdf+xml=application/rdf+xml "
                + "xml=application/rdf+xml json=application/sparql-results+json xml=application/sparql-results+xml csv=text/csv "
                + "n3=text/turtle", out, "GET, and POST with the names in the form");
    }

    @Test
    void mediaTypesMatchInAnyCaseAndByTheirOlderNames() throws Exception {
        assertEquals(303, send("GET", "/id/" + MAYOR_PATH, "Accept", "TEXT/TURTLE").statusCode());
        assertEquals(200, send("GET", "/claimgraph/void", "Accept", "Application/N-Triples").statusCode());
        HttpResponse<String> sparql = send("GET", query(SELECT), "Accept", "APPLICATION/SPARQL-RESULTS+JSON");
        assertEquals(200, sparql.statusCode(), sparql.body());
        HttpResponse<String> xTurtle = send("GET", "/data/" + MAYOR_PATH, "Accept", "application/x-turtle");
        assertTrue(xTurtle.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"), xTurtle.headers().toString());
        HttpResponse<String> plain = send("GET", "/id/" + MAYOR_PATH, "Accept", "text/plain");
        assertEquals(303, plain.statusCode());
        assertTrue(plain.headers().firstValue("Location").orElseThrow().endsWith(".nt"), "text/plain is N-Triples");
        assertTrue(send("GET", "/data/" + MAYOR_PATH, "Accept", "*/*").headers().firstValue("Content-Type").orElse("")
                .startsWith("text/turtle"), "anything still gets Turtle");

        PythonClient.assume("rdflib", "python3-rdflib");
        String counts = PythonClient.run("""
                import sys, rdflib
                nt = rdflib.Graph().parse(sys.argv[1], format="nt")
                ttl = rdflib.Graph().parse(sys.argv[1], format="turtle")
                print(len(nt) == len(ttl) and len(nt) > 0)
                """, base() + "/id/" + MAYOR_PATH);
        assertEquals("True", counts, "rdflib asks for N-Triples as text/plain and parses what it gets");
    }

    @Test
    void servedJsonLdNamesItsContextByUrlAndParsersFetchIt() throws Exception {
        HttpResponse<String> context = send("GET", OntologyServlet.CONTEXT_PATH);
        assertEquals(200, context.statusCode());
        assertTrue(context.headers().firstValue("Content-Type").orElse("").startsWith("application/ld+json"));
        assertEquals(1.1, JSON.readTree(context.body()).at("/@context/@version").asDouble(), "a JSON-LD 1.1 context");

        String jsonld = base() + "/data/" + MAYOR_PATH + ".jsonld";
        JsonNode doc = JSON.readTree(send("GET", "/data/" + MAYOR_PATH + ".jsonld").body());
        assertEquals(base() + OntologyServlet.CONTEXT_PATH, doc.get("@context").asText());
        Graph fromJsonLd = RDFParser.source(jsonld).lang(Lang.JSONLD).toGraph();
        Graph fromTurtle = parse(send("GET", "/data/" + MAYOR_PATH + ".ttl").body(), Lang.TURTLE);
        assertTrue(fromTurtle.isIsomorphicWith(fromJsonLd), "Jena's RIOT fetches the context and reads the same graph");

        PythonClient.assume("rdflib", "python3-rdflib");
        String n = PythonClient.run("""
                import sys, rdflib
                print(len(rdflib.Graph().parse(sys.argv[1], format="json-ld")))
                """, jsonld);
        assertEquals(fromTurtle.size(), Integer.parseInt(n), "rdflib fetches the context and reads every triple");
    }

    @Test
    void headIsAnsweredWhereGetIs() throws Exception {
        for (String path : List.of("/claimgraph/sparql", query(SELECT), "/claimgraph/void", "/page/" + MAYOR_PATH)) {
            HttpResponse<String> head = send("HEAD", path);
            assertEquals(200, head.statusCode(), path);
            assertEquals("", head.body(), path);
        }
    }

    @Test
    void pagesLinkTheirDataAndSayTheirLanguage() throws Exception {
        org.jsoup.nodes.Document page = Jsoup.parse(send("GET", "/page/" + MAYOR_PATH, "Accept", "text/html").body());
        assertEquals("en", page.selectFirst("html").attr("lang"));
        for (Representation r : Representation.RDF) {
            Element link = page.selectFirst("head link[rel=alternate][type=" + r.mediaType + "]");
            assertNotNull(link, r.mediaType);
            HttpResponse<String> data = send("GET", link.attr("href"));
            assertEquals(200, data.statusCode(), link.attr("href"));
            assertTrue(data.headers().firstValue("Content-Type").orElse("").startsWith(r.mediaType), link.attr("href"));
        }
        org.jsoup.nodes.Document ontology = Jsoup.parse(send("GET", "/ontology", "Accept", "text/html").body());
        assertEquals("en", ontology.selectFirst("html").attr("lang"));
        assertEquals(4, ontology.select("head link[rel=alternate]").size());
    }

    @Test
    void descriptionsBehindATlsProxyGiveHttpsUrls() throws Exception {
        HttpResponse<String> r = send("GET", "/claimgraph/void", "Accept", "application/n-triples",
                "X-Forwarded-Proto", "https", "X-Forwarded-Host", "graph.example.org");
        Graph g = parse(r.body(), Lang.NTRIPLES);
        Node endpoint = g.find(Node.ANY, uri(DatasetDescription.VOID + "sparqlEndpoint"), Node.ANY).next().getObject();
        assertEquals("https://graph.example.org/claimgraph/sparql", endpoint.getURI());
        HttpResponse<String> direct = send("GET", "/claimgraph/void", "Accept", "application/n-triples");
        assertTrue(direct.body().contains("<" + base() + "/claimgraph/sparql>"), "without a proxy, the server's own URL");
    }

    @Test
    void exportOverHttpTakesTheGexfVersion() throws Exception {
        HttpResponse<String> g12 = send("GET", "/claimgraph/export?format=gexf&gexf-version=1.2draft");
        assertEquals(200, g12.statusCode());
        org.w3c.dom.Document xml = PublishedStore.parseXml(g12.body());
        assertEquals("http://www.gexf.net/1.2draft", xml.getDocumentElement().getNamespaceURI());
        assertEquals("1.2", xml.getDocumentElement().getAttribute("version"));
        assertEquals(400, send("GET", "/claimgraph/export?format=gexf&gexf-version=2.0").statusCode());
    }
}
