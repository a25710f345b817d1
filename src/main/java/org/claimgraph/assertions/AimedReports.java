package org.claimgraph.assertions;

import java.util.List;

import org.claimgraph.assertions.ReportingLexicon.Frame;

/**
 * "The mayor plans to call on residents to ...", "the center plans to release its analysis": an aim whose
 * infinitive is a report of the same speaker is one report, the one the infinitive makes (as "plans to
 * announce", which the finder hands on before it; a phrasal cue or a text put out it cannot foresee).
 */
final class AimedReports {
    private AimedReports() {}

    /** Drops from {@code found} every aim whose infinitive's verb is the cue of another report with the same source. */
    static void drop(SentenceView v, List<Attribution> found) {
        found.removeIf(a -> aim(v, a) && found.stream().anyMatch(b -> b != a && b.cueStart == v.skipAdverbs(a.cueEnd + 1)
                && b.source != null && b.source.equals(a.source)));
    }

    private static boolean aim(SentenceView v, Attribution a) {
        return a.source != null && v.lower(a.cueEnd).equals("to")
                && (ReportingLexicon.frame(v.lemma(a.cueStart)) == Frame.INTENTION || FactualityCues.handsOn(v, a.cueStart));
    }
}
