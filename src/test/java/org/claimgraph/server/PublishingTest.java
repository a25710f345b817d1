package org.claimgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.claimgraph.doc.Document;
import org.claimgraph.doc.Iris;
import org.claimgraph.rdf.Vocab;
import org.claimgraph.store.GraphStore;
import org.claimgraph.vocab.CG;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.NodeList;

/** Every publishing feature over real HTTP, on a real Fuseki over a real TDB2 store with its text index. */
class PublishingTest {
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

    // ------------------------------------------------------------------ 1. SPARQL

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

    // ------------------------------------------------------------------ 2. linked data

    @Test
    void actorIriSeesOtherToEachFormatByContentNegotiation() throws Exception {
        String path = "/id/" + NewsFixture.MAYOR.substring(Iris.BASE.length());
        Node mayor = uri(NewsFixture.MAYOR);
        for (Representation r : Representation.RDF) {
            HttpResponse<String> see = get(path, r.mediaType);
            assertEquals(303, see.statusCode(), r.mediaType);
            assertTrue(see.headers().allValues("Vary").toString().contains("Accept"));
            String location = see.headers().firstValue("Location").orElseThrow();
            HttpResponse<String> data = get(location, r.mediaType);
            assertEquals(200, data.statusCode(), location);
            assertTrue(data.headers().firstValue("Content-Type").orElse("").startsWith(r.mediaType), data.headers().toString());
            Graph g = parse(data.body(), switch (r) {
                case TURTLE -> Lang.TURTLE;
                case JSONLD -> Lang.JSONLD;
                case NTRIPLES -> Lang.NTRIPLES;
                default -> Lang.RDFXML;
            });
            assertTrue(g.contains(mayor, RDF.type.asNode(), CG.Person.asNode()), r + ": " + data.body());
            assertTrue(g.contains(mayor, RDFS.label.asNode(), NodeFactory.createLiteralString("Jane Doe")), r.name());
            assertTrue(g.contains(mayor, org.apache.jena.vocabulary.OWL.sameAs.asNode(), uri(NewsFixture.MAYOR_SAME_AS)), r.name());
            assertTrue(g.contains(Node.ANY, Vocab.SCHEMA_ROLE_NAME, NodeFactory.createLiteralString("mayor")), r + ": roles are described");
            assertTrue(g.contains(Node.ANY, CG.source.asNode(), mayor), r + ": the assertions the actor made point at it");
        }
        HttpResponse<String> compact = get("/data/" + NewsFixture.MAYOR.substring(Iris.BASE.length()) + ".jsonld", null);
        JsonNode json = JSON.readTree(compact.body());
        assertTrue(json.has("@context"), "JSON-LD is compacted with claimgraph's context");
        assertTrue(compact.body().contains("\"label\""), compact.body());

        HttpResponse<String> html = get(path, "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        assertEquals(303, html.statusCode());
        assertTrue(html.headers().firstValue("Location").orElseThrow().startsWith("/page/actor/person/"));
        assertEquals(404, get("/id/actor/person/nobody-at-all", "text/turtle").statusCode());
        assertEquals(406, get(path, "image/png").statusCode());
    }

    @Test
    void actorPageListsRolesWhatTheActorSaidAndWhatOthersSaid() throws Exception {
        HttpResponse<String> r = get("/page/" + NewsFixture.MAYOR.substring(Iris.BASE.length()), "text/html");
        assertEquals(200, r.statusCode());
        org.jsoup.nodes.Document page = Jsoup.parse(r.body());
        assertEquals("Jane Doe", page.selectFirst("h1").text());
        assertTrue(page.text().contains("cg:Person"));
        assertNotNull(page.selectFirst("a[href=" + NewsFixture.MAYOR_SAME_AS + "]"), "sameAs link");
        Element roles = page.selectFirst("ul.roles");
        assertTrue(roles.text().contains("mayor in Springfield"), roles.text());

        List<Element> sections = page.select("section");
        Element said = sections.stream().filter(s -> s.selectFirst("h2").text().startsWith("What Jane Doe said")).findFirst().orElseThrow();
        assertEquals(3, said.select("li.assertion").size(), said.text());
        assertTrue(said.text().contains("2024-03-04"), "dates");
        assertTrue(said.text().contains("about 1,200 (people)"), "figures: " + said.text());
        assertNotNull(said.selectFirst("q.content:contains(The council has ignored our neighbourhoods)"), "direct quotes are quoted");
        Element sentenceLink = said.selectFirst("a.sentence-link");
        assertTrue(sentenceLink.attr("href").matches("/page/document/[0-9a-f]{16}#char=\\d+,\\d+"), sentenceLink.attr("href"));
        assertFalse(said.selectFirst("span.sentence").text().isEmpty(), "sentence text via nif:anchorOf");

        Element others = sections.stream().filter(s -> s.selectFirst("h2").text().startsWith("What others said")).findFirst().orElseThrow();
        assertEquals(1, others.select("li.assertion").size());
        assertTrue(others.selectFirst(".speaker").text().contains("John Roe"));
        assertTrue(others.text().contains("800 (people)"));
        assertEquals("reportedly", others.selectFirst(".tag.factuality").text(), "a hedged report is marked as such");
        assertNull(said.selectFirst(".tag.factuality"), "plain reports carry no mark");

        // The sentence link resolves: the document page anchors that sentence.
        String[] target = sentenceLink.attr("href").split("#");
        org.jsoup.nodes.Document doc = Jsoup.parse(get(target[0], "text/html").body());
        Element anchored = doc.getElementById(target[1]);
        assertNotNull(anchored, "document page anchors " + target[1]);
        String[] offsets = target[1].substring("char=".length()).split(",");
        assertEquals(NewsFixture.TEXT_A.substring(Integer.parseInt(offsets[0]), Integer.parseInt(offsets[1])), anchored.text());
        assertNotNull(page.selectFirst("form[action=/search] input[name=q]"), "search box");
    }

    @Test
    void documentIriDescribesTheDocumentWithItsSpans() throws Exception {
        HttpResponse<String> see = get("/id/" + docA.substring(Iris.BASE.length()), "text/turtle");
        assertEquals(303, see.statusCode());
        Graph g = parse(get(see.headers().firstValue("Location").orElseThrow(), "text/turtle").body(), Lang.TURTLE);
        assertTrue(g.contains(uri(docA), RDF.type.asNode(), CG.Document.asNode()));
        List<Node> spans = g.find(Node.ANY, Vocab.NIF_ANCHOR, Node.ANY).mapWith(t -> t.getSubject()).toList();
        assertTrue(spans.size() >= 8, "sentences, mentions, cues, contents: " + spans.size());
        for (Node span : spans) {
            if (!span.getURI().startsWith(docA + "#char=")) continue;
            String[] se = span.getURI().substring((docA + "#char=").length()).split(",");
            String anchor = g.find(span, Vocab.NIF_ANCHOR, Node.ANY).next().getObject().getLiteralLexicalForm();
            assertEquals(NewsFixture.TEXT_A.substring(Integer.parseInt(se[0]), Integer.parseInt(se[1])), anchor);
        }
        String assertion = Iris.assertion(docA, 0);
        Graph a = parse(get("/data/" + assertion.substring(Iris.BASE.length()) + ".nt", null).body(), Lang.NTRIPLES);
        assertTrue(a.contains(uri(assertion), CG.source.asNode(), uri(NewsFixture.MAYOR)));
        assertTrue(a.contains(Node.ANY, Vocab.SCHEMA_VALUE, Node.ANY), "the assertion's quantity is described with it");
        HttpResponse<String> page = get("/page/" + assertion.substring(Iris.BASE.length()), "text/html");
        assertEquals(200, page.statusCode());
        assertTrue(Jsoup.parse(page.body()).selectFirst("blockquote.sentence").text().startsWith("Jane Doe, the mayor"));
    }

    @Test
    void ontologyIsServedAtItsNamespace() throws Exception {
        HttpResponse<String> ttl = get("/ontology", "text/turtle");
        assertEquals(200, ttl.statusCode());
        Graph g = parse(ttl.body(), Lang.TURTLE);
        assertTrue(g.contains(CG.Assertion.asNode(), RDF.type.asNode(), org.apache.jena.vocabulary.OWL.Class.asNode()));
        Graph fromJsonLd = parse(get("/ontology", "application/ld+json").body(), Lang.JSONLD);
        assertEquals(g.size(), fromJsonLd.size());
        assertEquals(g.size(), parse(get("/ontology", "application/rdf+xml").body(), Lang.RDFXML).size());
        org.jsoup.nodes.Document html = Jsoup.parse(get("/ontology", "text/html").body());
        assertNotNull(html.getElementById("Assertion"), "one anchor per term, so ontology#Assertion resolves");
        assertNotNull(html.getElementById("contentText"));
    }

    // ------------------------------------------------------------------ 3. search

    @Test
    void textSearchFindsActorsByNameAndAliasAndAssertionsByContent() throws Exception {
        String byName = PREFIXES + "SELECT DISTINCT ?a WHERE { ?a text:query (rdfs:label 'roe') }";
        assertEquals(List.of("a", NewsFixture.CHAIRMAN), get("/claimgraph/sparql?query=" + enc(byName), "text/csv").body().strip().lines().toList());
        String byAlias = PREFIXES + "SELECT DISTINCT ?a WHERE { ?a text:query 'council' ; a cg:Actor }";
        assertEquals(List.of("a", NewsFixture.COUNCIL), get("/claimgraph/sparql?query=" + enc(byAlias), "text/csv").body().strip().lines().toList());
        String byContent = PREFIXES + "SELECT DISTINCT ?s WHERE { ?a text:query (cg:contentText 'housing') ; cg:source/rdfs:label ?s }";
        assertEquals(List.of("s", "Jane Doe"), get("/claimgraph/sparql?query=" + enc(byContent), "text/csv").body().strip().lines().toList());

        org.jsoup.nodes.Document page = Jsoup.parse(get("/search?q=" + enc("Jane"), "text/html").body());
        List<String> actors = page.select("ul.actors a.actor").eachText();
        assertEquals(List.of("Jane Doe"), actors);
        org.jsoup.nodes.Document content = Jsoup.parse(get("/search?q=" + enc("neighbourhoods ignored"), "text/html").body());
        assertEquals(1, content.select("ol.assertions li").size(), content.text());
        assertEquals(200, get("/search?q=" + enc("a:b (c AND"), "text/html").statusCode(), "query syntax is escaped");
    }

    // ------------------------------------------------------------------ 4. export

    @Test
    void exportOverHttpInEachFormat() throws Exception {
        HttpResponse<String> graphml = get("/claimgraph/export?format=graphml", null);
        assertEquals(200, graphml.statusCode());
        org.w3c.dom.Document gm = parseXml(graphml.body());
        assertEquals("http://graphml.graphdrawing.org/xmlns", gm.getDocumentElement().getNamespaceURI());
        assertEquals(4, gm.getElementsByTagNameNS("*", "node").getLength());
        Set<String> kinds = new HashSet<>();
        NodeList data = gm.getElementsByTagNameNS("*", "data");
        for (int i = 0; i < data.getLength(); i++) {
            org.w3c.dom.Element d = (org.w3c.dom.Element) data.item(i);
            if (d.getAttribute("key").equals("kind")) kinds.add(d.getTextContent());
        }
        assertEquals(Set.of(ActorNetwork.SPEAKS_ABOUT, ActorNetwork.CLAIMS_RELATION, ActorNetwork.HOLDS_ROLE_IN), kinds);

        org.w3c.dom.Document gexf = parseXml(get("/claimgraph/export?format=gexf", null).body());
        assertEquals("http://gexf.net/1.3", gexf.getDocumentElement().getNamespaceURI());
        assertEquals(4, gexf.getElementsByTagNameNS("*", "node").getLength());

        JsonNode cy = JSON.readTree(get("/claimgraph/export?format=cytoscape", null).body());
        JsonNode edges = cy.at("/elements/edges");
        List<String> speaks = new ArrayList<>();
        for (JsonNode e : edges) {
            if (e.at("/data/kind").asText().equals(ActorNetwork.SPEAKS_ABOUT)) {
                speaks.add(e.at("/data/source").asText() + " -> " + e.at("/data/target").asText() + " x" + e.at("/data/weight").asInt());
            }
        }
        assertTrue(speaks.contains(NewsFixture.MAYOR + " -> " + NewsFixture.CITY + " x1"), speaks.toString());
        assertTrue(speaks.contains(NewsFixture.CHAIRMAN + " -> " + NewsFixture.MAYOR + " x1"), speaks.toString());
        JsonNode relation = null;
        for (JsonNode e : edges) if (e.at("/data/kind").asText().equals(ActorNetwork.CLAIMS_RELATION)) relation = e.get("data");
        assertNotNull(relation);
        assertEquals("has ignored", relation.get("label").asText());
        assertEquals(NewsFixture.COUNCIL, relation.get("source").asText());
        assertEquals("2024-03-04", relation.get("first").asText());
        assertEquals(400, get("/claimgraph/export?format=pdf", null).statusCode());
    }

    // ------------------------------------------------------------------ 5. the page's resources

    @Test
    void browserPageAndItsLibrariesAreServedFromTheJar() throws Exception {
        assertEquals(303, get("/", "text/html").statusCode());
        HttpResponse<String> index = get("/claimgraph/ui/", "text/html");
        assertEquals(200, index.statusCode());
        org.jsoup.nodes.Document page = Jsoup.parse(index.body());
        for (Element script : page.select("script[src], link[href]")) {
            String ref = script.hasAttr("src") ? script.attr("src") : script.attr("href");
            assertFalse(ref.startsWith("http") || ref.startsWith("//"), "no internet: " + ref);
            assertEquals(200, get("/claimgraph/ui/" + ref, null).statusCode(), ref);
        }
        JsonNode library = JSON.readTree(get("/claimgraph/ui/queries.json", null).body());
        assertTrue(library.size() >= 4, library.toString());
        for (JsonNode q : library) {
            assertTrue(q.get("query").asText().contains("SELECT"), q.get("name").asText());
            String title = q.get("title").asText(), description = q.get("description").asText();
            assertFalse(title.isEmpty(), q.get("name").asText());
            // The tab's description: the header's opening sentences, without parameters or command lines.
            assertTrue(!description.isEmpty() && title.startsWith(description), description);
            assertFalse(description.contains("Parameter ?") || description.contains("claimgraph query"), description);
            String parameters = q.get("parameters").asText();
            assertEquals(title.contains("Parameter ?"), parameters.startsWith("Parameter ?"), parameters);
            assertFalse(parameters.contains("claimgraph query"), parameters);
        }
        assertEquals(404, get("/claimgraph/ui/../../etc/passwd", null).statusCode());
    }

    // ------------------------------------------------------------------ helpers

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
