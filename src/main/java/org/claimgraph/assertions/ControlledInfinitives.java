package org.claimgraph.assertions;

import java.util.Map;
import java.util.Set;

import org.claimgraph.language.WordLists;

/**
 * Reporting infinitives whose speaker is not the subject of the verb right before them: the object of a
 * verb of causing ("forced the banker to admit that ..."), or the subject of a verb taking a platform to
 * speak from ("took to Twitter to accuse ...", "used the speech to warn that ...", "appeared on CNN to defend ...").
 */
final class ControlledInfinitives {
    private static final Set<String> CAUSATIVE_VERBS = Set.copyOf(WordLists.lines("org/claimgraph/assertions/causative-verbs.txt"));
    /** Verbs of going on a show or a network to speak there, by the preposition before it: "appeared on CNN to", "took to Twitter to". */
    private static final Map<String, Set<String>> PLATFORM_VERBS = Map.of("take", Set.of("to"), "appear", Set.of("on"), "come", Set.of("on"),
            "go", Set.of("on"));
    /** How far a relative clause after the object may run: "forced the banker, who was under questioning, to admit". */
    private static final int MAX_RELATIVE_CLAUSE = 30;

    private ControlledInfinitives() {}

    /**
     * The last token of the object of a verb of causing before the infinitive marker {@code to}, the
     * cue's speaker ("prompted NATO at its summit to order", "forced Smith, who ..., to admit"); -1 when
     * the infinitive follows no such object.
     */
    static int objectEnd(SentenceView v, int to) {
        int k = to - 1;
        while (k >= 0 && (v.isAdverb(k) || v.isDate(k))) k--;
        if (v.text(k).equals(",")) k = beforeRelativeClause(v, k);
        if (k < 0) return -1;
        int start = NounPhrases.nounPhraseLeft(v, k);
        if (start > k || v.pos(k).equals("PRON") && !v.lower(k).matches("him|her|them|us|me")) return -1;
        int verb = start - 1;
        while (verb >= 0 && v.isAdverb(verb)) verb--;
        return v.pos(verb).equals("VERB") && CAUSATIVE_VERBS.contains(v.lemma(verb)) ? k : -1;
    }

    /** "Smith, who was under questioning," closing at the comma {@code comma}: the token before its opening comma; -1 when none. */
    private static int beforeRelativeClause(SentenceView v, int comma) {
        for (int k = comma - 1; k > 0 && k > comma - MAX_RELATIVE_CLAUSE; k--) {
            if (v.text(k).equals(",") || v.text(k).equals(";")) {
                String next = v.lower(k + 1);
                return next.equals("who") || next.equals("which") ? k - 1 : -1;
            }
        }
        return -1;
    }

    /**
     * "took to Twitter overnight to accuse", "used his speech to warn", "went on Fox News to argue": the verb of the platform whose noun
     * phrase ends at token {@code last}, before the cue's infinitive; -1 when there is none. Its subject
     * is the cue's speaker.
     */
    static int platformVerb(SentenceView v, int last) {
        int k = last;
        while (k >= 0 && (v.isAdverb(k) || v.isDate(k))) k--;
        int start = NounPhrases.nounPhraseLeft(v, k);
        if (start > k || v.pos(k).equals("PRON")) return -1;
        int verb = start - 1;
        // "used his speech to warn": the platform is the object
        if (v.pos(verb).equals("VERB") && v.lemma(verb).equals("use")) return v.lower(verb).endsWith("ing") ? -1 : verb;
        Set<String> prepositions = PLATFORM_VERBS.get(v.lemma(verb - 1));
        boolean platform = prepositions != null && prepositions.contains(v.lower(verb)) && v.pos(verb - 1).equals("VERB");
        return platform && !v.lower(verb - 1).endsWith("ing") ? verb - 1 : -1;
    }
}
