package org.claimgraph.assertions;

import java.util.List;

/**
 * "Speaking on condition of anonymity, an official said ...", "Speaking on CNN, the senator said ...",
 * "The senator, speaking on Sunday, said ...": a participle of speaking before its speaker's own report
 * states that report's occasion; it is no report of its own. After the report it may add one
 * ("..., said Smith, speaking of the plan").
 */
final class OccasionParticiples {
    private OccasionParticiples() {}

    /** Drops from {@code found} every such participle whose source reports again later in the sentence. */
    static void drop(SentenceView v, List<Attribution> found) {
        found.removeIf(a -> occasion(v, a) && found.stream().anyMatch(b -> b != a && b.cueStart > a.cueEnd
                && b.source != null && b.source.overlaps(a.source)));
    }

    private static boolean occasion(SentenceView v, Attribution a) {
        int i = a.cueStart;
        String before = v.text(i - 1);
        return a.source != null && v.lower(i).endsWith("ing") && ReportingLexicon.VENUE_VERBS.contains(v.lemma(i))
                && (i == v.firstWord() || before.equals(",") || HeadlineForms.isDash(before));
    }
}
