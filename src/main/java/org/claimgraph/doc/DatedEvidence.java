package org.claimgraph.doc;

/** A date found for the document, ISO with the precision the source supports, and how it was found. */
public record DatedEvidence(String iso, String how, Span span) implements java.io.Serializable {}
