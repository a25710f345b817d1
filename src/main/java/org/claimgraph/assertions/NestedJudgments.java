package org.claimgraph.assertions;

import java.util.List;

/**
 * "Brazile said she is glad Clinton appeared to be feeling better", "turnout appears to be rising, according to a
 * survey": a judgment by seeming, which names no one, inside what someone else reports is part of that report,
 * not the writer's judgment.
 */
final class NestedJudgments {
    private NestedJudgments() {}

    /** Drops from {@code found} every sourceless "seem"/"appear" whose cue lies in another attribution's content. */
    static void drop(SentenceView v, List<Attribution> found) {
        found.removeIf(a -> a.source == null && (v.lemma(a.cueStart).equals("seem") || v.lemma(a.cueStart).equals("appear"))
                && found.stream().anyMatch(b -> b != a && b.contentCovers(a.cue.start())));
    }
}
