package org.claimgraph.rdf;

/**
 * How much of the text's analysis a document's graph keeps. {@link #FULL}: every sentence and every
 * mention, each with its text. {@link #CLAIMS}: the document and its text, actors, roles, assertions and
 * quantities with their spans' offsets, and of the sentences only those an assertion was read from, as
 * offsets without their text (a page slices it from the document's text); no mention nodes, no words on
 * content spans (cg:contentText has them), no nif:referenceContext (the named graph is the document). On
 * real news that is half the quads and half the store (docs/scaling.md).
 */
public enum Provenance {
    FULL, CLAIMS;

    /** Whether every sentence and mention is described, each with its words. */
    boolean everySpan() { return this == FULL; }
}
