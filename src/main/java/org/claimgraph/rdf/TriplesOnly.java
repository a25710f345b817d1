package org.claimgraph.rdf;

import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;

/** Passes each quad on as its triple, dropping the graph name: for triple-only sinks such as Turtle. */
public final class TriplesOnly extends StreamRDFWrapper {
    public TriplesOnly(StreamRDF triples) {
        super(triples);
    }

    @Override
    public void quad(Quad quad) { triple(quad.asTriple()); }
}
