package org.claimgraph.assertions;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.claimgraph.doc.Span;

/**
 * The double-quoted stretches of a text, straight or curly. A quote is closed within its paragraph
 * (a line); one left open at the end of a paragraph continues when the next paragraph opens with a
 * quote mark (the news convention for a quote running over paragraphs), and otherwise ends there.
 * A closing curly mark opening a paragraph opens a quote (”I am afraid.” ― a reader), a typing slip.
 * Each quote is a list of segments, one per paragraph, without the quote marks. Two apostrophes
 * ('') count as a straight double quote mark.
 */
final class Quotes {
    private final List<List<Span>> quotes = new ArrayList<>();
    /** For each character: the index of the quote whose interior holds it, or -1. */
    private final int[] quoteAt;
    /** Quote by the offset of its opening mark, and by the offset of its closing mark. */
    private final Map<Integer, Integer> byOpeningMark = new HashMap<>();
    private final Map<Integer, Integer> byClosingMark = new HashMap<>();

    Quotes(String text) {
        quoteAt = new int[text.length()];
        Arrays.fill(quoteAt, -1);
        int n = text.length();
        List<Span> segments = null;
        int segmentStart = -1;
        int openingMark = -1;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            // two apostrophes stand for a straight double quote in some house styles
            if (c == '\'' && i + 1 < n && text.charAt(i + 1) == '\'') {
                if (segments == null) {
                    segments = new ArrayList<>();
                    segmentStart = i + 2;
                    openingMark = i;
                } else {
                    addSegment(text, segments, segmentStart, i);
                    close(segments, openingMark, i);
                    segments = null;
                }
                i++;
                continue;
            }
            if (segments == null) {
                if (c == '“' || c == '"' || c == '”' && opensParagraph(text, i)) {
                    segments = new ArrayList<>();
                    segmentStart = i + 1;
                    openingMark = i;
                }
            } else if (c == '”' || c == '"') {
                addSegment(text, segments, segmentStart, i);
                close(segments, openingMark, i);
                segments = null;
            } else if (c == '“') {
                // an opening mark inside an open quote: the earlier one was never closed
                addSegment(text, segments, segmentStart, i);
                close(segments, openingMark, -1);
                segments = new ArrayList<>();
                segmentStart = i + 1;
                openingMark = i;
            } else if (c == '\n') {
                addSegment(text, segments, segmentStart, i);
                int next = i;
                while (next < n && Character.isWhitespace(text.charAt(next))) next++;
                if (next < n && (text.charAt(next) == '“' || text.charAt(next) == '"')) {
                    segmentStart = next + 1;
                    i = next;
                } else {
                    close(segments, openingMark, -1);
                    segments = null;
                }
            }
        }
        if (segments != null) {
            addSegment(text, segments, segmentStart, n);
            close(segments, openingMark, -1);
        }
    }

    /** Whether only spaces stand before offset in its paragraph: a closing mark there opens a quote (a typo). */
    private static boolean opensParagraph(String text, int offset) {
        int i = offset - 1;
        while (i >= 0 && text.charAt(i) != '\n' && Character.isWhitespace(text.charAt(i))) i--;
        return i < 0 || text.charAt(i) == '\n';
    }

    private static void addSegment(String text, List<Span> segments, int start, int end) {
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) end--;
        if (end > start) segments.add(new Span(start, end));
    }

    private void close(List<Span> segments, int openingMark, int closingMark) {
        if (segments.isEmpty()) return;
        int id = quotes.size();
        byOpeningMark.put(openingMark, id);
        if (closingMark >= 0) byClosingMark.put(closingMark, id);
        quotes.add(List.copyOf(segments));
        for (Span s : segments) Arrays.fill(quoteAt, s.start(), s.end(), id);
    }

    /** The quote whose interior holds the character at offset, or -1. */
    int at(int offset) {
        return offset >= 0 && offset < quoteAt.length ? quoteAt[offset] : -1;
    }

    /** The quote opened by the mark at offset, or -1. */
    int openedAt(int offset) {
        return byOpeningMark.getOrDefault(offset, -1);
    }

    /** The quote closed by the mark at offset, or -1. */
    int closedAt(int offset) {
        return byClosingMark.getOrDefault(offset, -1);
    }

    List<Span> segments(int quote) {
        return quotes.get(quote);
    }

    int start(int quote) {
        return quotes.get(quote).get(0).start();
    }

    int end(int quote) {
        List<Span> s = quotes.get(quote);
        return s.get(s.size() - 1).end();
    }

    static boolean isMark(String token) {
        return token.equals("\"") || token.equals("“") || token.equals("”") || token.equals("``") || token.equals("''");
    }
}
