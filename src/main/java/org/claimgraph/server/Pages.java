package org.claimgraph.server;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.FmtUtils;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.claimgraph.doc.Iris;
import org.claimgraph.rdf.Vocab;
import org.claimgraph.vocab.CG;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The HTML pages for people: an actor page (label, type, other names, sameAs links, roles, what the
 * actor said and what others said about the actor, each with its date, figures, sentence and
 * source document), a generic page for every other IRI but documents ({@link DocumentPage}), search
 * results, and the layout they share. Built with jsoup, so all text is escaped.
 */
final class Pages {
    private final DatasetGraph dataset;
    private final Describer describer;

    Pages(DatasetGraph dataset) {
        this.dataset = dataset;
        this.describer = new Describer(dataset);
    }

    /** The page of a minted IRI other than a document ({@link DocumentPage}); null when the store knows nothing of it. */
    String page(String iri) {
        Graph g = describer.describe(iri);
        if (g.isEmpty()) return null;
        Node s = NodeFactory.createURI(iri);
        if (g.contains(s, RDF.type.asNode(), CG.Actor.asNode())) return actor(s, g);
        return generic(s, g);
    }

    // ------------------------------------------------------------------ actor

    /** ?headline0: the document's headline, else the file name it was read from. */
    private static final String DOCUMENT_NAME = """
            OPTIONAL { ?doc schema:headline ?h0 } OPTIONAL { ?doc cg:inputPath ?p0 }
            BIND (COALESCE(?h0, REPLACE(?p0, "^.*/", "")) AS ?headline0)""";

    private static final String ROLES = """
            SELECT ?role ?name ?doc (SAMPLE(?in0) AS ?in) (SAMPLE(?inLabel0) AS ?inLabel) (SAMPLE(?headline0) AS ?headline)
            WHERE {
              ?actor cg:holdsRole ?role . ?role schema:roleName ?name ; prov:wasDerivedFrom ?doc .
              OPTIONAL { ?role cg:roleIn ?in0 . OPTIONAL { ?in0 rdfs:label ?inLabel0 } }
              """ + DOCUMENT_NAME + """
            } GROUP BY ?role ?name ?doc ORDER BY LCASE(?name)
            """;

    /** Assertions matching {@code %s}, with speaker, date, quote kind, figures, sentence and document. */
    static final String ASSERTIONS = """
            SELECT ?a ?content ?doc
                   (SAMPLE(?date0) AS ?date) (SAMPLE(?kind0) AS ?kind) (SAMPLE(?cue0) AS ?cue)
                   (SAMPLE(?speaker0) AS ?speaker) (SAMPLE(?speakerLabel0) AS ?speakerLabel) (SAMPLE(?speakerText0) AS ?speakerText)
                   (SAMPLE(?sentence0) AS ?sentence) (SAMPLE(?sentenceText0) AS ?sentenceText)
                   (SAMPLE(?sentenceBegin0) AS ?sentenceBegin) (SAMPLE(?sentenceEnd0) AS ?sentenceEnd)
                   (SAMPLE(?headline0) AS ?headline) (SAMPLE(?inComment0) AS ?inComment)
                   (GROUP_CONCAT(DISTINCT ?figure; separator=" · ") AS ?figures)
                   (GROUP_CONCAT(DISTINCT ?mark; separator=", ") AS ?factuality)
            WHERE {
              %s
              ?a cg:contentText ?content ; prov:wasDerivedFrom ?doc .
              OPTIONAL { ?a cg:statementDate ?date0 }
              OPTIONAL { ?a cg:quoteKind ?kind0 }
              OPTIONAL { ?a cg:cue/nif:anchorOf ?cue0 }
              OPTIONAL { ?a cg:source ?speaker0 . OPTIONAL { ?speaker0 rdfs:label ?speakerLabel0 } }
              OPTIONAL { ?a cg:sourceSpan/nif:anchorOf ?speakerText0 }
              # the sentence's words, or with claims provenance its offsets into the document's text
              OPTIONAL { ?a cg:sentence ?sentence0 . OPTIONAL { ?sentence0 nif:anchorOf ?sentenceText0 }
                         OPTIONAL { ?sentence0 nif:beginIndex ?sentenceBegin0 ; nif:endIndex ?sentenceEnd0 } }
              """ + DOCUMENT_NAME + """
              OPTIONAL { ?a cg:inComment ?inComment0 }
              OPTIONAL { VALUES (?property ?hedge ?mark) { (cg:polarity cg:Negative "did not say it") (cg:certainty cg:Probable "reportedly")
                                                           (cg:certainty cg:Possible "possibly") (cg:reportTime cg:Future "yet to say it") }
                         ?a ?property ?hedge }
              OPTIONAL { ?a cg:quantity ?q . ?q nif:anchorOf ?qText . OPTIONAL { ?q cg:counted ?counted }
                         BIND (IF(BOUND(?counted), CONCAT(?qText, " (", ?counted, ")"), ?qText) AS ?figure) }
            } GROUP BY ?a ?content ?doc ORDER BY ?date ?a
            """;

