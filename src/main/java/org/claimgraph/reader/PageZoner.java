package org.claimgraph.reader;

import java.util.List;

import org.claimgraph.doc.ReaderComment;
import org.claimgraph.doc.Span;
import org.claimgraph.doc.Zone;
import org.claimgraph.reader.DateSource.DateCandidate;

/**
 * Divides a page's text into zones the way a reader sees them, line by line, with the layout cues
 * web news pages share:
 * <ul>
 *   <li>a <b>header</b> before the first prose paragraph ({@link HeaderZoner});</li>
 *   <li>the <b>body</b>, in which datelines ({@link DateLines}), bylines ({@link Bylines}) and site
 *       furniture ({@link BoilerplateLines}) are told apart from the article's own text ({@link BodyZoner});</li>
 *   <li>the <b>comment section</b>: from the first reader-comment header ({@link CommentHeaders}) that
 *       either follows a comment-section marker or starts a run of two or more headers; or, for HTML,
 *       the regions the page marks as comments. Each comment becomes its own COMMENT zone and
 *       {@link ReaderComment} ({@link CommentZoner}).</li>
 * </ul>
 * Every non-blank line ends up in exactly one zone; zones never overlap; blank lines and the
 * whitespace at line ends lie between zones. Stateless and thread-safe: all state is per call.
 */
final class PageZoner {
    /**
     * Layout known from HTML: regions the page marks as comments, the single comments its markup
     * delimits, regions it marks as furniture, and its h1 (or null).
     */
    record Hints(List<Span> commentRegions, List<HtmlExtractor.CommentItem> commentItems, List<Span> boilerplateRegions, Span title) {
        static final Hints NONE = new Hints(List.of(), List.of(), List.of(), null);
    }

    /** What the text says about the document besides its zones. Any field may be null. */
    record Result(String title, String author, String publisher) {}

    /** Zones and comments go into the lists given; date candidates into {@code dates}. */
    Result zone(String text, Hints hints, List<Zone> zones, List<ReaderComment> comments, List<DateCandidate> dates) {
        ZonedPage p = new ZonedPage(text, dates);
        CommentZoner commentZoner = new CommentZoner(p, hints);
        commentZoner.markHintedRegions();
        int headerEnd = HeaderZoner.header(p, hints);
        if (hints.commentRegions().isEmpty()) commentZoner.markTextComments(headerEnd);
        new BodyZoner(p).zone(headerEnd);
        commentZoner.split();
        for (int i = 0; i < p.size(); i++) {
            if (!p.blank(i) && p.kind[i] != null) p.segments.add(new ZonedPage.Segment(p.start[i], p.end[i], p.kind[i], false));
        }
        p.segments.sort((a, b) -> Integer.compare(a.start(), b.start()));
        mergeInto(p.segments, zones);
        comments.addAll(p.comments);
        return new Result(p.title, p.author, p.publisher);
    }

    /** Joins neighbouring segments of one kind (comments excepted) into zones. */
    private static void mergeInto(List<ZonedPage.Segment> segments, List<Zone> zones) {
        ZonedPage.Segment open = null;
        for (ZonedPage.Segment s : segments) {
            if (open != null && open.kind() == s.kind() && !open.comment() && !s.comment() && s.start() >= open.end()) {
                open = new ZonedPage.Segment(open.start(), Math.max(open.end(), s.end()), open.kind(), false);
                continue;
            }
            if (open != null) zones.add(new Zone(new Span(open.start(), open.end()), open.kind()));
            open = s;
        }
        if (open != null) zones.add(new Zone(new Span(open.start(), open.end()), open.kind()));
    }
}
