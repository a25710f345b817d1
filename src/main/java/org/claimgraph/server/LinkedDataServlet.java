package org.claimgraph.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.claimgraph.doc.Iris;
import org.claimgraph.vocab.CG;

/**
 * Linked data: every IRI claimgraph mints (https://w3id.org/claimgraph/id/...) dereferences here.
 * The w3id redirect points at a deployment; this server maps its own path /id/... to the IRI
 * https://w3id.org/claimgraph/id/..., so locally http://localhost:3030/id/actor/person/x is
 * https://w3id.org/claimgraph/id/actor/person/x.
 *
 * <p>Slash IRIs name things (actors, assertions, roles, documents as works), not web pages, so they
 * answer 303 See Other, as the W3C "Cool URIs for the Semantic Web" note and DBpedia do, to a
 * description chosen by content negotiation:
 * <ul>
 * <li>/id/{path} → 303 → /page/{path} for text/html, or /data/{path}.{ttl|jsonld|nt|rdf} for RDF;</li>
 * <li>/data/{path} answers in the format of its extension, or negotiates when it has none;</li>
 * <li>/page/{path} is the HTML page.</li>
 * </ul>
 * Spans are hash IRIs (document#char=s,e): the fragment never reaches the server, so the document's
 * description holds all its spans and its HTML page anchors every sentence at id="char=s,e".
 */
final class LinkedDataServlet extends HttpServlet {
    static final String ID = "/id/";
    static final String DATA = "/data/";
    static final String PAGE = "/page/";
    private static final List<Representation> ALL = List.of(Representation.TURTLE, Representation.JSONLD,
            Representation.NTRIPLES, Representation.RDFXML, Representation.HTML);

    private final DatasetGraph dataset;
    private final Describer describer;
    private final Pages pages;
    private final DocumentPage documentPage;

    LinkedDataServlet(DatasetGraph dataset) {
        this.dataset = dataset;
        this.describer = new Describer(dataset);
        this.pages = new Pages(dataset);
        this.documentPage = new DocumentPage(dataset, pages);
    }

    /** The page of an IRI on this server: /page/... for minted IRIs, /ontology#... for terms, else the IRI. */
    static String pageHref(String iri) {
        if (iri.startsWith(Iris.BASE)) return PAGE + iri.substring(Iris.BASE.length());
        if (iri.startsWith(CG.NS)) return OntologyServlet.PATH + "#" + iri.substring(CG.NS.length());
        return iri;
    }

    /** /data/... without extension for a minted IRI (no fragment), else null. */
    static String dataPath(String iri) {
        if (!iri.startsWith(Iris.BASE) || iri.indexOf('#') >= 0) return null;
        return DATA + iri.substring(Iris.BASE.length());
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getRequestURI();
        if (path.startsWith(ID)) {
            identifier(path.substring(ID.length()), req, resp);
        } else if (path.startsWith(DATA)) {
            data(path.substring(DATA.length()), req, resp);
        } else if (path.startsWith(PAGE)) {
            page(path.substring(PAGE.length()), resp);
        } else {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND, "Not found: " + path);
        }
    }

    private void identifier(String rest, HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (!exists(Iris.BASE + rest)) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND, "No such resource: " + Iris.BASE + rest);
            return;
        }
        resp.setHeader("Vary", "Accept");
        Representation r = Representation.negotiate(req, ALL);
        if (r == null) {
            Representation.notAcceptable(resp, ALL);
        } else {
            seeOther(resp, r == Representation.HTML ? PAGE + rest : DATA + rest + "." + r.extension);
        }
    }

    private void data(String rest, HttpServletRequest req, HttpServletResponse resp) throws IOException {
        int dot = rest.lastIndexOf('.');
        Representation r = dot > rest.lastIndexOf('/') ? Representation.byExtension(rest.substring(dot + 1)) : null;
        if (r != null && r != Representation.HTML) {
            rest = rest.substring(0, dot);
        } else {
            resp.setHeader("Vary", "Accept");
            r = Representation.negotiate(req, Representation.RDF);
            if (r == null) {
                Representation.notAcceptable(resp, Representation.RDF);
                return;
            }
        }
        Graph g = describer.describe(Iris.BASE + rest);
        if (g.isEmpty()) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND, "No such resource: " + Iris.BASE + rest);
            return;
        }
        r.write(g, req, resp);
    }

    private void page(String rest, HttpServletResponse resp) throws IOException {
        if (documentPage.write(Iris.BASE + rest, resp)) return;
        String html = pages.page(Iris.BASE + rest);
        if (html == null) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND, "No such resource: " + Iris.BASE + rest);
            return;
        }
        writeHtml(resp, html);
    }

    private boolean exists(String iri) {
        Node s = NodeFactory.createURI(iri);
        return Txn.calculateRead(dataset, () -> dataset.containsGraph(s)
                || dataset.getUnionGraph().find(s, Node.ANY, Node.ANY).hasNext()
                || dataset.getUnionGraph().find(Node.ANY, Node.ANY, s).hasNext());
    }

    static void seeOther(HttpServletResponse resp, String location) {
        resp.setStatus(HttpServletResponse.SC_SEE_OTHER);
        resp.setHeader("Location", location);
    }

    /** An empty HTML page in English and UTF-8, for the pages to fill. */
    static org.jsoup.nodes.Document htmlShell() {
        org.jsoup.nodes.Document doc = org.jsoup.nodes.Document.createShell("");
        doc.selectFirst("html").attr("lang", "en");
        doc.head().appendElement("meta").attr("charset", "utf-8");
        return doc;
    }

    static void writeHtml(HttpServletResponse resp, String html) throws IOException {
        resp.setContentType("text/html; charset=utf-8");
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        resp.setContentLength(bytes.length);
        resp.getOutputStream().write(bytes);
    }
}
