package org.claimgraph.assertions;

/**
 * A subject with a short relative clause before its verb: "A senior officer who asked not to be named said",
 * "An aide who spoke on condition of anonymity told ...", "A pilot who urged the minister to resign said".
 * The clause's predicate (a verb with an infinitive, or with a prepositional phrase) is part of the speaker's
 * description; without it the main verb found no subject and the clause's report ran over it.
 */
final class RelativePredicates {
    /** The longest predicate taken: "asked not to be publicly named", "returned under an amnesty programme in 2016". */
    private static final int MAX = 8;

    private RelativePredicates() {}

    /** The noun phrase with its relative clause ending at token p, before a verb, as [start, end); null when none. */
    static int[] describedNoun(SentenceView v, int p) {
        // the cue's search for its subject skipped a date after the clause ("who returned ... in 2016 told")
        int q = p + 1;
        if (v.pos(q).equals("ADP") && v.isDate(q + 1)) q++;
        while (v.isDate(q)) q++;
        String next = v.pos(q);
        if (!(next.equals("VERB") || next.equals("AUX") || next.equals("ADV"))) return null;
        for (int relative = p - 2; relative >= Math.max(1, p - MAX); relative--) {
            if (!NounPhrases.RELATIVE_PRONOUNS.contains(v.lower(relative))) continue;
            int verb = relative + 1, noun = relative - 1;
            if (!v.pos(verb).equals("VERB") || v.lower(verb).endsWith("ing") || !v.head(noun) || v.pos(noun).equals("PRON")
                    || !(infinitive(v, verb + 1, p) || infinitive(v, NounPhrases.nounPhraseRight(v, verb + 1, false), p)
                            || prepositional(v, verb + 1, p))) return null;
            int start = NounPhrases.nounPhraseLeft(v, noun);
            return start <= noun ? new int[] {start, p + 1} : null;
        }
        return null;
    }

    /** "not to be named", "to remain anonymous": (not) to, auxiliaries or a verb of being, then a verb or adjective at p. */
    private static boolean infinitive(SentenceView v, int k, int p) {
        if (v.lower(k).equals("not")) k++;
        if (!v.lower(k).equals("to")) return false;
        k++;
        // "to remain anonymous": a verb of being before the adjective
        while (k < p && (v.pos(k).equals("AUX") || v.isAdverb(k) || v.pos(k).equals("VERB") && k == p - 1 && v.pos(p).equals("ADJ"))) k++;
        return k == p && (v.pos(p).equals("VERB") || v.pos(p).equals("ADJ"));
    }

    /**
     * "on condition of anonymity", "under an amnesty programme in 2016": prepositional phrases to p, each a
     * preposition and a noun phrase (its words by {@link SentenceView#nominal}, as the tagger may take a rare
     * noun for a determiner: "anonymity/DET").
     */
    private static boolean prepositional(SentenceView v, int k, int p) {
        if (!v.pos(k).equals("ADP") || k >= p) return false;
        for (k++; k <= p; k++) {
            boolean word = v.nominal(k) && !v.pos(k).equals("PRON") || v.isDate(k);
            if (!(word || v.pos(k).equals("ADP") && k < p && !v.pos(k - 1).equals("ADP"))) return false;
        }
        return true;
    }
}
