package org.claimgraph.assertions;

import java.util.List;
import java.util.Set;

import org.claimgraph.doc.Span;
import org.claimgraph.language.FunctionWords;

/**
 * "Democrats want to raise taxes, and Republicans want to cut them", "Smith said the talks failed, while
 * Jones said ...": after a comma and a coordinator, a report with a subject of its own is the writer's second
 * report, not part of the first one's content (when its cue is a verb). The first content ends at the comma; the second stays even
 * when it is a thought or an aim (which inside someone's words would be part of them).
 */
final class CoordinatedReports {
    private static final Set<String> COORDINATORS = FunctionWords.union("additive-coordinator",
            "contrastive-coordinators", "contrastive-subordinators");

    private CoordinatedReports() {}

    /** Whether the source of a opens a clause coordinated after a comma ("..., and Republicans want"). */
    static boolean opensClause(SentenceView v, Attribution a) {
        // a verb of reporting, not a state ("..., but he was not sure of the number" stays in the first content)
        if (a.source == null || a.source.end() > a.cue.start() || !v.pos(a.cueStart).equals("VERB")) return false;
        int k = v.tokenAt(a.source.start());
        return k >= 2 && COORDINATORS.contains(v.lower(k - 1)) && v.text(k - 2).equals(",");
    }

    /** Ends the content of each report at the comma before a coordinated report inside it. */
    static void cut(SentenceView v, List<Attribution> out) {
        samePredicateCut(v, out);
        for (Attribution b : out) {
            if (!opensClause(v, b)) continue;
            int comma = v.tokenAt(b.source.start()) - 2;
            for (Attribution a : out) {
                if (a == b || a.content.isEmpty()) continue;
                Span last = a.content.get(a.content.size() - 1);
                if (last.start() < v.start(comma) && v.end(comma) <= last.end() && a.cue.end() <= v.start(comma)) {
                    a.content.set(a.content.size() - 1, new Span(last.start(), v.start(comma)));
                }
            }
        }
    }

    /**
     * "told reporters that 12 were held, but did not say how many were charged": a report of the same source
     * after a coordinator with no subject of its own is the speaker's second predicate; the first content ends
     * before the coordinator (and its comma).
     */
    private static void samePredicateCut(SentenceView v, List<Attribution> out) {
        for (Attribution b : out) {
            if (b.source == null) continue;
            for (Attribution a : out) {
                if (a == b || a.content.size() != 1 || a.source == null || !a.source.equals(b.source)) continue;
                Span c = a.content.get(0);
                if (b.cue.start() <= c.start() || b.cue.start() >= c.end()) continue;
                int k = b.cueStart - 1;
                while (k > 0 && (v.pos(k).equals("AUX") || v.pos(k).equals("PART") || v.isAdverb(k))) k--;
                if (!COORDINATORS.contains(v.lower(k)) || v.start(k) <= c.start() || v.quotes.at(v.start(k)) >= 0) continue;
                int end = v.text(k - 1).equals(",") ? k - 2 : k - 1;
                if (end >= 0 && v.end(end) > c.start()) a.content.set(0, new Span(c.start(), v.end(end)));
            }
        }
    }

    /**
     * The report a coordinated cue at i goes on from: the last one, unless that one is a bare verb after a modal or
     * "to" and this cue is not ("May said the country would declare ... and suggested that"): coordinated
     * verbs share their form, so the cue goes on from an earlier report.
     */
    static Attribution goesOnFrom(SentenceView v, int i, List<Attribution> earlier) {
        for (int k = earlier.size() - 1; k >= 0; k--) {
            Attribution p = earlier.get(k);
            // "would declare ... and insist": bare too, the modal shared
            if (k == 0 || !bareAfterModal(v, p.cueStart) || v.lower(i).equals(v.lemma(i))) return p;
        }
        return null;
    }

    /** Whether the verb at k is in its bare form after a modal or "to" ("would declare", "to say"). */
    private static boolean bareAfterModal(SentenceView v, int k) {
        int m = k - 1;
        while (m > 0 && v.isAdverb(m)) m--;
        // a modal: an auxiliary other than "be", "have" and "do"
        String aux = v.pos(m).equals("AUX") ? v.lemma(m) : "be";
        boolean modal = !aux.equals("be") && !aux.equals("have") && !aux.equals("do");
        return v.lower(k).equals(v.lemma(k)) && (v.lower(m).equals("to") || modal);
    }
}
