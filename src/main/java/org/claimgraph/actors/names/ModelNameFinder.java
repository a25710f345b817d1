package org.claimgraph.actors.names;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;

/**
 * The statistical name model ({@link NameModel}, learnt from CoNLL-2003 newswire), decoded greedily ({@link GreedyNameFinder}).
 * MISC names are kept, typed "misc", for the combiner to hold their words against the other finders' names and drop
 * them (an event or a league is no organization); words at a name's edges that never name an actor ("Avatar" of a commenter's
 * picture, not-names.txt) are trimmed off. The model loads once; each thread gets its own finder.
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
            // "Barnett Banks Inc.", "Driefontein Consolidated Ltd": a name ending in a legal form is a company, whatever the model typed.
            String type = NameWords.LEGAL_FORMS.contains(words[to - 1]) && !NameModel.MISC.equals(span.getType())
                    ? NameModel.ORGANIZATION : span.getType();
            out.add(new Span(from, to, type));
        }
        return out.toArray(new Span[0]);
    }

    /** The model learnt from whole documents: what it found earlier in this one counts, another's does not. */
    @Override
    public void clearAdaptiveData() { finder.get().clearAdaptiveData(); }
}
