package org.claimgraph.reader;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.claimgraph.doc.Span;
import org.claimgraph.doc.ZoneKind;

/**
 * Lines that date the article: a line that is only a date, a labelled date ("Posted on: ..."), and a
 * dateline opening the story ("MOSCOW, Nov 14, 2017 UBO –"). Each becomes a DATELINE zone and its date
 * a candidate for the publication date.
 */
final class DateLines {
    private DateLines() {}

    private static final Pattern LABELLED_DATE = Pattern.compile(
            "^(posted|published|first published|date|dated|released|last updated|updated|modified)(?:\\s+on)?\\s*:?\\s*(.+)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern DATELINE = Pattern.compile(
            "^([A-Z][A-Z'’.]{2,}(?:[ -][A-Z][A-Z'’.]+){0,3})\\s*(?:,\\s*([^–—()\\n]{3,40}?))?\\s*(\\([^)\\n]{1,40}\\)|[A-Z]{2,10})?\\s*(?:--|[–—-])\\s+");

    /**
     * A line that is only a date, or a labelled date: DATELINE, and a candidate (for a bare date only in
     * the page header: in the body it dates something else).
     */
    static boolean dateLine(ZonedPage p, int i, boolean inHeader) {
        String line = p.line(i);
        Matcher m = LABELLED_DATE.matcher(line);
        if (m.matches()) {
            DateParser.Found f = DateParser.whole(m.group(2));
            if (f != null) {
                String label = m.group(1).toLowerCase(Locale.ROOT);
                DateSource source = label.contains("updated") || label.equals("modified") ? DateSource.UPDATED : DateSource.LABELLED;
                String written = line.substring(0, m.start(2)).strip();
                p.dates.add(source.candidate(f.iso(), written, shift(f, p.start[i] + m.start(2))));
                p.kind[i] = ZoneKind.DATELINE;
                return true;
            }
        }
        DateParser.Found f = DateParser.whole(line);
        if (f == null) return false;
        if (inHeader) p.dates.add(DateSource.HEADER_LINE.candidate(f.iso(), null, shift(f, p.start[i])));
        p.kind[i] = ZoneKind.DATELINE;
        return true;
    }

    /** Splits a dateline off the start of a body line: DATELINE up to the dash, BODY after it. */
    static void splitDateline(ZonedPage p, int i) {
        Matcher m = DATELINE.matcher(p.line(i));
        if (!m.lookingAt()) return;
        int base = p.start[i];
        if (m.group(2) != null) datelineDate(p, m.group(2), base + m.start(2));
        int dash = base + m.end();
        while (dash > base && Character.isWhitespace(p.text.charAt(dash - 1))) dash--;
        p.segments.add(new ZonedPage.Segment(base, dash, ZoneKind.DATELINE, false));
        int bodyStart = base + m.end();
        p.kind[i] = null;
        if (bodyStart < p.end[i]) p.segments.add(new ZonedPage.Segment(bodyStart, p.end[i], ZoneKind.BODY, false));
    }

    /** The date after the place, or after a region or country that follows it ("PESHAWAR, Pakistan, Sept. 3, 2020 -"). */
    private static void datelineDate(ZonedPage p, String afterPlace, int at) {
        int from = 0;
        while (true) {
            while (from < afterPlace.length() && afterPlace.charAt(from) == ' ') from++;
            DateParser.Found f = DateParser.whole(afterPlace.substring(from));
            if (f != null) {
                p.dates.add(DateSource.DATELINE.candidate(f.iso(), null, shift(f, at + from)));
                return;
            }
            int comma = afterPlace.indexOf(',', from);
            if (comma < 0) return;
            from = comma + 1;
        }
    }

    private static Span shift(DateParser.Found f, int base) { return new Span(base + f.start(), base + f.end()); }
}
