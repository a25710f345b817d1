package org.claimgraph.assertions;

import org.claimgraph.assertions.ReportingLexicon.Frame;
import org.claimgraph.doc.Span;

import static org.claimgraph.assertions.Contents.clauseRight;
import static org.claimgraph.assertions.Contents.leftContent;
import static org.claimgraph.assertions.NounPhrases.nounPhraseRight;

/** Sources introduced by a preposition: "according to X", "In the latest poll, ...". */
final class PrepositionalSources {
    private PrepositionalSources() {}

    static Attribution accordingTo(SentenceView v, int i) {
        int j = i + 2;
        int end = nounPhraseRight(v, j, true);
        // opening the sentence or set between commas, the source runs to its comma ("people familiar with the talks")
        if (i == v.firstWord() || v.text(i - 1).equals(",")) end = Math.max(end, introductoryPhraseEnd(v, j));
        if (end == j) return null;
        Span cue = v.span(i, i + 2);
        Span source = v.span(j, end);
        Content content;
        // not "..., according to the bank, which raised rates": a relative clause on the source
        boolean relative = VerbCue.RELATIVE_PRONOUNS.contains(v.lower(end + 1));
        if (v.text(end).equals(",") && !v.onlyPunctuationFrom(end + 1) && !relative && (i == 0 || leftContent(v, i) == null)) {
            content = clauseRight(v, end + 1, Frame.CLAUSE);
        } else {
            content = leftContent(v, i);
        }
        // "The company, according to a statement, will close two plants": set between commas inside its clause
        if (content == null && !relative && v.text(i - 1).equals(",") && v.text(end).equals(",")) content = Contents.parenthetical(v, i - 1, end);
        return content == null ? null : v.attribution(i, i + 2, cue, source, content, null);
    }

    /**
     * "According to a complaint filed by the agency, ...": opening the sentence, the source runs to the
     * comma that ends the introductory phrase (j when there is no such comma within a phrase's length).
     */
    static int introductoryPhraseEnd(SentenceView v, int j) {
        for (int k = j; k < v.n && k < j + 25; k++) {
            if (v.text(k).equals(",")) return k > j && !v.onlyPunctuationFrom(k + 1) ? k : j;
            if (v.pos(k).equals("AUX") || v.pos(k).equals("PUNCT") && !v.abbreviationDot(k) && !v.text(k).equals("-")) return j;
        }
        return j;
    }

    /**
     * "In the latest poll, Clinton led by five points", "In a study published Monday, ...": a poll, study or
     * report opening the sentence reports its main clause, unless a cue of that clause reports it already
     * ("In a report, the agency said ..."). Token i is the opening "in".
     */
    static Attribution inEvidence(SentenceView v, int i) {
        int j = i + 1;
        int np = nounPhraseRight(v, j, false);
        int end = introductoryPhraseEnd(v, j);
        if (np == j || end < np || !v.text(end).equals(",") || !NounPhrases.evidence(v, new int[] {j, np})) return null;
        // "In the latest poll, conducted last week, ...": a participle's phrase set off by commas belongs to the poll
        if (v.pos(end + 1).equals("VERB") && v.lower(end + 1).endsWith("ed")) {
            int next = introductoryPhraseEnd(v, end + 1);
            if (next > end + 1) end = next;
        }
        for (int k = end + 1; k < v.n; k++) {
            if (v.pos(k).equals("VERB") && ReportingLexicon.frame(v.lemma(k)) != null) return null;
        }
        Content content = clauseRight(v, end + 1, Frame.CLAUSE);
        return content == null ? null : v.attribution(i, i + 1, v.span(i, i + 1), v.span(j, end), content, null);
    }
}
