package org.claimgraph.server;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.claimgraph.rdf.JsonLdWriter;
import org.claimgraph.rdf.Vocab;

/**
 * The representations a resource is served in, chosen by the Accept header or by a file extension
 * (/data/actor/person/x.ttl). Turtle comes first so that clients accepting anything get RDF; browsers
 * ask for text/html by name. N-Triples also answers text/plain, its media type before 2014, which
 * rdflib still asks for. JSON-LD names its context by URL ({@value OntologyServlet#CONTEXT_PATH}).
 */
enum Representation {
    TURTLE("text/turtle", "ttl", null),
    JSONLD("application/ld+json", "jsonld", null),
    NTRIPLES("application/n-triples", "nt", "text/plain"),
    RDFXML("application/rdf+xml", "rdf", null),
    HTML("text/html", "html", null);

    static final List<Representation> RDF = List.of(TURTLE, JSONLD, NTRIPLES, RDFXML);
    private static final JsonLdWriter JSONLD_WRITER = new JsonLdWriter();

    final String mediaType;
    final String extension;
    private final String alias;

    Representation(String mediaType, String extension, String alias) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.alias = alias;
    }

    static Representation byExtension(String ext) {
        for (Representation r : values()) {
            if (r.extension.equals(ext)) return r;
        }
        return null;
    }

    /** The best of {@code offered} for the request's Accept header; null when none is acceptable. */
    static Representation negotiate(HttpServletRequest req, List<Representation> offered) {
        String accept = req.getHeader("Accept");
        if (accept == null || accept.isBlank()) return offered.get(0);
        // Aliases come after every main type, so that */* still gets the first offered.
        List<String> types = new ArrayList<>(offered.stream().map(r -> r.mediaType).toList());
        offered.stream().filter(r -> r.alias != null).forEach(r -> types.add(r.alias));
        MediaType chosen = AcceptList.match(new AcceptList(accept), AcceptList.create(types.toArray(String[]::new)));
        if (chosen == null) return null;
        String type = chosen.getContentTypeStr();
        return offered.stream().filter(r -> r.mediaType.equals(type) || type.equals(r.alias)).findFirst().orElse(null);
    }

    /** Writes an RDF graph as this representation (not HTML), with claimgraph's prefixes or JSON-LD context. */
    void write(Graph graph, HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setContentType(mediaType + (this == RDFXML ? "" : "; charset=utf-8"));
        graph.getPrefixMapping().setNsPrefixes(Vocab.PREFIXES);
        OutputStream out = resp.getOutputStream();
        switch (this) {
            case TURTLE -> RDFDataMgr.write(out, graph, RDFFormat.TURTLE_PRETTY);
            case JSONLD -> JSONLD_WRITER.write(DatasetGraphFactory.wrap(graph),
                    DatasetDescription.base(req) + OntologyServlet.CONTEXT_PATH, out);
            case NTRIPLES -> RDFDataMgr.write(out, graph, RDFFormat.NTRIPLES);
            case RDFXML -> RDFDataMgr.write(out, graph, RDFFormat.RDFXML_ABBREV);
            case HTML -> throw new IllegalStateException("HTML is rendered by the pages, not written from a graph");
        }
    }

    /** A {@code <link rel="alternate">} in an HTML page's head to the same thing in this representation. */
    void linkFrom(org.jsoup.nodes.Document page, String href) {
        page.head().appendElement("link").attr("rel", "alternate").attr("type", mediaType).attr("href", href);
    }

    /** 406 with the list of what is offered. */
    static void notAcceptable(HttpServletResponse resp, List<Representation> offered) throws IOException {
        resp.setStatus(HttpServletResponse.SC_NOT_ACCEPTABLE);
        resp.setContentType("text/plain; charset=utf-8");
        resp.getWriter().println("Not acceptable. Offered: "
                + String.join(", ", offered.stream().map(r -> r.mediaType).toList()));
    }
}
