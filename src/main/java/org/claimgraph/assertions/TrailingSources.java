package org.claimgraph.assertions;

import java.util.List;

import org.claimgraph.doc.Span;

import static org.claimgraph.assertions.Contents.leftContent;
import static org.claimgraph.assertions.Contents.quoteContent;
import static org.claimgraph.assertions.Contents.quoteEndsBefore;
import static org.claimgraph.assertions.NounPhrases.nounPhraseRight;

/**
 * Sources that come after their cue: "“...,” said the official", "..., says Smith, a lawyer", "Said Smith:
 * “...”", and the subject of the main clause after an opening participle ("Citing a poll, the senator said").
 */
final class TrailingSources {
    private TrailingSources() {}

    /**
     * "..., said the official", "“...,” says Smith": the source after cue i (token j on) and the content before
     * it, which ends at token before; null otherwise.
     */
    static Attribution sourceAfter(SentenceView v, int i, int cueEnd, Span cue, int before, int j) {
        boolean afterComma = v.text(before).equals(",") || v.closesQuote(before) || before < 0 && quoteEndsBefore(v, v.start(i)) >= 0;
        if (!afterComma) return null;
        int srcEnd = nounPhraseRight(v, j, true);
        // "said Peter Morgan, a lawyer, who has fought the industry for years.", "said Maria Lopez, an engineer
        // with the authority who oversees the project.": the speaker's description runs to the sentence's end
        if (srcEnd > j && v.text(srcEnd).equals(",") && (v.lower(srcEnd + 1).equals("who") || describes(v, srcEnd + 1))) {
            int k = srcEnd + 1;
            while (k < v.n && !v.text(k).equals(";") && !v.opensQuote(k) && !v.onlyPunctuationFrom(k)
                    && !(v.text(k).equals(",") && v.participleCue(k + 1))) k++;
            if (k >= v.n || v.onlyPunctuationFrom(k)) srcEnd = k;
        }
        int after = srcEnd > j ? CuePhrases.skipPhrasesOfTimeAndPlace(v, srcEnd) : j;
        boolean joined = v.text(after).equals(",") && v.opensQuote(after + 1);
        // after a quote, "said X" names the speaker whatever follows ("“...,” said O'Neill, on his first day")
        boolean afterQuote = v.closesQuote(before) || v.text(before).equals(",") && v.closesQuote(before - 1);
        if (srcEnd > j && (afterQuote || v.onlyPunctuationFrom(after) || joined || v.text(after).equals(",") && v.participleCue(after + 1))) {
            Content left = leftContent(v, before + 1);
            if (left != null) {
                if (joined && left.direct()) left = Contents.joinQuotes(left, quoteContent(v, after + 1));
                return v.attribution(i, cueEnd, cue, v.span(j, srcEnd), left, null);
            }
        }
        return null;
    }

    /**
     * "Citing a new poll, the senator said ...", "In defending the plan, she argued ...": a participle cue
     * opening the sentence reports the phrase up to the comma, its source being the main clause's subject.
     * Token from opens the content.
     */
    static Attribution openingParticiple(SentenceView v, int i, int from, Span cue) {
        // the phrase's comma: not one inside a quote, unless the quote closes right after it ("“... my shoe on,” she")
        int comma = from;
        while (comma < v.n && !(v.text(comma).equals(",") && (v.quotes.at(v.start(comma)) < 0 || v.closesQuote(comma + 1)))) comma++;
        if (comma >= v.n || comma == from) return null;
        int subject = v.closesQuote(comma + 1) ? comma + 2 : comma + 1;
        int subjectEnd = nounPhraseRight(v, subject, false);
        String next = v.pos(v.skipAdverbs(subjectEnd));
        if (subjectEnd == subject || !(next.equals("VERB") || next.equals("AUX"))) return null;
        Span content = subject > comma + 1 ? v.span(from, subject) : v.span(from, comma);
        return v.attribution(i, i + 1, cue, v.span(subject, subjectEnd), new Content(List.of(content), false), null);
    }

    /** A description opening at token k: "a lawyer", "the group's founder", "Smith's deputy". */
    private static boolean describes(SentenceView v, int k) {
        String p = v.pos(k);
        return p.equals("DET") || p.equals("ADJ") || p.equals("NOUN") || p.equals("PROPN");
    }

    /** "Said Jones: “...”": a cue (token i) of saying opening the sentence before its speaker and a quote; null otherwise. */
    static Attribution saidFirst(SentenceView v, int i) {
        if (i != v.firstWord()) return null;
        int end = nounPhraseRight(v, i + 1, false);
        int mark = end + 1;
        if (end > i + 1 && (v.text(end).equals(":") || v.text(end).equals(",")) && v.opensQuote(mark)) {
            return v.attribution(i, i + 1, v.span(i, i + 1), v.span(i + 1, end), quoteContent(v, mark), null);
        }
        return null;
    }
}
