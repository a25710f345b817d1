package org.claimgraph.doc;

/**
 * A position an actor holds as the article states it. {@code in} is the id of the organization or
 * country it belongs to where stated (else null); {@code span} is where the text states it.
 */
public record Role(String title, String in, Span span) implements java.io.Serializable {}
