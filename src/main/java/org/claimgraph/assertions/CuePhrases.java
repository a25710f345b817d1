package org.claimgraph.assertions;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.claimgraph.doc.Span;
import org.claimgraph.language.FunctionWords;

import static org.claimgraph.assertions.NounPhrases.nounPhraseRight;

/** What stands between a cue and its content: whom it was said to, where, when ("told reporters in Ohio on Friday that"). */
final class CuePhrases {
    private CuePhrases() {}

    /** Prepositions that open a phrase between a cue and its content ("said in an interview with X that"). */
    private static final Set<String> CUE_PREPS = Set.of("in", "at", "on", "to", "with", "during", "after", "before",
            "from", "via", "over", "through", "earlier", "later", "late");
    /** What may stand before "Speaking to ..." besides a comma: a dash or a hyphen. */
    private static final Set<String> DASHES = FunctionWords.union("dashes", "hyphen");
    /** Prepositions whose phrase names whom the speaker addressed, or where. */
    private static final Set<String> VENUE_PREPS = Set.of("to", "with", "at");

    /** A "that" clause or a quote begins at token j. */
    static boolean opensContent(SentenceView v, int j) {
        return v.lower(j).equals("that") || v.opensQuote(j) || v.text(j).equals(":") || v.text(j).equals(",") && v.opensQuote(j + 1);
    }

    /** Words of a time phrase the date finder leaves alone: "last week", "earlier this week", "Tuesday night". */
    private static final Set<String> TIME_WORDS = Stream.concat(FunctionWords.get("parts-of-day").stream(), Stream.of("last",
            "this", "next", "past", "earlier", "later", "week", "weekend", "month", "year", "ago", "recently", "in", "on",
            "the")).collect(Collectors.toUnmodifiableSet());

    /** Only a time phrase and punctuation from token j to the end: "said last week." */
    static boolean onlyTimeFrom(SentenceView v, int j) {
        for (int k = j; k < v.n; k++) {
            if (!(TIME_WORDS.contains(v.lower(k)) || v.isDate(k) || v.pos(k).equals("PUNCT"))) return false;
        }
        return true;
    }

    /**
     * "has in the past claimed", "have over recent weeks argued": a phrase of time (a preposition, then a noun
     * phrase or a date) ending at token k right after an auxiliary; the auxiliary's index, else k.
     */
    static int auxiliaryBeforePhraseOfTime(SentenceView v, int k) {
        int start = k;
        while (start >= 0 && v.isDate(start)) start--;
        if (start == k) start = NounPhrases.nounPhraseLeft(v, k) - 1;
        // the tagger reads the "in" of "in recent weeks" as an adverb too
        boolean preposition = start > 0 && CUE_PREPS.contains(v.lower(start)) && (v.pos(start).equals("ADP") || v.pos(start).equals("ADV"));
        return start < k && preposition && v.pos(start - 1).equals("AUX") ? start - 1 : k;
    }

    /** Past dates, adverbs and phrases like "in an interview", "on Friday" after token k. */
    static int skipPhrasesOfTimeAndPlace(SentenceView v, int k) {
        return phrasesOfTimeAndPlace(v, v.skipAdverbs(k)).end();
    }

    /** Where the phrases of time and place starting at a token end, and the first venue among them ("to reporters"), or null. */
    record Phrases(int end, Span venue) {}

    static Phrases phrasesOfTimeAndPlace(SentenceView v, int k) {
        Span venue = null;
        while (k < v.n && (CUE_PREPS.contains(v.lower(k)) && v.pos(k).equals("ADP") || asEarlyAs(v, k))) {
            if (v.isDate(k + 1)) {
                k = v.skipAdverbs(k + 1);
                continue;
            }
            int end = nounPhraseRight(v, k + 1, false);
            if (end == k + 1) break;
            if (venue == null && VENUE_PREPS.contains(v.lower(k))) venue = v.span(k + 1, end);
            k = v.skipAdverbs(end);
        }
        return new Phrases(k, venue);
    }

    /** "as early as April", "as soon as Friday": the second "as" before a date. */
    private static boolean asEarlyAs(SentenceView v, int k) {
        return v.lower(k).equals("as") && v.lower(k - 2).equals("as") && Set.of("early", "soon", "late").contains(v.lower(k - 1)) && v.isDate(k + 1);
    }

    /**
     * "said during a Friday evening rally in Ohio that ...", "says at a stop in Dayton, Ohio, that ...":
     * phrases the walk over noun phrases could not read, before a "that" within a few tokens. The
     * "that" when there is one, else k.
     */
    static int thatAfterPhrases(SentenceView v, int k) {
        if (!(v.pos(k).equals("ADP") && CUE_PREPS.contains(v.lower(k)) || v.text(k).equals(","))) return k;
        for (int m = k + 1; m < v.n && m < k + 15; m++) {
            // not "at that time", nor the relative "a town that voted"
            if (v.lower(m).equals("that")) {
                boolean relative = v.pos(m + 1).equals("VERB") || v.pos(m + 1).equals("AUX");
                return v.pos(m - 1).equals("ADP") || relative ? k : m;
            }
            if (!(v.nominal(m) || v.pos(m).equals("ADP") || v.pos(m).equals("ADV") || v.isDate(m) || v.text(m).equals(",")
                    || v.text(m).equals("-"))) return k;
        }
        return k;
    }

    /** "Speaking to Russia's Defense Ministry Board ..., X said": whom the speaker addressed. */
    static Span openingVenue(SentenceView v) {
        for (int k = 0; k < v.n && k < 12; k++) {
            if (!(v.pos(k).equals("VERB") && v.lower(k).endsWith("ing") && ReportingLexicon.VENUE_VERBS.contains(v.lemma(k)))) continue;
            if (k > 0 && !(DASHES.contains(v.text(k - 1)) || v.text(k - 1).equals(","))) return null;
            int np = v.lemma(k).equals("address") ? k + 1 : VENUE_PREPS.contains(v.lower(k + 1)) || v.lower(k + 1).equals("before") ? k + 2 : -1;
            if (np < 0) return null;
            int end = nounPhraseRight(v, np, false);
            return end > np ? v.span(np, end) : null;
        }
        return null;
    }
}
