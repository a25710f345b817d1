package org.claimgraph.actors.names;

import static org.claimgraph.actors.names.Shapes.isCapitalized;

import java.util.ArrayList;
import java.util.List;

import opennlp.tools.util.Span;
import org.claimgraph.doc.MentionType;

/** "the town of Kazanluk", "the province of Idlib": capitalized words after a place noun (place-nouns.txt) and "of" are a place. */
final class PlaceNounFinder extends RuleNameFinder {
    @Override
    List<Span> candidates(NerTokens nt) {
        List<Span> out = new ArrayList<>();
        String[] w = nt.words;
        for (int i = 0; i + 2 < w.length; i++) {
            if (!NameWords.PLACE_NOUNS.contains(w[i]) || !"of".equals(w[i + 1])) continue;
            int from = i + 2;
            int to = from;
            while (to < w.length && to - from < 3 && isCapitalized(w[to]) && Character.isLetter(w[to].charAt(0))
                    && !gazetteer.isNotName(w[to]) && !gazetteer.isOrgHead(w[to]) && !gazetteer.isTitleWord(w[to])) to++;
            // "the city of Paris Saint-Germain": a head word right after makes it an organization's name.
            boolean organization = to < w.length && gazetteer.isOrgHead(w[to]) && isCapitalized(w[to]);
            if (to > from && !organization) out.add(span(from, to, MentionType.LOCATION));
        }
        return out;
    }
}
