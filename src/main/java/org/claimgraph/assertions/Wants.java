package org.claimgraph.assertions;

import org.claimgraph.assertions.ReportingLexicon.Frame;
import org.claimgraph.doc.Span;

/**
 * "Democrats want policies that raise revenue", "the union wants a new contract": "want" with a noun phrase
 * as its object states an aim as much as "want to ..." does. Only a determiner, adjective or plural noun
 * opens that object, so no pronoun ("want it") and no bare name.
 */
final class Wants {
    private Wants() {}

    /** The aim of the "want" at token i whose object opens at token j, or null. */
    static Attribution thing(SentenceView v, int i, int j, int cueEnd, Span cue, Span source) {
        if (!v.lemma(i).equals("want") || j >= v.n || !opensObject(v, j)) return null;
        Content object = Contents.clauseRight(v, j, Frame.OBJECT);
        return object == null ? null : v.attribution(i, cueEnd, cue, source, object, null);
    }

    private static boolean opensObject(SentenceView v, int j) {
        String p = v.pos(j);
        return p.equals("DET") && !v.lower(j).equals("that") || p.equals("ADJ") || p.equals("NUM")
                || p.equals("NOUN") && v.lower(j).endsWith("s");
    }
}
