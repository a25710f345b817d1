package org.claimgraph.assertions;

import java.util.List;
import java.util.Set;

import static org.claimgraph.assertions.Contents.quoteEndsBefore;
/** Verbs whose frame depends on what follows them: "called the vote a mistake", "put the number at". */
final class VerbFrames {
    private VerbFrames() {}

    /**
     * After "called" and its object ending at token np: a second noun phrase or a quote that names
     * what the object is ("called the vote a mistake", "called him “a liar”").
     */
    static boolean characterizes(SentenceView v, int np, int objectStart) {
        if (np == objectStart) return false;
        // "called his remarks on Saturday “a disgrace”": a date between
        np = v.skipAdverbs(np);
        if (v.opensQuote(np) || singleQuoted(v, np)) return true;
        // "called the charges false": the object's last words are adjectives after its head
        if (v.pos(np - 1).equals("ADJ") && np - 1 > objectStart && !v.lower(np - 1).endsWith("ly")) {
            int k = np - 1;
            while (k > objectStart && v.pos(k).equals("ADJ")) k--;
            if (v.head(k)) return true;
        }
        String w = v.lower(np);
        return (w.equals("a") || w.equals("an")) && (v.pos(np + 1).equals("ADJ") || v.pos(np + 1).equals("NOUN") || v.opensQuote(np + 1));
    }

    /**
     * "called the plan ‘a disaster’", "calls Obamacare ‘crazy system’": a name in single quotes, the style of
     * headlines and of British news (the tokenizer leaves the marks on the words), closed in the sentence.
     */
    private static boolean singleQuoted(SentenceView v, int k) {
        if (!v.text(k).startsWith("\u2018") || v.text(k).length() < 2) return false;
        for (int e = k; e < v.n && e < k + 8; e++) {
            if (v.text(e).endsWith("\u2019") && v.text(e).length() > 1) return true;
        }
        return false;
    }

    /**
     * The name given right after "called" when its object went before ("which the minister called “a
     * betrayal”", "what she called a rant"): a quote, or a noun phrase opened by "a"; null otherwise.
     */
    static Content nameGiven(SentenceView v, int k) {
        if (v.opensQuote(k)) return Contents.quoteContent(v, k);
        if (!v.lower(k).equals("a") && !v.lower(k).equals("an")) return null;
        int end = NounPhrases.nounPhraseRight(v, k, false);
        return end > k ? new Content(List.of(v.span(k, end)), false) : null;
    }

    /**
     * The preposition after the cue verb at token i that opens its stance or topic ("spoke out on Tuesday
     * about", "railed against", "weighed in on"), over a particle, adverbs and dates; -1 when there is none.
     */
    static int stancePreposition(SentenceView v, int i) {
        String lemma = v.lemma(i);
        // "we're talking about a close race": what is meant, not what was said
        if (lemma.equals("talk") && v.lower(i).endsWith("ing")) return -1;
        int j = v.skipAdverbs(i + 1);
        Set<String> preps = null;
        if (ReportingLexicon.PARTICLES.contains(v.lower(j))) {
            preps = ReportingLexicon.PREPOSITIONAL_VERBS.get(lemma + " " + v.lower(j));
            if (preps != null) j = v.skipAdverbs(j + 1);
        }
        if (preps == null) preps = ReportingLexicon.PREPOSITIONAL_VERBS.get(lemma);
        if (preps == null) return -1;
        // "spoke on Tuesday about": a date between
        if ((v.lower(j).equals("on") || v.lower(j).equals("in")) && v.isDate(j + 1) && !preps.contains(v.lower(v.skipAdverbs(j + 1)))) {
            j = v.skipAdverbs(j + 1);
        }
        return preps.contains(v.lower(j)) && v.preposition(j) ? j : -1;
    }

    /** "put the number at ...": a figure noun right after the verb. */
    static boolean putsAFigure(SentenceView v, int i) {
        for (int k = i + 1; k < v.n && k <= i + 4; k++) {
            if (v.pos(k).equals("NOUN") && ReportingLexicon.FIGURE_NOUNS.contains(v.lemma(k))) return true;
        }
        return false;
    }

    /** "to say", "to have told": the infinitive at {@code to} is a reporting verb. */
    static boolean reportingInfinitive(SentenceView v, int to) {
        int k = v.skipAdverbs(to + 1);
        while (v.lemma(k).equals("have") || v.lemma(k).equals("be")) k = v.skipAdverbs(k + 1);
        return ReportingLexicon.frame(v.lemma(k)) != null;
    }

    /** "the repeated demands", "his recently revealed plans": a participle after a determiner or possessor modifies a noun. */
    static boolean modifiesANoun(SentenceView v, int i) {
        if (!v.lower(i).endsWith("ed")) return false;
        int b = i - 1;
        while (b >= 0 && v.isAdverb(b)) b--;
        // not "that", nor a quantifier standing for its people ("all agreed")
        return v.pos(b).equals("DET") && !v.lower(b).equals("that") && !NounPhrases.QUANTIFIERS.contains(v.lower(b)) || v.isPossessive(b)
                || v.pos(b).equals("PRON") && SentenceView.POSSESSIVE_PRONOUNS.contains(v.lower(b));
    }

    /** The relative pronoun opening the clause whose subject ends right before cue i ("which the minister called"), or -1. */
    static int relativeObject(SentenceView v, int i) {
        int b = i - 1;
        while (b >= 0 && (v.isAdverb(b) || v.pos(b).equals("AUX"))) b--;
        int start = NounPhrases.nounPhraseLeft(v, b);
        // not "in which he called": the pronoun is the preposition's
        return start <= b && VerbCue.RELATIVE_PRONOUNS.contains(v.lower(start - 1)) && !v.preposition(start - 2) ? start - 1 : -1;
    }

    /** A quote or a colon right after token i, or a quote closed just before it and its subject. */
    static boolean besideQuote(SentenceView v, int i) {
        if (v.opensQuote(i + 1) || v.text(i + 1).equals(":") || v.text(i + 1).equals(",") && v.opensQuote(i + 2)) return true;
        int b = i - 1;
        if (v.head(b)) b = NounPhrases.nounPhraseLeft(v, b) - 1;
        if (v.text(b).equals(",")) b--;
        return v.closesQuote(b) || b < 0 && quoteEndsBefore(v, v.start(0)) >= 0;
    }
}