    private String actor(Node s, Graph g) {
        String label = firstLiteral(g, s, RDFS.label.asNode(), s.getURI());
        Page p = new Page(label);
        Element main = p.main;
        main.appendElement("h1").text(label);
        Element facts = main.appendElement("dl").addClass("facts");
        facts.appendElement("dt").text("Type");
        facts.appendElement("dd").text(String.join(", ", types(g, s)));
        List<String> aliases = literals(g, s, SKOS.altLabel.asNode());
        if (!aliases.isEmpty()) {
            facts.appendElement("dt").text("Also named");
            facts.appendElement("dd").text(String.join("; ", aliases));
        }
        List<Node> same = objects(g, s, OWL.sameAs.asNode());
        if (!same.isEmpty()) {
            facts.appendElement("dt").text("Same as");
            Element dd = facts.appendElement("dd");
            for (Node n : same) link(dd, n.getURI(), n.getURI()).attr("rel", "external").after(" ");
        }
        p.identity(s.getURI());

        List<Binding> roles = Sparql.select(dataset, ROLES, Map.of("actor", s));
        Element rs = p.section("Roles", roles.size());
        if (!roles.isEmpty()) {
            Element ul = rs.appendElement("ul").addClass("roles");
            for (Binding r : roles) {
                Element li = ul.appendElement("li");
                li.appendElement("span").addClass("role").text(Sparql.str(r, "name"));
                String in = Sparql.str(r, "in");
                if (in != null) {
                    li.appendText(" in ");
                    link(li, in, orElse(Sparql.str(r, "inLabel"), in));
                }
                li.appendText(" — ");
                link(li, Sparql.str(r, "doc"), orElse(Sparql.str(r, "headline"), "source document")).addClass("source");
            }
        }

        DocumentTexts texts = new DocumentTexts(dataset);
        List<Binding> said = Sparql.select(dataset, ASSERTIONS.formatted("?a cg:source ?actor ."), Map.of("actor", s));
        assertionList(p.section("What " + label + " said", said.size()), said, false, texts);
        List<Binding> about = Sparql.select(dataset,
                ASSERTIONS.formatted("?a cg:about ?actor . FILTER NOT EXISTS { ?a cg:source ?actor }"), Map.of("actor", s));
        assertionList(p.section("What others said about " + label, about.size()), about, true, texts);

        List<Node> docs = objects(g, s, CG.mentionedIn.asNode());
        Element ds = p.section("Mentioned in", docs.size());
        Element ul = ds.appendElement("ul");
        for (Node d : docs) link(ul.appendElement("li"), d.getURI(), headline(d));
        return p.html();
    }

