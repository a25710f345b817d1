package org.claimgraph.doc;

/**
 * A reader comment found on the page: its span, author and date as written (either may be null),
 * and the index of the comment it replies to (-1 when it replies to the article).
 */
public record ReaderComment(Span span, String author, String date, int repliesTo) implements java.io.Serializable {}
