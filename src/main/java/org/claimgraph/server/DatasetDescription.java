package org.claimgraph.server;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.claimgraph.doc.Iris;
import org.claimgraph.rdf.Vocab;
import org.claimgraph.vocab.CG;

/**
 * The dataset described for machines: VoID (counts of triples, documents, actors, assertions; the
 * endpoint, the IRI space, the vocabularies) and the SPARQL 1.1 Service Description of the query
 * endpoint, whose default dataset is the VoID dataset. Counts are taken on each request.
 */
final class DatasetDescription {
    static final String VOID = "http://rdfs.org/ns/void#";
    static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    static final String FORMATS = "http://www.w3.org/ns/formats/";
    static final String TEXT_QUERY = "http://jena.apache.org/text#query";

    private final DatasetGraph dataset;

    DatasetDescription(DatasetGraph dataset) {
        this.dataset = dataset;
    }

    /** Counts in the union of the document graphs. */
    record Counts(long triples, long documents, long actors, long assertions) {}

    Counts counts() {
        return new Counts(
                count("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"),
                count("SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { ?x a cg:Document }"),
                count("SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { ?x a cg:Actor }"),
                count("SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { ?x a cg:Assertion }"));
    }

    private long count(String select) {
        return Sparql.count(Sparql.select(dataset, select).get(0), "n");
    }

    static Node datasetNode(String base) { return iri(base + SparqlServer.DATASET + "/void#dataset"); }

    Graph voidGraph(String base) {
        Counts c = counts();
        Graph g = graph();
        Node doc = iri(base + SparqlServer.DATASET + "/void");
        Node ds = datasetNode(base);
        g.add(doc, RDF.type.asNode(), iri(VOID + "DatasetDescription"));
        g.add(doc, DCTerms.title.asNode(), str("VoID description of the claimgraph dataset"));
        g.add(doc, iri("http://xmlns.com/foaf/0.1/primaryTopic"), ds);
        g.add(ds, RDF.type.asNode(), iri(VOID + "Dataset"));
        g.add(ds, DCTerms.title.asNode(), str("claimgraph"));
        g.add(ds, DCTerms.description.asNode(), str("Actors (people, organizations, places) in news articles and their "
                + "assertions: who said what, to whom, when, about whom, with which numbers. One named graph per "
                + "article; the default graph is their union."));
        g.add(ds, iri(VOID + "sparqlEndpoint"), iri(base + SparqlServer.DATASET + "/sparql"));
        g.add(ds, iri(VOID + "uriSpace"), str(Iris.BASE));
        g.add(ds, iri(VOID + "uriLookupEndpoint"), iri(base + "/search?q="));
        for (String ns : new String[] {CG.NS, Vocab.SCHEMA_NS, Vocab.PROV_NS, Vocab.NIF_NS, Vocab.TIME_NS}) {
            g.add(ds, iri(VOID + "vocabulary"), iri(ns));
        }
        for (String f : new String[] {"Turtle", "JSON-LD", "N-Triples", "RDF_XML"}) {
            g.add(ds, iri(VOID + "feature"), iri(FORMATS + f));
        }
        g.add(ds, iri(VOID + "triples"), integer(c.triples()));
        g.add(ds, iri(VOID + "documents"), integer(c.documents()));
        g.add(ds, iri(VOID + "entities"), integer(c.documents() + c.actors() + c.assertions()));
        partition(g, ds, CG.Document.asNode(), c.documents());
        partition(g, ds, CG.Actor.asNode(), c.actors());
        partition(g, ds, CG.Assertion.asNode(), c.assertions());
        return g;
    }

    private static void partition(Graph g, Node ds, Node type, long entities) {
        Node p = NodeFactory.createBlankNode();
        g.add(ds, iri(VOID + "classPartition"), p);
        g.add(p, iri(VOID + "class"), type);
        g.add(p, iri(VOID + "entities"), integer(entities));
    }

