package org.claimgraph.reader;

import java.util.ArrayList;
import java.util.List;

import org.claimgraph.doc.ReaderComment;
import org.claimgraph.doc.ZoneKind;
import org.claimgraph.reader.DateSource.DateCandidate;

/**
 * One text while it is zoned: its lines, the kind each line has been given so far, which lines belong to
 * the comment section, the stretches already classified, and what was found about the document (title,
 * author, publisher, comments, dates). Made per call, so the zoning classes keep no state of their own.
 */
final class ZonedPage extends PageLines {
    /** How sure an author found in the text is, best first: a better kind of line replaces a worse one's name. */
    static final int AUTHOR_HEADER = 0, AUTHOR_BYLINE = 1, AUTHOR_SIGNATURE = 2, AUTHOR_END_NAME = 3, AUTHOR_EDITOR = 4;

    /** A classified stretch of text; comment segments are never merged with neighbours. */
    record Segment(int start, int end, ZoneKind kind, boolean comment) {}

    final ZoneKind[] kind;          // null: blank or not yet classified
    final boolean[] inComments;
    final List<Segment> segments = new ArrayList<>();
    final List<ReaderComment> comments = new ArrayList<>();
    final List<DateCandidate> dates;
    String title;
    String author;
    private int authorRank = Integer.MAX_VALUE;
    String publisher;

    ZonedPage(String text, List<DateCandidate> dates) {
        super(text);
        this.dates = dates;
        kind = new ZoneKind[size()];
        inComments = new boolean[size()];
    }

    void offerAuthor(String name, int rank) {
        if (name != null && rank < authorRank) { author = name; authorRank = rank; }
    }

    void offerPublisher(String name) {
        if (publisher == null) publisher = name;
    }

    /** Lines i to the end of i's block, up to the comment section, become {@code kind}. */
    void markBlock(int i, ZoneKind k) {
        for (int j = i; j < blockEnd[i] && !inComments[j]; j++) kind[j] = k;
    }
}
