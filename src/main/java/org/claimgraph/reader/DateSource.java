package org.claimgraph.reader;

import org.claimgraph.doc.Span;

/**
 * Where a publication-date candidate was found, best first. Metadata written for machines beats
 * a labelled line ("Posted on:"), which beats a bare date line in the page header; a dateline
 * ("MOSCOW, Nov 14 –") dates the reporting, often a day before publication, so it comes last but one;
 * an "Updated:" date is a later edit, used only when nothing else dates the page.
 */
enum DateSource {
    JSON_LD("JSON-LD datePublished"),
    META("HTML meta"),
    LABELLED("labelled date line"),
    HEADER_LINE("date line in the page header"),
    TIME_ELEMENT("HTML <time datetime>"),
    DATELINE("dateline"),
    UPDATED("update date line");

    final String label;

    DateSource(String label) { this.label = label; }

    /** A candidate found by this source; {@code detail} says which tag or label, may be null. */
    DateCandidate candidate(String iso, String detail, Span span) {
        return new DateCandidate(this, iso, detail == null ? label : label + " (" + detail + ")", span);
    }

    record DateCandidate(DateSource source, String iso, String how, Span span) {}
}
