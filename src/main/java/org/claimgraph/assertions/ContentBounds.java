package org.claimgraph.assertions;

import java.util.Locale;
import java.util.Set;

import org.claimgraph.doc.Span;
import org.claimgraph.language.WordLists;

import static org.claimgraph.assertions.SentenceView.POSSESSIVE_PRONOUNS;

/**
 * Where what a report says ends, when the clause after the cue runs on into what the writer tells next:
 * "Graham urged Republicans to act and criticized the party's record" reports only the urging.
 */
final class ContentBounds {
    private ContentBounds() {}

    private static final Set<String> OCCASIONS = Set.copyOf(WordLists.lines("org/claimgraph/assertions/report-occasions.txt"));
    /** Prepositions of the phrase naming a report's occasion: "in a statement", "during a stop", "on Twitter". */
    private static final Set<String> OCCASION_PREPS = Set.of("in", "during", "on", "at");
    /** How many words of a noun phrase may stand before the occasion's noun: "during a presidential campaign stop". */
    private static final int OCCASION_REACH = 4;

    /**
     * Ends the content of a report whose content follows its cue where a second predicate of its subject
     * begins, or where a phrase naming the report's occasion closes it.
     */
    static void trim(SentenceView v, Attribution a) {
        if (a.content.size() != 1 || a.direct || a.content.get(0).start() < a.cue.end()) return;
        int occasion = occasion(v, a.content.get(0));
        if (occasion > 0) cut(v, a, occasion);
        if (a.source == null || a.source.start() > a.cue.start()) return;
        Span c = a.content.get(0);
        int clauseEnd = relativeClauseEnd(v, a.source, c);
        if (clauseEnd > 0) {
            cut(v, a, clauseEnd);
            return;
        }
        int cueVerb = a.cueStart;
        for (int k = 0; k < v.n; k++) {
            if (v.start(k) <= c.start() || v.end(k) > c.end()) continue;
            if (!TagRepairs.COORDINATORS.contains(v.lower(k)) || v.quotes.at(v.start(k)) >= 0) continue;
            int verb = v.skipAdverbs(k + 1);
            if (!v.pos(verb).equals("VERB") || !sameForm(v, cueVerb, verb) || continuesParticiple(v, c, k)) continue;
            cut(v, a, k);
            return;
        }
    }

    /**
     * "The party, which has criticised the government, said ...": a report in a relative clause between commas
     * ends at the comma that closes it, before the main clause's verb; -1 when the source opens no such clause.
     */
    private static int relativeClauseEnd(SentenceView v, Span source, Span c) {
        int s = v.tokenAt(source.start());
        if (s < 1 || !v.text(s - 1).equals(",") || v.end(s) != source.end() || !NounPhrases.RELATIVE_PRONOUNS.contains(v.lower(s))) return -1;
        int nested = 0;
        for (int k = s + 1; k + 1 < v.n && v.end(k) <= c.end(); k++) {
            if (v.start(k) <= c.start() || !v.text(k).equals(",") || v.quotes.at(v.start(k)) >= 0) continue;
            // "that the plan, which he drafted, would fail": a clause inside closes first
            if (NounPhrases.RELATIVE_PRONOUNS.contains(v.lower(k + 1))) nested++;
            int verb = v.skipAdverbs(k + 1);
            // an auxiliary closes only a clause that has its verb: "that 22 pilots, all reservists, had been detained"
            boolean closes = v.pos(verb).equals("VERB") || v.pos(verb).equals("AUX") && verbBetween(v, c.start(), k);
            if (!closes || v.lower(verb).endsWith("ing")) continue;
            if (nested == 0) return k;
            nested--;
        }
        return -1;
    }

    private static boolean verbBetween(SentenceView v, int from, int k) {
        for (int j = k - 1; j >= 0 && v.start(j) >= from; j--) {
            if (v.pos(j).equals("VERB") || v.pos(j).equals("AUX")) return true;
        }
        return false;
    }

