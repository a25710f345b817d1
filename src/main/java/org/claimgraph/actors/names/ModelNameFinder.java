package org.claimgraph.actors.names;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;

/**
 * The statistical name model ({@link NameModel}, learnt from CoNLL-2003 newswire), decoded greedily ({@link GreedyNameFinder}).
 * MISC names are dropped, and words at a name's edges that never name an actor ("Avatar" of a commenter's
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
            if (NameModel.typeOf(span.getType()) == null) continue;
            int from = span.getStart();
            int to = span.getEnd();
            while (from < to && gazetteer.isNotName(words[from])) from++;
            while (to > from && gazetteer.isNotName(words[to - 1])) to--;
            if (from < to) out.add(new Span(from, to, span.getType()));
        }
        return out.toArray(new Span[0]);
    }

    /** The model learnt from whole documents: what it found earlier in this one counts, another's does not. */
    @Override
    public void clearAdaptiveData() { finder.get().clearAdaptiveData(); }
}