    static void assertionList(Element section, List<Binding> rows, boolean showSpeaker, DocumentTexts texts) {
        Element ol = section.appendElement("ol").addClass("assertions");
        for (Binding r : rows) {
            Element li = ol.appendElement("li").addClass("assertion");
            li.appendElement("span").addClass("date").text(orElse(Sparql.str(r, "date"), "undated"));
            if (showSpeaker) {
                Element who = li.appendElement("span").addClass("speaker");
                String speaker = Sparql.str(r, "speaker");
                if (speaker != null) link(who, speaker, orElse(Sparql.str(r, "speakerLabel"), speaker));
                else who.text(orElse(Sparql.str(r, "speakerText"), "unknown source"));
            }
            if (Sparql.str(r, "cue") != null) li.appendElement("span").addClass("cue").text(Sparql.str(r, "cue"));
            boolean direct = CG.DirectQuote.getURI().equals(Sparql.str(r, "kind"));
            String content = Sparql.str(r, "content");
            li.appendElement(direct ? "q" : "span").addClass("content").text(content);
            if ("true".equals(Sparql.str(r, "inComment"))) li.appendElement("span").addClass("tag").text("reader comment");
            // "did not say", "reportedly", "may", "will tell": no plain claim of the speaker, and the page says so
            String factuality = Sparql.str(r, "factuality");
            if (factuality != null && !factuality.isEmpty()) li.appendElement("span").addClass("tag factuality").text(factuality);
            String figures = Sparql.str(r, "figures");
            if (figures != null && !figures.isEmpty()) li.appendElement("div").addClass("figures").text("Figures: " + figures);
            Element src = li.appendElement("div").addClass("evidence");
            String sentence = Sparql.str(r, "sentence");
            if (sentence != null) {
                link(src, sentence, "sentence").addClass("sentence-link");
                src.appendText(": ");
                String words = Sparql.str(r, "sentenceText");
                if (words == null) words = texts.slice(Sparql.str(r, "doc"), Sparql.str(r, "sentenceBegin"), Sparql.str(r, "sentenceEnd"));
                src.appendElement("span").addClass("sentence").text(orElse(words, ""));
                src.appendText(" — ");
            }
            link(src, Sparql.str(r, "doc"), orElse(Sparql.str(r, "headline"), "source document")).addClass("source");
            src.appendText(" · ");
            link(src, Sparql.str(r, "a"), "assertion");
        }
    }

    // ------------------------------------------------------------------ anything else

    private String generic(Node s, Graph g) {
        String label = firstLiteral(g, s, RDFS.label.asNode(), null);
        if (label == null) label = firstLiteral(g, s, Vocab.SCHEMA_ROLE_NAME, null);
        if (label == null) label = firstLiteral(g, s, CG.contentText.asNode(), null);
        if (label == null) label = firstLiteral(g, s, Vocab.NIF_ANCHOR, s.getURI());
        Page p = new Page(label);
        p.main.appendElement("h1").text(label);
        p.main.appendElement("p").addClass("types").text(String.join(", ", types(g, s)));
        p.identity(s.getURI());
        Node sentence = objects(g, s, CG.sentence.asNode()).stream().findFirst().orElse(null);
        if (sentence != null) {
            Element q = p.main.appendElement("blockquote").addClass("sentence");
            String words = firstLiteral(g, sentence, Vocab.NIF_ANCHOR, null);
            if (words == null) {   // claims provenance: the sentence's offsets into its document's text
                String doc = objects(g, s, Vocab.PROV_DERIVED_FROM).stream().map(Node::getURI).findFirst().orElse(null);
                words = new DocumentTexts(dataset).slice(doc, firstLiteral(g, sentence, Vocab.NIF_BEGIN, null),
                        firstLiteral(g, sentence, Vocab.NIF_END, null));
            }
            q.text(orElse(words, ""));
            link(p.main.appendElement("p"), sentence.getURI(), "the sentence in its document");
        }
        table(p.section("Properties", -1), g.find(s, Node.ANY, Node.ANY).toList(), g, false);
        List<Triple> incoming = g.find(Node.ANY, Node.ANY, s).toList();
        if (!incoming.isEmpty()) table(p.section("Referred to by", incoming.size()), incoming, g, true);
        return p.html();
    }

    private void table(Element section, List<Triple> triples, Graph g, boolean incoming) {
        Element tbody = section.appendElement("table").addClass("properties").appendElement("tbody");
        List<Triple> sorted = new ArrayList<>(triples);
        sorted.sort(Comparator.comparing((Triple t) -> t.getPredicate().getURI()).thenComparing(t -> t.toString()));
        for (Triple t : sorted) {
            Element tr = tbody.appendElement("tr");
            tr.appendElement("th").text(Vocab.PREFIXES.shortForm(t.getPredicate().getURI()));
            Node value = incoming ? t.getSubject() : t.getObject();
            Element td = tr.appendElement("td");
            if (value.isURI()) link(td, value.getURI(), display(g, value));
            else if (value.isLiteral()) td.text(value.getLiteralLexicalForm());
            else td.text(value.toString());
        }
    }

