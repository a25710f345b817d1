package org.claimgraph.actors.names;

import java.util.ArrayList;
import java.util.List;

import opennlp.tools.util.Span;

/**
 * The gazetteer as a dictionary finder (as OpenNLP's DictionaryNameFinder): the longest listed place,
 * organization or news outlet at each word, typed as its list says.
 */
final class GazetteerNameFinder implements SentenceNameFinder {
    private final Gazetteer gazetteer = Gazetteer.get();

    @Override
    public Span[] find(NerTokens sentence) {
        String[] w = sentence.words;
        boolean capitals = sentence.casing() == Casing.UPPER;
        List<Span> out = new ArrayList<>();
        int i = 0;
        while (i < w.length) {
            Gazetteer.Match m = gazetteer.longestName(w, i);
            // In a line of capitals a short word ("IS", "US") is as likely an ordinary word.
            if (m.length() > 0 && !(capitals && m.length() == 1 && w[i].length() <= 2)) {
                out.add(new Span(i, i + m.length(), NameModel.typeName(m.type())));
                i += m.length();
            } else {
                i++;
            }
        }
        return out.toArray(new Span[0]);
    }
}
