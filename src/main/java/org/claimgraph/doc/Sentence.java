package org.claimgraph.doc;

import java.util.List;

/** A sentence: its span, its tokens and the zone it lies in. */
public record Sentence(int index, Span span, List<Token> tokens, ZoneKind zone) implements java.io.Serializable {}
