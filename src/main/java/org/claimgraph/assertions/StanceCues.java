package org.claimgraph.assertions;

import java.util.Set;

import org.claimgraph.assertions.ReportingLexicon.Frame;
import org.claimgraph.doc.Span;

import static org.claimgraph.assertions.Contents.clauseRight;
import static org.claimgraph.assertions.NounPhrases.nounPhraseLeft;
import static org.claimgraph.assertions.NounPhrases.nounPhraseRight;
import static org.claimgraph.assertions.NounPhrases.sourceLeft;
import static org.claimgraph.assertions.SentenceView.POSSESSIVE_PRONOUNS;
import static org.claimgraph.assertions.SentenceView.WH;

/** Stances named by a noun ("his claim that") or an adjective after a copula ("is confident that", "remains critical of"). */
final class StanceCues {
    private StanceCues() {}

    /** Verbs that join a subject to an attitude: "is worried", "remains skeptical", "seemed confident". */
    private static final Set<String> COPULAS = Set.of("be", "remain", "seem", "appear", "feel", "become", "grow", "stay");
    private static final Set<String> STANCE_PREPS = Set.of("about", "of", "over", "that", "on");

    /**
     * A noun of saying with a "that" clause: "Trump's claim that ...", "the warning by officials that
     * ...". The source is the possessor or the "by" phrase; many such cues name none.
     */
    static Attribution nounCue(SentenceView v, int i) {
        int j = i + 1;
        Span source = null;
        if (v.lower(j).equals("by") || v.lower(j).equals("from")) {
            int end = nounPhraseRight(v, j + 1, false);
            if (end == j + 1) return null;
            source = v.span(j + 1, end);
            j = end;
        }
        if (!v.lower(j).equals("that") || !v.pos(j).equals("SCONJ")) return null;
        if (source == null) {
            int k = i - 1;
            while (k >= 0 && (v.pos(k).equals("ADJ") || v.pos(k).equals("NOUN") && !v.isPossessive(k))) k--;
            if (k >= 0 && (v.isPossessive(k) || v.pos(k).equals("PRON") && POSSESSIVE_PRONOUNS.contains(v.lower(k)))) {
                int start = v.isPossessive(k) && v.text(k).length() <= 2 ? nounPhraseLeft(v, k - 1) : nounPhraseLeft(v, k);
                source = start <= k ? v.span(start, k + 1) : null;
            }
        }
        Content content = clauseRight(v, j, ReportingLexicon.Frame.CLAUSE);
        return content == null ? null : v.attribution(i, i + 1, v.span(i, i + 1), source, content, null);
    }

    /**
     * An attitude stated with a copula: "the senator is confident that ...", "voters remain worried about
     * the economy", "she has been critical of the plan". The subject is the source.
     */
    static Attribution stanceAdjective(SentenceView v, int i) {
        int j = i + 1;
        String next = v.lower(j);
        boolean clause = next.equals("that");
        if (!clause && !STANCE_PREPS.contains(next)) return null;
        int k = i - 1;
        while (k >= 0 && (v.isAdverb(k) || v.lower(k).equals("not"))) k--;
        if (!(v.pos(k).equals("AUX") || v.pos(k).equals("VERB")) || !COPULAS.contains(v.lemma(k))) return null;
        while (k >= 0 && (v.isAdverb(k) || v.lower(k).equals("not") || v.pos(k).equals("AUX") || COPULAS.contains(v.lemma(k)))) k--;
        int[] src = sourceLeft(v, k);
        if (src == null || v.pos(src[0]).equals("PRON") && WH.contains(v.lower(src[0]))) return null;
        Content content = clause ? clauseRight(v, j, Frame.CLAUSE) : clauseRight(v, j + 1, Frame.OBJECT);
        return content == null ? null : v.attribution(i, i + 1, v.span(i, i + 1), v.span(src[0], src[1]), content, null);
    }
}
