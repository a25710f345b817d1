package org.claimgraph.actors.names;

import static org.claimgraph.actors.names.Shapes.isCapitalized;

import java.util.ArrayList;
import java.util.List;

import opennlp.tools.util.Span;
import org.claimgraph.doc.MentionType;

/** A known given name followed by capitalized words is a person: "Olusegun Adeyemi", "Zhanna Karimova". */
final class GivenNamePersonFinder extends RuleNameFinder {
    /** A guess: the given name itself must also look like the start of a name where it stands. */
    @Override
    boolean checksItsWords() { return false; }

    @Override
    List<Span> candidates(NerTokens nt) {
        List<Span> out = new ArrayList<>();
        String[] w = nt.words;
        for (int i = 0; i + 1 < w.length; i++) {
            if (!gazetteer.isGivenName(w[i]) || !isCapitalized(w[i]) || i == 0 && !"PROPN".equals(nt.pos[i])) continue;
            int end = persons.nameEnd(nt, i + 1);
            if (end > i + 1) {
                out.add(span(i, end, MentionType.PERSON));
                i = end - 1;
            }
        }
        return out;
    }
}
