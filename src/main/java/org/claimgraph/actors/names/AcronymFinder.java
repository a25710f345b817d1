package org.claimgraph.actors.names;

import java.util.ArrayList;
import java.util.List;

import opennlp.tools.util.Span;
import org.claimgraph.doc.MentionType;

/**
 * Acronyms by their shape, slashed ones included ("NATO", "RFE/RL", "MH-17"): organizations, except the
 * listed non-names (CEO, GDP) and any word of a line in capitals.
 */
final class AcronymFinder implements SentenceNameFinder {
    private final Gazetteer gazetteer = Gazetteer.get();

    @Override
    public Span[] find(NerTokens sentence) {
        if (sentence.casing() == Casing.UPPER) return new Span[0];
        List<Span> out = new ArrayList<>();
        String[] w = sentence.words;
        for (int i = 0; i < w.length; i++) {
            if (Shapes.isAcronym(w[i]) && !gazetteer.isNotName(w[i])) {
                out.add(new Span(i, i + 1, NameModel.typeName(MentionType.ORGANIZATION)));
            }
        }
        return out.toArray(new Span[0]);
    }
}
