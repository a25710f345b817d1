package org.claimgraph.assertions;

import java.util.List;

import org.claimgraph.doc.Span;

/**
 * "She said Trump favors a strongman approach", "Merrill says Machado promised to ...": a report whose
 * source opens what another source said is that speaker's account of a third party, not an
 * attribution the article makes. The outer report keeps the whole clause.
 */
final class EmbeddedReports {
    private EmbeddedReports() {}

    /**
     * Drops from {@code found} every report whose source and cue stand in the content that follows
     * another's cue, the source opening it (after "that").
     */
    static void drop(SentenceView v, List<Attribution> found) {
        found.removeIf(a -> a.source != null && found.stream().anyMatch(b -> b != a && opens(v, b, a)));
    }

    private static boolean opens(SentenceView v, Attribution outer, Attribution inner) {
        Span source = inner.source;
        for (Span part : outer.content) {
            if (part.start() < outer.cue.end() || source.start() < part.start() || inner.cue.end() > part.end()) continue;
            for (int k = 0; k < v.n && v.start(k) < source.start(); k++) {
                if (v.start(k) >= part.start() && !v.lower(k).equals("that")) return false;
            }
            return true;
        }
        return false;
    }
}