    // ------------------------------------------------------------------ search

    private static final String SEARCH_ACTORS = """
            SELECT ?actor (SAMPLE(?label0) AS ?label) (MAX(?score0) AS ?score) (SAMPLE(?type0) AS ?type)
            WHERE {
              (?actor ?score0) text:query (rdfs:label %1$s 50) .
              ?actor a cg:Actor ; rdfs:label ?label0 .
              OPTIONAL { ?actor a ?type0 FILTER (?type0 != cg:Actor) }
            } GROUP BY ?actor ORDER BY DESC(?score) LIMIT 50
            """;

    private static final String SEARCH_ASSERTIONS = """
            SELECT ?a ?content (MAX(?score0) AS ?score) (SAMPLE(?speakerLabel0) AS ?speakerLabel)
                   (SAMPLE(?date0) AS ?date) (SAMPLE(?doc0) AS ?doc)
            WHERE {
              (?a ?score0) text:query (cg:contentText %1$s 50) .
              ?a cg:contentText ?content ; prov:wasDerivedFrom ?doc0 .
              OPTIONAL { ?a cg:source/rdfs:label ?speakerLabel0 }
              OPTIONAL { ?a cg:statementDate ?date0 }
            } GROUP BY ?a ?content ORDER BY DESC(?score) LIMIT 50
            """;

    /** Words a search takes at most; Lucene refuses a query of over 1,024 (which answered 500). */
    static final int MAX_SEARCH_WORDS = 256;

    /**
     * The words of a search: only they reach Lucene, lower-cased so that none reads as an operator (AND, OR,
     * NOT); they go into the query as an escaped SPARQL string.
     */
    static List<String> searchWords(String query) {
        if (query == null) return List.of();
        return Arrays.stream(query.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).toList();
    }

    /** Results of a search box query: actors by name or alias, assertions by content. */
    String search(String query) {
        String q = query == null ? "" : query.strip();
        Page p = new Page(q.isEmpty() ? "Search" : "Search: " + q);
        p.searchBox.attr("value", q);
        p.main.appendElement("h1").text(q.isEmpty() ? "Search" : "Search results for “" + q + "”");
        if (q.isEmpty()) return p.html();
        String terms = String.join(" ", searchWords(q));
        if (terms.isEmpty()) return p.html();
        String words = FmtUtils.stringForNode(NodeFactory.createLiteralString(terms));
        List<Binding> actors = Sparql.select(dataset, SEARCH_ACTORS.formatted(words));
        Element ul = p.section("Actors", actors.size()).appendElement("ul").addClass("results actors");
        for (Binding r : actors) {
            Element li = ul.appendElement("li");
            link(li, Sparql.str(r, "actor"), Sparql.str(r, "label")).addClass("actor");
            String type = Sparql.str(r, "type");
            if (type != null) li.appendElement("span").addClass("type").text(Vocab.PREFIXES.shortForm(type));
        }
        List<Binding> assertions = Sparql.select(dataset, SEARCH_ASSERTIONS.formatted(words));
        Element ol = p.section("Assertions", assertions.size()).appendElement("ol").addClass("results assertions");
        for (Binding r : assertions) {
            Element li = ol.appendElement("li");
            li.appendElement("span").addClass("date").text(orElse(Sparql.str(r, "date"), "undated"));
            li.appendElement("span").addClass("speaker").text(orElse(Sparql.str(r, "speakerLabel"), ""));
            link(li, Sparql.str(r, "a"), Sparql.str(r, "content")).addClass("content");
        }
        return p.html();
    }

    // ------------------------------------------------------------------ helpers

