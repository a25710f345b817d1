package org.claimgraph.assertions;

import java.util.List;
import java.util.Set;

import org.claimgraph.language.FunctionWords;

/**
 * Questions put by someone the article does not name: "Asked about the dispute, the mayor said ...", "when
 * pressed on why the plan leaves out fathers", "Reagan was once asked how the Cold War would end". An
 * agentless passive of a verb of asking reports the question, with no source.
 */
final class Questions {
    /** What opens the question after the participle: a wh-word, or its topic's preposition or an infinitive. */
    private static final Set<String> OPENERS = FunctionWords.union("question-complementizers", "wh-adverbs",
            "wh-pronoun-person", "wh-pronoun-thing");
    private static final Set<String> TOPIC_OPENERS = Set.of("about", "on", "to");
    /** Words before the participle that make it passive: an auxiliary, or a conjunction opening its phrase. */
    private static final Set<String> PASSIVE_BEFORE = Set.of("was", "were", "is", "are", "be", "been", "being", "when", "after",
            "if", "once", ",");

    private Questions() {}

    /** The question the participle at token i reports, or null when it is no agentless passive of asking. */
    static Attribution asked(SentenceView v, int i) {
        if (!ReportingLexicon.ASKING_FORMS.contains(v.lower(i))) return null;
        String next = v.lower(i + 1);
        if (!(OPENERS.contains(next) || TOPIC_OPENERS.contains(next))) return null;
        int b = i - 1;
        while (b >= 0 && v.isAdverb(b)) b--;
        if (b >= 0 && !PASSIVE_BEFORE.contains(v.lower(b))) return null;
        // "was asked by reporters": a named asker is no agentless question
        if (v.lower(i + 1).equals("to") && !v.pos(i + 2).equals("VERB")) return null;
        boolean topic = v.lower(i + 1).equals("about") || v.lower(i + 1).equals("on");
        int cueEnd = topic ? i + 2 : i + 1;
        int end = cueEnd;
        while (end < v.n && !v.text(end).equals(",") && !v.text(end).equals(";") && !v.text(end).equals(":")) end++;
        while (end > cueEnd && v.pos(end - 1).equals("PUNCT")) end--;
        if (end <= cueEnd + 1) return null;
        return v.attribution(i, cueEnd, v.span(i, cueEnd), null, new Content(List.of(v.span(cueEnd, end)), false), null);
    }
}
