package org.claimgraph.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.claimgraph.rdf.JsonLdWriter;
import org.claimgraph.rdf.Vocab;
import org.claimgraph.vocab.CG;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The ontology at its namespace IRI https://w3id.org/claimgraph/ontology (terms are hash IRIs
 * ontology#Term), served at /ontology from ontology/claimgraph.ttl on the classpath: Turtle (the
 * file itself, comments included), JSON-LD, N-Triples, RDF/XML, or an HTML page with one anchor per
 * term, by content negotiation. The JSON-LD context (ontology/context.jsonld) is served beside it
 * at {@value #CONTEXT_PATH}.
 */
final class OntologyServlet extends HttpServlet {
    static final String PATH = "/ontology";
    static final String CONTEXT_PATH = PATH + "/context.jsonld";
    static final String RESOURCE = "ontology/claimgraph.ttl";

    private final byte[] turtle;
    private final Graph graph;

    OntologyServlet() {
        try (InputStream in = OntologyServlet.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing " + RESOURCE + " on the classpath");
            turtle = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        graph = GraphFactory.createDefaultGraph();
        RDFParser.source(new java.io.ByteArrayInputStream(turtle)).lang(Lang.TURTLE).parse(graph);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        List<Representation> offered = List.of(Representation.TURTLE, Representation.JSONLD, Representation.NTRIPLES,
                Representation.RDFXML, Representation.HTML);
        resp.setHeader("Vary", "Accept");
        Representation r = Representation.negotiate(req, offered);
        if (r == null) {
            Representation.notAcceptable(resp, offered);
        } else if (r == Representation.TURTLE) {
            resp.setContentType(r.mediaType + "; charset=utf-8");
            resp.getOutputStream().write(turtle);
        } else if (r == Representation.HTML) {
            LinkedDataServlet.writeHtml(resp, html(offered));
        } else {
            r.write(graph, req, resp);
        }
    }

    /** GET {@value #CONTEXT_PATH}: the JSON-LD 1.1 context that served JSON-LD names. */
    static final class Context extends HttpServlet {
        private final byte[] context = JsonLdWriter.contextBytes();

        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            resp.setContentType(Representation.JSONLD.mediaType + "; charset=utf-8");
            resp.setContentLength(context.length);
            resp.getOutputStream().write(context);
        }
    }

    private String html(List<Representation> offered) {
        Document doc = LinkedDataServlet.htmlShell();
        for (Representation r : offered) {
            if (r != Representation.HTML) r.linkFrom(doc, PATH);
        }
        Node ontology = org.apache.jena.graph.NodeFactory.createURI(CG.NS.substring(0, CG.NS.length() - 1));
        String title = literal(ontology, RDFS.label.asNode(), "claimgraph ontology");
        doc.title(title);
        doc.head().appendElement("link").attr("rel", "stylesheet").attr("href", UiServlet.PATH + "/site.css");
        Element main = doc.body().appendElement("main");
        main.appendElement("h1").text(title);
        main.appendElement("p").text(literal(ontology, DCTerms.description.asNode(), ""));
        Element p = main.appendElement("p").addClass("iri");
        p.appendText("Namespace: ");
        p.appendElement("code").text(CG.NS);
        p.appendText(" · Turtle, JSON-LD, N-Triples and RDF/XML by content negotiation on this address.");
        section(main, "Classes", OWL.Class.asNode());
        section(main, "Object properties", OWL.ObjectProperty.asNode());
        section(main, "Datatype properties", OWL.DatatypeProperty.asNode());
        section(main, "Individuals", OWL.NamedIndividual.asNode());
        return "<!DOCTYPE html>\n" + doc.outerHtml();
    }

    private void section(Element main, String heading, Node type) {
        List<Node> terms = graph.find(Node.ANY, RDF.type.asNode(), type).mapWith(Triple::getSubject).toList().stream()
                .filter(n -> n.isURI() && n.getURI().startsWith(CG.NS))
                .sorted(Comparator.comparing(Node::getURI)).toList();
        Element s = main.appendElement("section");
        s.appendElement("h2").text(heading);
        Element dl = s.appendElement("dl").addClass("terms");
        for (Node t : terms) {
            String local = t.getURI().substring(CG.NS.length());
            dl.appendElement("dt").id(local).appendElement("code").text("cg:" + local);
            Element dd = dl.appendElement("dd");
            dd.appendElement("strong").text(literal(t, RDFS.label.asNode(), local));
            String comment = literal(t, RDFS.comment.asNode(), null);
            if (comment != null) dd.appendText(": " + comment);
            links(dd, t, RDFS.subClassOf.asNode(), "subclass of");
            links(dd, t, RDFS.domain.asNode(), "domain");
            links(dd, t, RDFS.range.asNode(), "range");
        }
    }

    private void links(Element dd, Node term, Node property, String name) {
        List<Node> values = graph.find(term, property, Node.ANY).mapWith(Triple::getObject).toList().stream()
                .filter(Node::isURI).toList();
        if (values.isEmpty()) return;
        Element span = dd.appendElement("div").addClass("term-links");
        span.appendText(name + ": ");
        for (Node v : values) {
            Pages.link(span, v.getURI(), Vocab.PREFIXES.shortForm(v.getURI()));
            span.appendText(" ");
        }
    }

    private String literal(Node s, Node p, String otherwise) {
        return graph.find(s, p, Node.ANY).mapWith(Triple::getObject).toList().stream()
                .filter(Node::isLiteral).map(Node::getLiteralLexicalForm).findFirst().orElse(otherwise);
    }
}
