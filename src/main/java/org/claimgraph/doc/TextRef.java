package org.claimgraph.doc;

/** A span with its text and, where resolved, the id of the entity it names. */
public record TextRef(Span span, String text, String entity) implements java.io.Serializable {
    public TextRef withEntity(String id) { return new TextRef(span, text, id); }
}
