package org.claimgraph.reader;

import org.claimgraph.doc.Span;

/**
 * A text's lines and the blocks a reader sees as paragraphs: where each line's visible text starts and
 * ends (blanks at its ends left out) and how far it is indented. Immutable.
 */
class PageLines {
    /** Hard-wrapped text keeps its lines shorter than this; a longer line is a paragraph of its own. */
    static final int WRAP_WIDTH = 120;

    final String text;
    final int[] start;       // first non-blank character of each line
    final int[] end;         // end of each line's last non-blank character
    final int[] indent;      // leading blanks of each line
    final int[] blockStart;  // first line of each line's block (see blocks())
    final int[] blockEnd;    // line after each line's block

    PageLines(String text) {
        this.text = text;
        int count = 1;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) count++;
        start = new int[count];
        end = new int[count];
        indent = new int[count];
        int from = 0;
        for (int line = 0; line < count; line++) {
            int nl = text.indexOf('\n', from);
            int to = nl < 0 ? text.length() : nl;
            int s = from;
            while (s < to && Character.isWhitespace(text.charAt(s))) s++;
            int e = to;
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) e--;
            start[line] = s;
            end[line] = e;
            indent[line] = s - from;
            from = to + 1;
        }
        blockStart = new int[count];
        blockEnd = new int[count];
        blocks();
    }

    /**
     * Blocks are the units a reader sees as paragraphs: the lines between blank lines, except where a
     * page puts one paragraph per line with no blank line between (lines too long to be hard-wrapped),
     * where each line is a block.
     */
    private void blocks() {
        int i = 0;
        while (i < size()) {
            if (blank(i)) { blockStart[i] = i; blockEnd[i] = ++i; continue; }
            int j = i;
            boolean unwrapped = false;
            while (j < size() && !blank(j)) {
                unwrapped |= end[j] - start[j] >= WRAP_WIDTH;
                j++;
            }
            for (int k = i; k < j; k++) {
                blockStart[k] = unwrapped ? k : i;
                blockEnd[k] = unwrapped ? k + 1 : j;
            }
            i = j;
        }
    }

    final int size() { return start.length; }
    final boolean blank(int i) { return start[i] == end[i]; }
    final String line(int i) { return text.substring(start[i], end[i]); }
    final Span span(int i) { return new Span(start[i], end[i]); }

    final int nextNonBlank(int i) {
        while (i < size() && blank(i)) i++;
        return i;
    }

    /** The first line starting at or after offset (binary search: line starts ascend). */
    final int firstLineFrom(int offset) {
        int lo = 0;
        int hi = size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (start[mid] < offset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /** Words in s: runs of non-blank characters. */
    static int words(String s) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean ws = Character.isWhitespace(s.charAt(i));
            if (!ws && !in) n++;
            in = !ws;
        }
        return n;
    }
}
