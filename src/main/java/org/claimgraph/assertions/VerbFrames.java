package org.claimgraph.assertions;

/** Verbs whose frame depends on what follows them: "called the vote a mistake", "put the number at". */
final class VerbFrames {
    private VerbFrames() {}

    /**
     * After "called" and its object ending at token np: a second noun phrase or a quote that names
     * what the object is ("called the vote a mistake", "called him “a liar”").
     */
    static boolean characterizes(SentenceView v, int np, int objectStart) {
        if (np == objectStart) return false;
        if (v.opensQuote(np)) return true;
        // "called the charges false": the object's last words are adjectives after its head
        if (v.pos(np - 1).equals("ADJ") && np - 1 > objectStart && !v.lower(np - 1).endsWith("ly")) {
            int k = np - 1;
            while (k > objectStart && v.pos(k).equals("ADJ")) k--;
            if (v.head(k)) return true;
        }
        String w = v.lower(np);
        return (w.equals("a") || w.equals("an")) && (v.pos(np + 1).equals("ADJ") || v.pos(np + 1).equals("NOUN") || v.opensQuote(np + 1));
    }

    /** "put the number at ...": a figure noun right after the verb. */
    static boolean putsAFigure(SentenceView v, int i) {
        for (int k = i + 1; k < v.n && k <= i + 4; k++) {
            if (v.pos(k).equals("NOUN") && ReportingLexicon.FIGURE_NOUNS.contains(v.lemma(k))) return true;
        }
        return false;
    }
}
