package org.claimgraph.doc;

/** A token with its universal POS tag (UD) and lemma, offsets into the document text. */
public record Token(Span span, String text, String pos, String lemma) implements java.io.Serializable {}