    Graph serviceDescription(String base) {
        Graph g = graph();
        Node endpoint = iri(base + SparqlServer.DATASET + "/sparql");
        Node service = iri(base + SparqlServer.DATASET + "/sparql#service");
        Node ds = datasetNode(base);
        g.add(service, RDF.type.asNode(), iri(SD + "Service"));
        g.add(service, iri(SD + "endpoint"), endpoint);
        g.add(service, iri(SD + "supportedLanguage"), iri(SD + "SPARQL11Query"));
        g.add(service, iri(SD + "feature"), iri(SD + "UnionDefaultGraph"));
        g.add(service, iri(SD + "feature"), iri(TEXT_QUERY));
        g.add(iri(TEXT_QUERY), RDF.type.asNode(), iri(SD + "Feature"));
        g.add(iri(TEXT_QUERY), RDFS.comment.asNode(), str("Full-text search (jena-text): (?s ?score) text:query "
                + "(rdfs:label 'words') finds actors by name or alias, (cg:contentText 'words') assertions by content."));
        for (String f : new String[] {"SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV",
                "SPARQL_Results_TSV", "Turtle", "JSON-LD", "N-Triples", "RDF_XML"}) {
            g.add(service, iri(SD + "resultFormat"), iri(FORMATS + f));
        }
        g.add(service, iri(SD + "defaultDataset"), ds);
        g.add(ds, RDF.type.asNode(), iri(SD + "Dataset"));
        g.add(ds, RDFS.seeAlso.asNode(), iri(base + SparqlServer.DATASET + "/void"));
        Node dg = NodeFactory.createBlankNode();
        g.add(ds, iri(SD + "defaultGraph"), dg);
        g.add(dg, RDF.type.asNode(), iri(SD + "Graph"));
        g.add(dg, iri(VOID + "triples"), integer(counts().triples()));
        return g;
    }

    /**
     * scheme://host[:port] of the request as the client made it (through a proxy: as the proxy was
     * asked, see SparqlServer), the base of the URLs the descriptions give for this server.
     */
    static String base(HttpServletRequest req) {
        String scheme = req.getScheme();
        int port = req.getServerPort();
        boolean defaultPort = port <= 0 || ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        String host = req.getServerName();
        if (host.indexOf(':') >= 0 && !host.startsWith("[")) host = "[" + host + "]";
        return scheme + "://" + host + (defaultPort ? "" : ":" + port);
    }

    private static Graph graph() {
        Graph g = GraphFactory.createDefaultGraph();
        g.getPrefixMapping().setNsPrefix("void", VOID).setNsPrefix("sd", SD).setNsPrefix("formats", FORMATS);
        return g;
    }

    private static Node iri(String s) { return NodeFactory.createURI(s); }

    private static Node str(String s) { return NodeFactory.createLiteralString(s); }

    private static Node integer(long n) { return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger); }

    /** Writes a description in the negotiated RDF format. */
    private static void write(Graph g, HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setHeader("Vary", "Accept");
        Representation r = Representation.negotiate(req, Representation.RDF);
        if (r == null) Representation.notAcceptable(resp, Representation.RDF);
        else r.write(g, req, resp);
    }

    /** GET {@value SparqlServer#DATASET}/void. */
    static final class VoidServlet extends HttpServlet {
        private final DatasetDescription description;

        VoidServlet(DatasetGraph dataset) { this.description = new DatasetDescription(dataset); }

        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            write(description.voidGraph(base(req)), req, resp);
        }
    }

    /** A GET of the query endpoint with no query string answers with the service description. */
    static final class ServiceDescriptionFilter extends HttpFilter {
        private final DatasetDescription description;

        ServiceDescriptionFilter(DatasetGraph dataset) { this.description = new DatasetDescription(dataset); }

        @Override
        protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
                throws IOException, ServletException {
            if ("GET".equals(req.getMethod()) && (req.getQueryString() == null || req.getQueryString().isEmpty())) {
                write(description.serviceDescription(base(req)), req, resp);
            } else {
                chain.doFilter((ServletRequest) req, (ServletResponse) resp);
            }
        }
    }

    /** 303 to a fixed path, for the well-known VoID address. */
    static final class SeeOtherServlet extends HttpServlet {
        private final String location;

        SeeOtherServlet(String location) { this.location = location; }

        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse resp) {
            LinkedDataServlet.seeOther(resp, location);
        }
    }
}
