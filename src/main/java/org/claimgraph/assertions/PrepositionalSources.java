package org.claimgraph.assertions;

import java.util.List;
import java.util.Set;

import org.claimgraph.assertions.ReportingLexicon.Frame;
import org.claimgraph.doc.Span;
import org.claimgraph.language.FunctionWords;

import static org.claimgraph.assertions.Contents.clauseRight;
import static org.claimgraph.assertions.Contents.leftContent;
import static org.claimgraph.assertions.NounPhrases.nounPhraseRight;

/** Sources introduced by a preposition: "according to X", "In the latest poll, ...". */
final class PrepositionalSources {
    /** A part of the polls named: "in one of the first polls", "in some polls". */
    private static final Set<String> PARTS = FunctionWords.union("quantifiers", "pronoun-one");

    private PrepositionalSources() {}

    /** The end of the words from token j to the sentence's final punctuation when no comma, colon or quote comes between; j when one does. */
    private static int closingPhraseEnd(SentenceView v, int j) {
        int last = v.n;
        while (last > j && v.pos(last - 1).equals("PUNCT")) last--;
        for (int k = j; k < last; k++) {
            if (v.text(k).equals(",") || v.text(k).equals(";") || v.text(k).equals(":") || v.opensQuote(k) || v.closesQuote(k)) return j;
        }
        return last;
    }

    static Attribution accordingTo(SentenceView v, int i) {
        int j = i + 2;
        int end = nounPhraseRight(v, j, true);
        // opening the sentence or set between commas, the source runs to its comma ("people familiar with the talks")
        if (i == v.firstWord() || v.text(i - 1).equals(",")) end = Math.max(end, introductoryPhraseEnd(v, j));
        // closing its sentence, the source runs to the sentence's end ("people familiar with the plan.", "show/VERB insiders.")
        end = Math.max(end, closingPhraseEnd(v, j));
        if (end == j) return null;
        Span cue = v.span(i, i + 2);
        Span source = v.span(j, end);
        Content content;
        // not "..., according to the bank, which raised rates": a relative clause on the source
        boolean relative = Contents.RELATIVE_WORDS.contains(v.lower(end + 1));
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
            if (v.pos(k).equals("AUX") || v.pos(k).equals("PUNCT") && !v.abbreviationDot(k) && !v.text(k).equals("-") && !v.text(k).equals("/")) return j;
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

    /**
     * "Clinton did not receive a bump in one of the first polls to emerge.", "Trump did well in online polls
     * conducted by news sites.": polls named after "in" at the end of a sentence report the clause before them,
     * when no cue in the sentence reports it. Token i is the "in"; the source runs to the sentence's end.
     */
    static Attribution closingPoll(SentenceView v, int i) {
        if (i <= v.firstWord() + 1 || v.pos(i - 1).equals("PUNCT")) return null;
        int j = PARTS.contains(v.lower(i + 1)) && v.lower(i + 2).equals("of") ? i + 3 : i + 1;
        // "online and snap polls/VERB": the poll word whatever its tag, after its modifiers
        int np = j;
        while (np < v.n && !ReportingLexicon.POLLS.contains(v.lemma(np)) && (v.nominal(np) || v.pos(np).equals("CCONJ"))) np++;
        // the poll word heads its phrase: not "in the survey office"
        if (!ReportingLexicon.POLLS.contains(v.lemma(np)) || v.pos(np + 1).equals("NOUN") || v.pos(np + 1).equals("PROPN")) return null;
        np++;
        int end = v.n;
        while (end > np && v.pos(end - 1).equals("PUNCT")) end--;
        for (int k = np; k < end; k++) {
            String p = v.pos(k);
            boolean participle = p.equals("VERB") && (v.lower(k).endsWith("ed") || v.lower(k).endsWith("en"))
                    || v.infinitiveAt(k - 1) && p.equals("VERB");
            if (!(participle || v.nominal(k) || p.equals("ADP") || p.equals("ADV") || p.equals("CCONJ") || v.lower(k).equals("to")
                    || v.text(k).equals(","))) return null;
        }
        boolean verb = false;
        for (int k = 0; k < v.n; k++) {
            if (v.pos(k).equals("VERB") && ReportingLexicon.frame(v.lemma(k)) != null) return null;
            verb |= k < i && (v.pos(k).equals("VERB") || v.pos(k).equals("AUX"));
        }
        if (!verb) return null;
        // "Despite the pundits, she did not receive a bump in ...": the clause after an opening phrase's comma
        int start = v.firstWord();
        for (int k = i - 1; k > start; k--) {
            if (!v.text(k).equals(",")) continue;
            boolean clause = false;
            for (int c = k + 2; c < i; c++) clause |= v.pos(c).equals("VERB") || v.pos(c).equals("AUX");
            if (clause && v.nominal(k + 1)) start = k + 1;
            break;
        }
        Content content = new Content(List.of(v.span(start, i)), false);
        return v.attribution(i, i + 1, v.span(i, i + 1), v.span(i + 1, end), content, null);
    }
}