    /**
     * Links a minted IRI to its page on this server, an http(s) IRI to itself; any other IRI (javascript:,
     * data:, file:...) is shown as text, never as a link a click would run.
     */
    static Element link(Element parent, String iri, String text) {
        String href = LinkedDataServlet.pageHref(iri);
        boolean local = href.startsWith("/") && !href.startsWith("//");
        if (!local && !href.regionMatches(true, 0, "http://", 0, 7) && !href.regionMatches(true, 0, "https://", 0, 8)) {
            return parent.appendElement("span").addClass("iri").text(text);
        }
        return parent.appendElement("a").attr("href", href).text(text);
    }

    String headline(Node doc) {
        List<Binding> rows = Sparql.select(dataset, "SELECT ?headline0 WHERE { " + DOCUMENT_NAME + " } LIMIT 1", Map.of("doc", doc));
        return rows.isEmpty() || Sparql.str(rows.get(0), "headline0") == null ? doc.getURI() : Sparql.str(rows.get(0), "headline0");
    }

    private static String display(Graph g, Node n) {
        String label = firstLiteral(g, n, RDFS.label.asNode(), null);
        return label != null ? label + " <" + Vocab.PREFIXES.shortForm(n.getURI()) + ">" : Vocab.PREFIXES.shortForm(n.getURI());
    }

    private static List<String> types(Graph g, Node s) {
        return objects(g, s, RDF.type.asNode()).stream().map(n -> Vocab.PREFIXES.shortForm(n.getURI())).sorted().toList();
    }

    private static List<Node> objects(Graph g, Node s, Node p) {
        return g.find(s, p, Node.ANY).mapWith(Triple::getObject).toList().stream()
                .sorted(Comparator.comparing(Node::toString)).toList();
    }

    private static List<String> literals(Graph g, Node s, Node p) {
        return objects(g, s, p).stream().filter(Node::isLiteral).map(Node::getLiteralLexicalForm).distinct().toList();
    }

    static String firstLiteral(Graph g, Node s, Node p, String otherwise) {
        List<String> all = literals(g, s, p);
        return all.isEmpty() ? otherwise : all.get(0);
    }

    private static String orElse(String s, String otherwise) { return s != null ? s : otherwise; }

    /** The common layout: header with the search box and links, then the page's own content. */
    static final class Page {
        final Document doc = LinkedDataServlet.htmlShell();
        final Element main;
        final Element searchBox;

        Page(String title) {
            doc.title(title + " — claimgraph");
            doc.head().appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
            doc.head().appendElement("link").attr("rel", "stylesheet").attr("href", UiServlet.PATH + "/site.css");
            Element header = doc.body().appendElement("header");
            header.appendElement("a").addClass("home").attr("href", UiServlet.PATH + "/").text("claimgraph");
            Element form = header.appendElement("form").attr("action", "/search").attr("method", "get").attr("role", "search");
            searchBox = form.appendElement("input").attr("type", "search").attr("name", "q")
                    .attr("placeholder", "Search actors and assertions").attr("aria-label", "Search");
            form.appendElement("button").attr("type", "submit").text("Search");
            Element nav = header.appendElement("nav");
            nav.appendElement("a").attr("href", UiServlet.PATH + "/").text("SPARQL & network");
            nav.appendElement("a").attr("href", SparqlServer.DATASET + "/void").text("VoID");
            nav.appendElement("a").attr("href", "/ontology").text("Ontology");
            main = doc.body().appendElement("main");
        }

        /** "IRI ... Data: Turtle | JSON-LD | N-Triples | RDF/XML" under the heading. */
        void identity(String iri) {
            Element p = main.appendElement("p").addClass("iri");
            p.appendText("IRI: ");
            p.appendElement("code").text(iri);
            String data = LinkedDataServlet.dataPath(iri);
            if (data == null) return;
            p.appendText(" · Data: ");
            for (Representation r : Representation.RDF) {
                p.appendElement("a").attr("href", data + "." + r.extension).attr("type", r.mediaType).text(r.name().toLowerCase());
                p.appendText(" ");
                r.linkFrom(doc, data + "." + r.extension);
            }
        }

        Element section(String heading, int count) {
            Element s = main.appendElement("section");
            s.appendElement("h2").text(count >= 0 ? heading + " (" + count + ")" : heading);
            return s;
        }

        String html() { return "<!DOCTYPE html>\n" + doc.outerHtml(); }
    }
}
