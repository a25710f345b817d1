package org.claimgraph.actors.names;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;

/**
 * The statistical name model ({@link NameModel}, learnt from CoNLL-2003 newswire), decoded greedily ({@link GreedyNameFinder}).
 * MISC names are kept, typed "misc", for the combiner to hold their words against the other finders' names
 * and drop them (an event or a league is no organization); words at a name's edges that never name an actor
 * ("Avatar" of a commenter's picture, not-names.txt) are trimmed off. The model loads once; each thread gets
 * its own finder.
 */
final class ModelNameFinder implements SentenceNameFinder {
    private final Gazetteer gazetteer = Gazetteer.get();
    private final ThreadLocal<GreedyNameFinder> finder;

    /** The model loads in the background, beside the language stage's; the first sentence waits for it. */
    ModelNameFinder() {
        Supplier<TokenNameFinderModel> model = NameModel.shared();
        this.finder = ThreadLocal.withInitial(() -> new GreedyNameFinder(model.get()));
    }

    @Override
    public Span[] find(NerTokens sentence) {
        String[] words = sentence.words;
        List<Span> out = new ArrayList<>();
        for (Span span : finder.get().find(words)) {
            int from = span.getStart();
            int to = span.getEnd();
            while (from < to && gazetteer.isNotName(words[from])) from++;
            while (to > from && gazetteer.isNotName(words[to - 1])) to--;
            if (from == to) continue;
            out.add(new Span(from, to, typed(words, from, to, span.getType())));
        }
        return out.toArray(new Span[0]);
    }

    /**
     * The model's type, corrected where its words say more: a name ending in a legal form is a company ("Barnett
     * Banks Inc.", which the model took for a person named earlier); a nationality before an organization's head
     * word is an organization ("Russian Air Force", "Nigerian Army"), where CoNLL's nationalities (MISC) led the
     * model to a MISC name.
     */
    private String typed(String[] words, int from, int to, String type) {
        String last = words[to - 1];
        boolean misc = NameModel.MISC.equals(type);
        if (!misc && NameWords.LEGAL_FORMS.contains(last)) return NameModel.ORGANIZATION;
        if (misc && to - from >= 2 && gazetteer.isNationality(words[from]) && gazetteer.isOrgHead(last)) return NameModel.ORGANIZATION;
        return type;
    }

    /** The model learnt from whole documents: what it found earlier in this one counts, another's does not. */
    @Override
    public void clearAdaptiveData() { finder.get().clearAdaptiveData(); }
}
