package org.claimgraph.doc;

/** Subject-predicate-object between two actors inside an assertion's content: the source's claim. */
public record ClaimedRelation(TextRef subject, String predicate, TextRef object) implements java.io.Serializable {}
