package org.claimgraph.assertions;

import java.util.List;

import org.claimgraph.assertions.ReportingLexicon.Frame;

/**
 * "The mayor plans to call on residents to ...", "the center plans to release its analysis", "responded to the
 * mother by saying ...": a report whose content opens with an aim's infinitive or a means ("by") that is itself a
 * report of the same speaker is one report, the one the inner cue makes (as "plans to announce", which the
 * finder hands on before it; a phrasal cue or a text put out it cannot foresee).
 */
final class AimedReports {
    private AimedReports() {}

    /** Drops from {@code found} every report whose content opens with the cue of another report with the same source. */
    static void drop(SentenceView v, List<Attribution> found) {
        found.removeIf(a -> a.source != null && found.stream().anyMatch(b -> b != a && b.source != null && b.source.equals(a.source)
                && opensWith(v, a, b)));
    }

    /** Whether a's content opens with "to" after an aim, or "by" before a gerund, right before b's cue. */
    private static boolean opensWith(SentenceView v, Attribution a, Attribution b) {
        if (a.content.isEmpty()) return false;
        int k = v.tokenAt(a.content.get(0).start());
        if (k < 0 || b.cueStart != v.skipAdverbs(k + 1)) return false;
        if (v.lower(k).equals("by")) return v.lower(b.cueStart).endsWith("ing");
        return v.lower(k).equals("to") && k == a.cueEnd
                && (ReportingLexicon.frame(v.lemma(a.cueStart)) == Frame.INTENTION || FactualityCues.handsOn(v, a.cueStart));
    }
}
