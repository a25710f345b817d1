package org.claimgraph.assertions;

/**
 * A participle's phrase between a subject and its verb: "Protesters marching through the streets chanted",
 * "A letter from the union obtained by the AP warns". The noun phrase after its preposition is no speaker;
 * the noun the participle describes is.
 */
final class ParticiplePhrases {
    private ParticiplePhrases() {}

    /**
     * The noun phrase described by a participle whose prepositional phrase opens at token {@code a}
     * (the participle at a - 2, its preposition at a - 1), as [start, end); null when no such phrase ends
     * there. Only before a verb ending the phrase at {@code p}: "Politifact seized on Trump's claim" is a
     * clause of its own.
     */
    static int[] describedNoun(SentenceView v, int a, int p) {
        String next = v.pos(p + 1);
        // "Trump’s claim" also where the tagger read "’s" as "is" and the noun as a verb
        String last = v.lower(p);
        if (v.isPossessive(p) || SentenceView.endsInApostropheS(last) || !(next.equals("VERB") || next.equals("AUX") || next.equals("ADV"))) return null;
        int prep = a - 1, participle = a - 2, noun = a - 3;
        if (!v.pos(prep).equals("ADP") || !v.pos(participle).equals("VERB") || !v.head(noun)
                || v.pos(noun).equals("PRON")) return null;
        String w = v.lower(participle);
        // a past participle ("obtained by") or a present one ("marching through"), not a base or -s form
        if (!(w.endsWith("ing") || w.endsWith("ed") && !w.equals(v.lemma(participle)))) return null;
        int start = NounPhrases.nounPhraseLeft(v, noun);
        return start <= noun ? new int[] {start, p + 1} : null;
    }

    /**
     * "a resource for anyone wanting to learn more", "a loan for families seeking to buy": a participle of aim
     * at token i right after the object of a preposition (the subject found before it) says who that object
     * is; it reports nothing. Not "with investors fearing a slowdown", whose investors do fear it.
     */
    static boolean describesObject(SentenceView v, int[] subject, int i) {
        return subject[1] == i && v.preposition(subject[0] - 1) && !v.lower(subject[0] - 1).equals("with");
    }
}
