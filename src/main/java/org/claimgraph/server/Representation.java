package org.claimgraph.server;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
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
 * ask for text/html by name.
 */
enum Representation {
    TURTLE("text/turtle", "ttl"),
    JSONLD("application/ld+json", "jsonld"),
    NTRIPLES("application/n-triples", "nt"),
    RDFXML("application/rdf+xml", "rdf"),
    HTML("text/html", "html");

    static final List<Representation> RDF = List.of(TURTLE, JSONLD, NTRIPLES, RDFXML);
    private static final JsonLdWriter JSONLD_WRITER = new JsonLdWriter();

    final String mediaType;
    final String extension;

    Representation(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
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
        AcceptList offer = AcceptList.create(offered.stream().map(r -> r.mediaType).toArray(String[]::new));
        MediaType chosen = AcceptList.match(new AcceptList(accept), offer);
        if (chosen == null) return null;
        return Arrays.stream(values()).filter(r -> r.mediaType.equals(chosen.getContentTypeStr())).findFirst().orElse(null);
    }

    /** Writes an RDF graph as this representation (not HTML), with claimgraph's prefixes or JSON-LD context. */
    void write(Graph graph, HttpServletResponse resp) throws IOException {
        resp.setContentType(mediaType + (this == RDFXML ? "" : "; charset=utf-8"));
        graph.getPrefixMapping().setNsPrefixes(Vocab.PREFIXES);
        OutputStream out = resp.getOutputStream();
        switch (this) {
            case TURTLE -> RDFDataMgr.write(out, graph, RDFFormat.TURTLE_PRETTY);
            case JSONLD -> JSONLD_WRITER.write(DatasetGraphFactory.wrap(graph), out);
            case NTRIPLES -> RDFDataMgr.write(out, graph, RDFFormat.NTRIPLES);
            case RDFXML -> RDFDataMgr.write(out, graph, RDFFormat.RDFXML_ABBREV);
            case HTML -> throw new IllegalStateException("HTML is rendered by the pages, not written from a graph");
        }
    }

    /** 406 with the list of what is offered. */
    static void notAcceptable(HttpServletResponse resp, List<Representation> offered) throws IOException {
        resp.setStatus(HttpServletResponse.SC_NOT_ACCEPTABLE);
        resp.setContentType("text/plain; charset=utf-8");
        resp.getWriter().println("Not acceptable. Offered: "
                + String.join(", ", offered.stream().map(r -> r.mediaType).toList()));
    }
}
