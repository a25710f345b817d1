package org.claimgraph.actors.names;

import java.util.ArrayList;
import java.util.List;

import opennlp.tools.util.Span;
import org.claimgraph.doc.MentionType;

/** A finder of hand-written rules: its raw spans, each {@link NameTidier tidied} to what can begin and end a name. */
abstract class RuleNameFinder implements SentenceNameFinder {
    final Gazetteer gazetteer = Gazetteer.get();
    final PersonNameSpans persons = new PersonNameSpans(gazetteer);
    private final NameTidier tidier = new NameTidier(gazetteer);

    /** The rule's spans before tidying, in a sentence of a casing it {@link #reads}. */
    abstract List<Span> candidates(NerTokens sentence);

    /**
     * True where the rule checked each word it took itself; false for a guess, whose first word must then
     * look like the start of a name by its part of speech as well.
     */
    boolean checksItsWords() { return true; }

    /** Most rules read capitalization, which headlines in Title Case or capitals defeat. */
    boolean reads(Casing casing) { return casing == Casing.NORMAL; }

    @Override
    public final Span[] find(NerTokens sentence) {
        if (!reads(sentence.casing())) return new Span[0];
        List<Span> out = new ArrayList<>();
        for (Span c : candidates(sentence)) {
            Span t = tidier.tidy(sentence, c, checksItsWords());
            if (t != null) out.add(t);
        }
        return out.toArray(new Span[0]);
    }

    static Span span(int from, int to, MentionType type) { return new Span(from, to, NameModel.typeName(type)); }
}
