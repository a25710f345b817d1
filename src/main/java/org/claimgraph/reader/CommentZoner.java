package org.claimgraph.reader;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.claimgraph.doc.ReaderComment;
import org.claimgraph.doc.Span;
import org.claimgraph.doc.ZoneKind;
import org.claimgraph.reader.CommentHeaders.Header;

/**
 * The comment section: finds it (from the page's markup, else from the text's comment headers) and splits
 * it into comments, each its own COMMENT zone and {@link ReaderComment}, replies found from an "In
 * Response" marker or from deeper indentation.
 */
final class CommentZoner {
    private static final Pattern REPLY_MARK = Pattern.compile("^(?:in response|in reply)\\b.{0,60}$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private final ZonedPage p;
    private final PageZoner.Hints hints;

    CommentZoner(ZonedPage p, PageZoner.Hints hints) {
        this.p = p;
        this.hints = hints;
    }

    /** Lines inside the page's comment regions are comment lines; inside its furniture, BOILERPLATE. */
    void markHintedRegions() {
        for (int i = 0; i < p.size(); i++) {
            if (p.blank(i)) continue;
            Span line = p.span(i);
            for (Span region : hints.commentRegions()) if (region.contains(line)) p.inComments[i] = true;
            for (Span region : hints.boilerplateRegions()) if (region.contains(line)) p.kind[i] = ZoneKind.BOILERPLATE;
        }
    }

    /**
     * Finds the comment section of a text page: it starts at the first comment header after the page
     * header that follows a comment-section marker or begins a run of at least two headers.
     */
    void markTextComments(int headerEnd) {
        int first = -1;
        int headers = 0;
        boolean marker = false;
        for (int i = p.nextNonBlank(headerEnd); i < p.size(); i = p.nextNonBlank(i + 1)) {
            if (CommentHeaders.at(p, i) != null) {
                if (first < 0) first = i;
                if (++headers >= 2 || marker) break;
            } else if (first < 0 && CommentHeaders.isMarker(p.line(i))) {
                marker = true;
            }
        }
        if (first < 0 || (headers < 2 && !marker)) return;
        for (int i = first; i < p.size(); i++) p.inComments[i] = !p.blank(i);
    }

    /** The comment being read: where its zone and its text start and end. */
    private static final class OpenComment {
        final int index;
        final int zoneStart;
        int textStart = -1;
        int textEnd = -1;
        int lastEnd;

        OpenComment(int index, int zoneStart, int lastEnd) {
            this.index = index;
            this.zoneStart = zoneStart;
            this.lastEnd = lastEnd;
        }

        void add(int start, int end) {
            if (textStart < 0) textStart = start;
            textEnd = end;
            lastEnd = end;
        }
    }

    // State of split() while it reads the comment lines.
    private OpenComment open;
    private boolean furniture;        // after a section heading, until the next header
    private int replyTo = -1;         // the comment an "In Response" marker points the next one to
    private int regionCommented = -1; // the header-less region already given its comment
    private final List<int[]> thread = new ArrayList<>();   // {indent, comment index} of the open thread

    /**
     * Splits the comment lines into comments. Lines between comments that are no comment's text
     * (markers, "In Response", an "About this blog" block after the comments) are BOILERPLATE. An HTML
     * comment region with no recognisable comment header becomes one comment without author.
     */
    void split() {
        boolean[] regionHasHeader = new boolean[hints.commentRegions().size()];
        markupComments(regionHasHeader);
        for (int i = 0; i < p.size(); i++) {
            if (p.inComments[i] && CommentHeaders.at(p, i) != null) {
                int r = regionOf(p.start[i]);
                if (r >= 0) regionHasHeader[r] = true;
            }
        }
        for (int i = 0; i < p.size(); i++) {
            if (p.blank(i)) continue;
            if (!p.inComments[i]) {
                close();
                continue;
            }
            Header h = CommentHeaders.at(p, i);
            if (h != null) {
                i = openComment(i, h);
                continue;
            }
            commentLine(i, regionHasHeader);
        }
        close();
    }

    /** Opens the comment whose header starts at line i; returns the header's last line. */
    private int openComment(int i, Header h) {
        close();
        furniture = false;
        while (!thread.isEmpty() && thread.get(thread.size() - 1)[0] >= p.indent[i]) thread.remove(thread.size() - 1);
        int parent = replyTo >= 0 ? replyTo : thread.isEmpty() ? -1 : thread.get(thread.size() - 1)[1];
        replyTo = -1;
        int index = p.comments.size();
        p.comments.add(new ReaderComment(new Span(p.start[i], p.start[i]), h.author(), h.date(), parent));
        thread.add(new int[] {p.indent[i], index});
        int last = i + h.lines() - 1;
        open = new OpenComment(index, p.start[i], p.end[last]);
        for (int k = i; k <= last; k++) p.kind[k] = null;
        return last;
    }

    /** A comment line that is no header: the open comment's text, a reply marker, or furniture. */
    private void commentLine(int i, boolean[] regionHasHeader) {
        String line = p.line(i);
        if (REPLY_MARK.matcher(line).matches()) {
            close();
            p.kind[i] = ZoneKind.BOILERPLATE;
            replyTo = p.comments.size() - 1;
            return;
        }
        if (BoilerplateLines.isShortSectionHeading(line)) {
            close();
            furniture = true;
        }
        int region = regionOf(p.start[i]);
        if (open == null && !furniture && region >= 0 && !regionHasHeader[region] && region != regionCommented) {
            regionCommented = region;
            int index = p.comments.size();
            p.comments.add(new ReaderComment(new Span(p.start[i], p.start[i]), null, null, -1));
            open = new OpenComment(index, p.start[i], p.start[i]);
        }
        if (open == null) {
            p.kind[i] = ZoneKind.BOILERPLATE;
        } else {
            p.kind[i] = null;
            open.add(p.start[i], p.end[i]);
        }
    }

    /**
     * Comments the HTML markup delimits. Author and date come from the markup, else from a text header
     * ("Tom says:") on the comment's first line. Their lines leave the comment lines the text rules split.
     */
    private void markupComments(boolean[] regionHasComment) {
        int base = p.comments.size();
        for (HtmlExtractor.CommentItem item : hints.commentItems()) {
            int first = -1;
            int last = -1;
            for (int i = p.firstLineFrom(item.span().start()); i < p.size() && p.start[i] <= item.span().end(); i++) {
                if (p.blank(i) || p.end[i] > item.span().end()) continue;
                if (first < 0) first = i;
                last = i;
                p.inComments[i] = false;
                p.kind[i] = null;
            }
            String author = item.author();
            String date = item.date() == null ? null : CommentHeaders.date(item.date());
            int contentStart = item.contentStart();
            Header h = first >= 0 && (author == null || date == null) ? CommentHeaders.at(p, first) : null;
            if (h != null && first + h.lines() - 1 > last) h = new Header(h.author(), null, 1);   // its "date" is the next comment's
            if (h != null) {
                if (author == null) author = h.author();
                if (date == null) date = h.date();
                int after = first + h.lines();
                if (contentStart == item.span().start()) contentStart = after <= last ? p.start[p.nextNonBlank(after)] : item.span().end();
            }
            int end = item.span().end();
            Span text = contentStart < end ? new Span(contentStart, end) : new Span(end, end);
            p.comments.add(new ReaderComment(text, author, date, item.parent() < 0 ? -1 : base + item.parent()));
            p.segments.add(new ZonedPage.Segment(item.span().start(), end, ZoneKind.COMMENT, true));
            int r = regionOf(item.span().start());
            if (r >= 0) regionHasComment[r] = true;
        }
    }

    private int regionOf(int offset) {
        List<Span> regions = hints.commentRegions();
        for (int r = 0; r < regions.size(); r++) {
            if (regions.get(r).start() <= offset && offset < regions.get(r).end()) return r;
        }
        return -1;
    }

    /** Ends the open comment, if any: its text span and its COMMENT zone. */
    private void close() {
        if (open == null) return;
        OpenComment c = open;
        open = null;
        ReaderComment rc = p.comments.get(c.index);
        Span text = c.textStart < 0 ? new Span(c.lastEnd, c.lastEnd) : new Span(c.textStart, c.textEnd);
        p.comments.set(c.index, new ReaderComment(text, rc.author(), rc.date(), rc.repliesTo()));
        p.segments.add(new ZonedPage.Segment(c.zoneStart, c.lastEnd, ZoneKind.COMMENT, true));
    }
}
