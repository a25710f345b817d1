package org.claimgraph.assertions;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.claimgraph.doc.Span;
import org.claimgraph.language.FunctionWords;
import org.claimgraph.language.WordLists;

import static org.claimgraph.assertions.Contents.quoteContent;
import static org.claimgraph.assertions.NounPhrases.nounPhraseRight;

/** Attributions of headlines and signed lines: "Speaker: content", "Speaker ― “quote”", "“quote” ― Speaker". */
final class HeadlineForms {
    /** "Editor's note:", "Correction:": the paper's own notes, which name no speaker. */
    /** Dashes, with the horizontal bar that signs a quote ("”―"). */
    private static final Set<String> DASHES = FunctionWords.union("dashes", "horizontal-bar");
    private static final Set<String> EDITORIAL_LABELS = Set.copyOf(WordLists.lines("org/claimgraph/assertions/editorial-labels.txt"));

    private HeadlineForms() {}

    /**
     * A speaker and a colon opening a line: headlines ("Russia's Chief Of Staff: U.S. Provided Aid To
     * IS") and transcripts ("PENCE: Well, ..."); or a speaker, a dash and a quote ("Jane Doe ― “...”").
     * The content runs to the end of the line.
     */
    static Attribution headlineColon(SentenceView v, int i) {
        // a transcript's paragraphs may each open with a quotation mark ("\"WALLACE: ...")
        int first = Quotes.isMark(v.text(0)) ? 1 : 0;
        if (i <= first || i > first + 6 || nounPhraseRight(v, first, false) != i) return null;
        int lineStart = v.start(0);
        if (lineStart > 0 && v.doc.charAt(lineStart - 1) != '\n') return null;
        boolean named = false;
        for (int k = first; k < i; k++) named |= v.pos(k).equals("PROPN") || v.pos(k).equals("NOUN");
        if (!named) return null;
        Span speaker = v.span(first, i);
        if (EDITORIAL_LABELS.contains(speaker.of(v.doc).toLowerCase(Locale.ROOT).replace('’', '\''))) return null;
        if (v.opensQuote(i + 1)) return v.attribution(i, i + 1, v.span(i, i + 1), speaker, quoteContent(v, i + 1), null);
        if (i + 1 >= v.n) return null;
        int contentStart = v.start(i + 1);
        int lineEnd = v.doc.indexOf('\n', contentStart);
        if (lineEnd < 0) lineEnd = v.doc.length();
        while (lineEnd > contentStart && !Character.isLetterOrDigit(v.doc.charAt(lineEnd - 1))) lineEnd--;
        if (lineEnd <= contentStart) return null;
        boolean verb = false;
        for (int k = i + 1; k < v.n; k++) verb |= v.pos(k).equals("VERB") || v.pos(k).equals("AUX");
        if (!verb && !(v.titled && v.n - i > 3)) return null;
        return v.attribution(i, i + 1, v.span(i, i + 1), speaker, new Content(List.of(new Span(contentStart, lineEnd)), false), null);
    }

    /**
     * "“The most unqualified candidate ever.” ― Jane Doe": a quote signed after a dash, the name ending
     * its line (a full stop may follow). The dash may be glued to the closing mark ("”― Jane Doe").
     */
    static Attribution quoteThenDash(SentenceView v, int i) {
        int dash = v.end(i) - 1;
        int end = nounPhraseRight(v, i + 1, true);
        int lineEnd = v.doc.indexOf('\n', dash);
        if (lineEnd < 0) lineEnd = v.doc.length();
        // the sentence may run on into the next paragraph: the name stops at its line's end
        while (end > i + 1 && v.start(end - 1) >= lineEnd) end--;
        if (end == i + 1) return null;
        for (int c = v.end(end - 1); c < lineEnd; c++) {
            if (Character.isLetterOrDigit(v.doc.charAt(c))) return null;
        }
        int mark = markBefore(v, dash);
        int q = v.quotes.closedAt(mark);
        int lineStart = v.doc.lastIndexOf('\n', mark) + 1;
        Content quote;
        if (q >= 0 && v.quotes.start(q) >= lineStart) {
            quote = new Content(v.quotes.segments(q), true);
        } else {
            // marks that pair up wrongly ("”..." opened with a closing mark): the signed line up to its last mark
            while (lineStart < mark && (Character.isWhitespace(v.doc.charAt(lineStart)) || Quotes.isMark(v.doc.substring(lineStart, lineStart + 1)))) lineStart++;
            if (lineStart >= mark) return null;
            quote = new Content(List.of(new Span(lineStart, mark)), true);
        }
        return v.attribution(i, i + 1, new Span(dash, dash + 1), v.span(i + 1, end), quote, null);
    }

    /** Offset of the quotation mark just before offset on the same line (over spaces, no-break spaces of web text too), or -1. */
    private static int markBefore(SentenceView v, int offset) {
        int p = offset - 1;
        while (p >= 0 && (Character.isSpaceChar(v.doc.charAt(p)) || v.doc.charAt(p) == '\t')) p--;
        return p >= 0 && Quotes.isMark(v.doc.substring(p, p + 1)) ? p : -1;
    }

    /** A dash signing a quote: alone after the closing mark, or glued to it ("”―"). */
    static boolean signsQuote(SentenceView v, int i) {
        String w = v.text(i);
        if (w.isEmpty() || !isDash(w.substring(w.length() - 1))) return false;
        if (w.length() == 1) return markBefore(v, v.start(i)) >= 0;
        return w.length() == 2 && Quotes.isMark(w.substring(0, 1));
    }

    static boolean isDash(String token) {
        return DASHES.contains(token);
    }
}
