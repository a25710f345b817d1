package org.claimgraph.assertions;

import java.util.Locale;
import java.util.Set;

import org.claimgraph.doc.Span;

/**
 * Where what a report says ends, when the clause after the cue runs on into what the writer tells next:
 * "Graham urged Republicans to act and criticized the party's record" reports only the urging.
 */
final class ContentBounds {
    private ContentBounds() {}

    private static final Set<String> COORDINATORS = Set.of("and", "but", "yet");

    /** Ends the content of a report whose content follows its cue where a second predicate of its subject begins. */
    static void trim(SentenceView v, Attribution a) {
        if (a.content.size() != 1 || a.direct || a.source == null || a.source.start() > a.cue.start()) return;
        Span c = a.content.get(0);
        if (c.start() < a.cue.end()) return;
        int cueVerb = a.cueStart;
        for (int k = 0; k < v.n; k++) {
            if (v.start(k) <= c.start() || v.end(k) > c.end()) continue;
            if (!COORDINATORS.contains(v.lower(k)) || v.quotes.at(v.start(k)) >= 0) continue;
            int verb = v.skipAdverbs(k + 1);
            if (!v.pos(verb).equals("VERB") || !sameForm(v, cueVerb, verb) || continuesParticiple(v, c, k)) continue;
            int end = k;
            while (end > 0 && (v.pos(end - 1).equals("PUNCT") || v.pos(end - 1).equals("SYM"))) end--;
            if (v.end(end - 1) > c.start()) a.content.set(0, new Span(c.start(), v.end(end - 1)));
            return;
        }
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
