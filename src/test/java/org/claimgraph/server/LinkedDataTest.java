package org.claimgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.claimgraph.doc.Document;
import org.claimgraph.doc.Iris;
import org.claimgraph.rdf.Vocab;
import org.claimgraph.vocab.CG;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.w3c.dom.NodeList;

/** What the server publishes besides SPARQL, over real HTTP: actor and document IRIs, pages, the ontology, text search, export, the page. */
class LinkedDataTest extends PublishedStore {

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

}
