package org.claimgraph.assertions;

import java.util.List;
import java.util.Set;

import org.claimgraph.doc.Span;

/**
 * Words announced by a sentence that ends in a colon and set off after it: "Clinton released the following
 * statement:", "Sanders made the following comment:", then the quote or the paragraph. The announcing noun
 * phrase is no content of its own; what follows the colon is.
 */
final class ColonBlocks {
    /** Words that announce what comes after a colon: "the following statement", "these remarks". */
    private static final Set<String> ANNOUNCING = Set.of("following", "these");

    private ColonBlocks() {}

    /**
     * Replaces the content of each attribution that is "the following ..." before the sentence's closing colon
     * by the words after that colon; adds the attribution of "made the following comment:" when no cue of the
     * sentence reports it.
     */
    static void announced(SentenceView v, List<Attribution> out) {
        int colon = v.n - 1;
        if (colon < 3 || !v.text(colon).equals(":")) return;
        int following = announcingWord(v, colon);
        if (following < 0) return;
        Content block = Contents.afterColon(v, colon);
        if (block == null) return;
        for (Attribution a : out) {
            if (a.content.size() == 1 && a.content.get(0).start() <= v.start(following) && a.content.get(0).end() >= v.end(colon - 1)) {
                a.content.clear();
                a.content.addAll(block.parts());
                return;
            }
        }
        Attribution made = delivered(v, following, colon, block);
        if (made != null) out.add(made);
    }

    /** The token of "following" or "these" in the noun phrase closing the sentence before the colon; -1 when none. */
    private static int announcingWord(SentenceView v, int colon) {
        for (int k = colon - 1; k > 0 && k > colon - 5; k--) {
            if (ANNOUNCING.contains(v.lower(k)) && (v.lower(k).equals("these") || v.lower(k - 1).equals("the"))) return k;
            if (!v.nominal(k)) return -1;
        }
        return -1;
    }

    /** "Sanders made the following comment:": a verb delivering a noun of saying, its subject the source. */
    private static Attribution delivered(SentenceView v, int following, int colon, Content block) {
        int noun = colon - 1;
        if (!ReportingLexicon.NOUNS.contains(v.lemma(noun)) && !ReportingLexicon.TEXT_NOUNS.contains(v.lemma(noun))) return null;
        int verb = v.lower(following).equals("these") ? following - 1 : following - 2;
        if (!v.pos(verb).equals("VERB") || !ReportingLexicon.DELIVERING_VERBS.contains(v.lemma(verb))) return null;
        int last = verb - 1;
        while (last >= 0 && v.isAdverb(last)) last--;
        int[] subject = NounPhrases.sourceLeft(v, last);
        if (subject == null) return null;
        Span source = v.span(subject[0], subject[1]);
        return v.attribution(verb, colon + 1, v.span(verb, colon + 1), source, block, null);
    }
}
