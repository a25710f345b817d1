package org.claimgraph.server;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.claimgraph.rdf.Vocab;
import org.claimgraph.vocab.CG;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

/**
 * A document's page: headline, date, its assertions (the first {@value #MAX_ASSERTIONS}), its actors, and
 * its text with every sentence its graph describes (with claims provenance, those an assertion was read
 * from) anchored at id="char=s,e", so the sentence IRIs resolve in the browser.
 * It reads the document's graph in the store, never a copy, and streams the text: a 19 MB article (1.38 M
 * quads, a 31 MB page) built whole in memory ran 16 concurrent requests out of heap.
 */
final class DocumentPage {
    static final int MAX_ASSERTIONS = 1000;
    private static final String TEXT_MARK = "claimgraph-document-text";

    private final DatasetGraph dataset;
    private final Pages pages;

    DocumentPage(DatasetGraph dataset, Pages pages) {
        this.dataset = dataset;
        this.pages = pages;
    }

    /** Writes the page of {@code iri} when it is a document and returns true; false otherwise. */
    boolean write(String iri, HttpServletResponse resp) throws IOException {
        Node d = NodeFactory.createURI(iri);
        try {
            return Txn.calculateRead(dataset, () -> {
                if (!dataset.containsGraph(d)) return false;
                Graph g = dataset.getGraph(d);
                if (!g.contains(d, RDF.type.asNode(), CG.Document.asNode())) return false;
                write(d, g, resp);
                return true;
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private void write(Node d, Graph g, HttpServletResponse resp) {
        String title = pages.headline(d);
        Pages.Page p = new Pages.Page(title);
        p.main.appendElement("h1").text(title);
        String published = Pages.firstLiteral(g, d, Vocab.SCHEMA_DATE_PUBLISHED, null);
        if (published != null) p.main.appendElement("p").addClass("published").text("Published " + published);
        p.identity(d.getURI());

        List<Binding> assertions = new ArrayList<>(Sparql.select(dataset,
                Pages.ASSERTIONS.formatted("?a prov:wasDerivedFrom ?document .") + "LIMIT " + (MAX_ASSERTIONS + 1),
                Map.of("document", d)));
        boolean more = assertions.size() > MAX_ASSERTIONS;
        if (more) assertions = assertions.subList(0, MAX_ASSERTIONS);
        Element section = p.section(more ? "Assertions (the first " + MAX_ASSERTIONS + ")" : "Assertions", more ? -1 : assertions.size());
        Pages.assertionList(section, assertions, true, new DocumentTexts(dataset));
        if (more) section.appendElement("p").text("The SPARQL endpoint lists them all.");

        List<Node> actors = new ArrayList<>();
        g.find(Node.ANY, CG.mentionedIn.asNode(), d).forEach(t -> actors.add(t.getSubject()));
        actors.sort(Comparator.comparing(a -> Pages.firstLiteral(g, a, RDFS.label.asNode(), a.getURI()).toLowerCase()));
        Element ul = p.section("Actors", actors.size()).appendElement("ul").addClass("actors");
        for (Node a : actors) Pages.link(ul.appendElement("li"), a.getURI(), Pages.firstLiteral(g, a, RDFS.label.asNode(), a.getURI()));

        String text = Pages.firstLiteral(g, d, Vocab.NIF_IS_STRING, null);
        if (text != null) p.section("Text", -1).appendElement("div").addClass("text").text(TEXT_MARK);
        String html = p.html();
        int mark = html.indexOf(TEXT_MARK);

        resp.setContentType("text/html; charset=utf-8");
        try {
            Writer out = new BufferedWriter(new OutputStreamWriter(resp.getOutputStream(), StandardCharsets.UTF_8), 1 << 16);
            if (mark < 0) {
                out.write(html);
            } else {
                out.write(html, 0, mark);
                writeText(out, text, sentences(g, d, text.length()));
                out.write(html, mark + TEXT_MARK.length(), html.length() - mark - TEXT_MARK.length());
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sentence start to end offsets, checked against the text; one look-up per sentence. */
    private static TreeMap<Integer, Integer> sentences(Graph g, Node d, int length) {
        TreeMap<Integer, Integer> sentences = new TreeMap<>();
        Node begin = Vocab.NIF_BEGIN, end = Vocab.NIF_END;
        g.find(d, CG.hasSentence.asNode(), Node.ANY).forEach(t -> {
            int[] be = {-1, -1};
            g.find(t.getObject(), Node.ANY, Node.ANY).forEach(u -> {
                if (u.getPredicate().equals(begin)) be[0] = offset(u.getObject());
                else if (u.getPredicate().equals(end)) be[1] = offset(u.getObject());
            });
            if (be[0] >= 0 && be[0] <= be[1] && be[1] <= length) sentences.put(be[0], be[1]);
        });
        return sentences;
    }

    private static int offset(Node n) {
        try {
            return n.isLiteral() ? Integer.parseInt(n.getLiteralLexicalForm()) : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The text, escaped, each sentence in a span anchored at its offsets. */
    private static void writeText(Writer out, String text, TreeMap<Integer, Integer> sentences) throws IOException {
        int at = 0;
        for (Map.Entry<Integer, Integer> s : sentences.entrySet()) {
            if (s.getKey() < at) continue;
            out.write(Entities.escape(text.substring(at, s.getKey())));
            out.write("<span class=\"sentence\" id=\"char=" + s.getKey() + "," + s.getValue() + "\">");
            out.write(Entities.escape(text.substring(s.getKey(), s.getValue())));
            out.write("</span>");
            at = s.getValue();
        }
        out.write(Entities.escape(text.substring(at)));
    }
}
