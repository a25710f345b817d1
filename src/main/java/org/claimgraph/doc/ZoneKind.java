package org.claimgraph.doc;

/** What part of a page a stretch of text is. Only BODY and TITLE feed the article's actors and assertions. */
public enum ZoneKind {
    BODY, TITLE, BYLINE, DATELINE, COMMENT, BOILERPLATE;

    public String label() { return name().toLowerCase(java.util.Locale.ROOT); }
}