    /** The content ends before token k, without the punctuation before it. */
    private static void cut(SentenceView v, Attribution a, int k) {
        Span c = a.content.get(0);
        int end = k;
        while (end > 0 && (v.pos(end - 1).equals("PUNCT") || v.pos(end - 1).equals("SYM"))) end--;
        if (end > 0 && v.end(end - 1) > c.start()) a.content.set(0, new Span(c.start(), v.end(end - 1)));
    }

    /**
     * "criticized the plan in an interview with CNN on Sunday", "..., during a campaign stop in Flint": the
     * token opening a phrase on the report's occasion after an object with no verb (a clause keeps its
     * phrases), from which no verb follows before a comma; -1 when there is none.
     */
    private static int occasion(SentenceView v, Span c) {
        // a headline in title case: the tagger misses its verbs ("Flowers Won't Be/PROPN at Debate")
        boolean verb = v.titled;
        for (int k = 1; k < v.n && v.end(k) <= c.end(); k++) {
            if (v.start(k) < c.start()) continue;
            // "will address the comments at an event in Florida": in a clause, the phrase is the clause's own
            verb |= v.pos(k).equals("VERB") || v.pos(k).equals("AUX");
            if (verb) return -1;
            if (v.start(k) == c.start() || !OCCASION_PREPS.contains(v.lower(k)) || !v.pos(k).equals("ADP")
                    || v.quotes.at(v.start(k)) >= 0) continue;
            if (!determined(v, k)) continue;
            int head = -1;
            for (int m = k + 1; m < v.n && m <= k + OCCASION_REACH && v.end(m) <= c.end() && (v.nominal(m) || v.isAdverb(m)); m++) {
                if (OCCASIONS.contains(v.lemma(m).toLowerCase(Locale.ROOT)) && (v.pos(m).equals("NOUN") || v.pos(m).equals("PROPN"))) head = m;
            }
            // "while at the convention"
            if (head > 0 && !verbBeforeComma(v, head + 1, c)) return v.lower(k - 1).equals("while") ? k - 1 : k;
        }
        return -1;
    }

    /**
     * Whether the phrase after the preposition at k opens like a particular occasion: "in a statement", "in
     * his remarks", "in early-morning tweets", "on Twitter"; not a kind ("a ban on tweets", "on political ads").
     */
    private static boolean determined(SentenceView v, int k) {
        String first = v.pos(k + 1);
        boolean particular = first.equals("DET") || first.equals("PROPN") || POSSESSIVE_PRONOUNS.contains(v.lower(k + 1));
        return particular || first.equals("ADJ") && !v.lower(k).equals("on");
    }

    private static boolean verbBeforeComma(SentenceView v, int k, Span c) {
        for (; k < v.n && v.end(k) <= c.end() && !v.text(k).equals(","); k++) {
            if (v.pos(k).equals("VERB") || v.pos(k).equals("AUX")) return true;
        }
        return false;
    }

    /** "spoke about how the consulate had been taken over and looted": a participle after an auxiliary goes on. */
    private static boolean continuesParticiple(SentenceView v, Span c, int k) {
        int m = k - 1;
        while (m > 0 && v.start(m) > c.start() && !v.pos(m).equals("VERB")) m--;
        if (!v.pos(m).equals("VERB") || !past(v, m)) return false;
        int aux = m - 1;
        while (aux > 0 && v.isAdverb(aux)) aux--;
        return v.pos(aux).equals("AUX");
    }

    /**
     * Whether the verbs at tokens a and b show the same finite form: both past ("urged ... and criticized"),
     * both in -s ("urges ... and criticizes") or both in -ing ("touting ... and saying").
     */
    private static boolean sameForm(SentenceView v, int a, int b) {
        String x = v.lower(a), y = v.lower(b);
        if (x.endsWith("ing") || y.endsWith("ing")) return x.endsWith("ing") && y.endsWith("ing");
        boolean xs = x.endsWith("s") && !x.equals(v.lemma(a)), ys = y.endsWith("s") && !y.equals(v.lemma(b));
        if (xs || ys) return xs && ys;
        return past(v, a) && past(v, b);
    }

    private static boolean past(SentenceView v, int k) {
        String w = v.lower(k);
        return !w.equals(v.lemma(k).toLowerCase(Locale.ROOT)) && (w.endsWith("ed") || !w.endsWith("s"));
    }
}
