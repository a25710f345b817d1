package org.claimgraph.assertions;

import java.util.List;

/**
 * "Speaking on condition of anonymity, an official said ...", "Speaking on CNN, the senator said ...",
 * "The senator, speaking on Sunday, said ...": a participle of speaking before its speaker's own report
 * states that report's occasion; it is no report of its own. After the report it may add one
 * ("..., said Smith, speaking of the plan"). So is a relative clause on how the speaker spoke ("An officer who
 * spoke on condition of anonymity said").
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
        if (a.source != null && relativeAboutItsSpeaker(v, a)) return true;
        return a.source != null && v.lower(i).endsWith("ing") && ReportingLexicon.VENUE_VERBS.contains(v.lemma(i))
                && (i == v.firstWord() || before.equals(",") || HeadlineForms.isDash(before));
    }

    /**
     * "An officer who spoke on condition of anonymity said", "A guard who asked not to be named told": a
     * relative clause saying how its speaker spoke (a verb of speaking) or asked to stay unnamed (a passive
     * infinitive, "to remain anonymous") describes the speaker of the main report.
     */
    private static boolean relativeAboutItsSpeaker(SentenceView v, Attribution a) {
        int i = a.cueStart;
        if (!NounPhrases.RELATIVE_PRONOUNS.contains(v.lower(i - 1)) || v.start(i - 1) != a.source.start()) return false;
        // "spoke on condition of anonymity", "spoke to reporters"; not "wrote the memo", which reports a text
        if (ReportingLexicon.VENUE_VERBS.contains(v.lemma(i)) && v.pos(v.skipAdverbs(a.cueEnd)).equals("ADP")) return true;
        int k = v.tokenAt(a.contentStart());
        if (v.lower(k).equals("not")) k++;
        return v.lower(k).equals("to") && (v.lemma(k + 1).equals("be") && v.pos(k + 2).equals("VERB")
                || v.lemma(k + 1).equals("remain") && v.pos(k + 2).equals("ADJ"));
    }
}
