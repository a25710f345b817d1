package org.claimgraph.doc;

public record Zone(Span span, ZoneKind kind) implements java.io.Serializable {}
