package org.claimgraph.actors.names;

import static org.claimgraph.actors.names.Shapes.isCapitalized;
import static org.claimgraph.actors.names.Shapes.isNameWord;

import java.util.ArrayList;
import java.util.List;

import opennlp.tools.util.Span;
import org.claimgraph.doc.MentionType;

/**
 * "Foreign Minister Sergei Lavrov", "spokesman Dmitry Orlov", "Frenchman Jules Marot": the capitalized words
 * after a title (the gazetteer's titles) or a demonym meaning a person are a person; the title is no part of the name.
 */
final class TitledPersonFinder extends RuleNameFinder {
    @Override
    List<Span> candidates(NerTokens nt) {
        return titled(nt, new boolean[nt.size()]);
    }

    /**
     * The persons after a title, and in {@code titleTokens} the title words before them that belong to no
     * organization's name (unless they end in a head word: "General Staff Valery Ivanov").
     */
    List<Span> titled(NerTokens nt, boolean[] titleTokens) {
        List<Span> out = new ArrayList<>();
        String[] w = nt.words;
        int i = 0;
        while (i < w.length) {
            int after = titleEnd(w, i);
            if (after == i) {
                i++;
                continue;
            }
            int end = persons.nameEnd(nt, after);
            // "German Defence Minister Volker Ruehe": words a title follows belong to that title, not a person.
            if (end > after && end < w.length && titleEnd(w, end) > end) {
                i = after;
                continue;
            }
            if (end > after) {
                out.add(span(after, end, MentionType.PERSON));
                if (!gazetteer.isOrgHead(w[after - 1])) for (int k = i; k < after; k++) titleTokens[k] = true;
                i = end;
            } else {
                i = after;
            }
        }
        return out;
    }

    /** End of a title (or a person's demonym) starting at {@code i}; {@code i} when none starts there. */
    private int titleEnd(String[] w, int i) {
        int after = i + gazetteer.longestTitleOrNominee(w, i).length();
        if (after == i && isCapitalized(w[i]) && (gazetteer.isTitleWord(w[i]) || persons.isPersonDemonym(w[i]))) after = i + 1;
        // "Dean Holdsworth": a one-word title that is also a given name, capitalized, opens the name itself.
        if (after == i + 1 && isCapitalized(w[i]) && gazetteer.isGivenName(w[i]) && (i == 0 || !isNameWord(w[i - 1]))) after = i;
        return after;
    }
}
