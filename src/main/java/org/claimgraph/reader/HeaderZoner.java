package org.claimgraph.reader;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.claimgraph.doc.ZoneKind;

/**
 * The page header, before the first prose paragraph: the title (the page's h1, a Markdown heading, else
 * the first heading-like line of four words or more), date lines, bylines, and short kicker or category
 * lines.
 */
final class HeaderZoner {
    private HeaderZoner() {}

    /** Lines before the first prose line that may still belong to the page header. */
    private static final int MAX_HEADER_LINES = 12;
    /** A heading or name line is short; longer lines are prose. */
    private static final int MAX_HEADING_WORDS = 30;
    private static final Pattern MARKDOWN_HEADING = Pattern.compile("^#{1,6}\\s+\\S");
    private static final Pattern MARKDOWN_MARK = Pattern.compile("^#{1,6}\\s+");
    private static final Pattern BULLET = Pattern.compile("^[•·▪◦*\\-–]\\s+");

    /** Classifies the page header; returns the index of the first line after it. */
    static int header(ZonedPage p, PageZoner.Hints hints) {
        int titleLine = hintedTitle(p, hints);
        List<Integer> candidates = new ArrayList<>();
        int i = p.nextNonBlank(0);
        for (int seen = 0; i < p.size() && seen < MAX_HEADER_LINES; i = p.nextNonBlank(i + 1), seen++) {
            if (p.inComments[i]) break;
            if (p.kind[i] != null) continue;
            String line = p.line(i);
            if (DateLines.dateLine(p, i, true) || Bylines.byline(p, i, ZonedPage.AUTHOR_HEADER)) continue;
            if (isProse(line)) break;
            if (BULLET.matcher(line).lookingAt()) { p.kind[i] = ZoneKind.BODY; continue; }
            if (BoilerplateLines.boilerplateLine(p, i)) continue;
            if (MARKDOWN_HEADING.matcher(line).lookingAt() && titleLine < 0) { titleLine = i; continue; }
            int words = PageLines.words(line);
            if (words >= 2 && words <= MAX_HEADING_WORDS && !line.endsWith(".")) candidates.add(i);
            else p.kind[i] = ZoneKind.BODY;
        }
        if (titleLine < 0) titleLine = chooseTitle(p, candidates);
        if (titleLine >= 0) p.kind[titleLine] = ZoneKind.TITLE;
        for (int c : candidates) {
            if (c != titleLine) p.kind[c] = PageLines.words(p.line(c)) <= 5 ? ZoneKind.BOILERPLATE : ZoneKind.BODY;
        }
        StringBuilder title = new StringBuilder();
        for (int t = 0; t < p.size(); t++) {
            if (p.kind[t] == ZoneKind.TITLE) {
                title.append(title.isEmpty() ? "" : " ").append(MARKDOWN_MARK.matcher(p.line(t)).replaceFirst("").strip());
            }
        }
        if (!title.isEmpty()) p.title = title.toString();
        return i;
    }

    /** The lines of the page's h1 become TITLE; returns the first of them, or -1. */
    private static int hintedTitle(ZonedPage p, PageZoner.Hints hints) {
        int titleLine = -1;
        if (hints.title() == null) return titleLine;
        for (int t = 0; t < p.size(); t++) {
            if (!p.blank(t) && hints.title().overlaps(p.span(t))) {
                p.kind[t] = ZoneKind.TITLE;
                if (titleLine < 0) titleLine = t;
            }
        }
        return titleLine;
    }

    /** The first candidate of four words or more (kickers are shorter), else the longest. */
    private static int chooseTitle(ZonedPage p, List<Integer> candidates) {
        int longest = -1;
        for (int c : candidates) {
            int w = PageLines.words(p.line(c));
            if (w >= 4) return c;
            if (longest < 0 || w > PageLines.words(p.line(longest))) longest = c;
        }
        return longest;
    }

    private static boolean isProse(String line) {
        int w = PageLines.words(line);
        if (w >= 25) return true;
        char last = line.charAt(line.length() - 1);
        return w >= 12 && ".!?\"”’)…".indexOf(last) >= 0;
    }
}
