package org.claimgraph.actors.names;

import static org.claimgraph.actors.names.Shapes.isCapitalized;
import static org.claimgraph.actors.names.Shapes.isNameWord;

import java.util.Locale;

/** Where a person's name ends and which words can be part of one: what the person finders share. */
final class PersonNameSpans {
    private final Gazetteer gazetteer;

    PersonNameSpans(Gazetteer gazetteer) { this.gazetteer = gazetteer; }

    /** End of a personal name starting at {@code from}: up to five name-like words, particles inside. */
    int nameEnd(NerTokens nt, int from) {
        String[] w = nt.words;
        int end = from;
        for (int k = from; k < w.length && k - from < 5; k++) {
            String word = w[k];
            boolean particle = NameWords.PARTICLES.contains(word.toLowerCase(Locale.ROOT)) && k > from;
            if (particle) continue;
            // A title word ends the name when it introduces the next one; last in the run it is a surname ("John Major").
            boolean surnameLikeTitle = k > from && gazetteer.isTitleWord(word) && (k + 1 >= w.length || !isNameWord(w[k + 1]));
            if (!isNameWord(word) || gazetteer.isTitleWord(word) && !surnameLikeTitle || gazetteer.isOrgHead(word)
                    || gazetteer.isDemonym(word) || gazetteer.isNotName(word)) break;
            if (k == from && gazetteer.longestName(w, k).length() > 0 && !gazetteer.isGivenName(word)) break;
            end = k + 1;
        }
        // "Christian Democratic Union": capitalized words running into a head word name an organization.
        if (end > from && end < w.length && isCapitalized(w[end]) && gazetteer.isOrgHead(w[end])) return from;
        return end;
    }

    /** A capitalized word that can be part of a person's name: no title, head word, demonym or listed name. */
    boolean personNameWord(NerTokens nt, int k) {
        String word = nt.words[k];
        return isCapitalized(word) && Character.isLetter(word.charAt(0)) && !gazetteer.isTitleWord(word) && !gazetteer.isOrgHead(word)
                && !gazetteer.isDemonym(word) && !gazetteer.isNotName(word) && gazetteer.longestName(nt.words, k).length() == 0
                && !nt.isFunctionWord(k);
    }

    /** "Frenchman", "Dutchwoman": a demonym that means a person, so the name after it is a person's. */
    boolean isPersonDemonym(String word) {
        return (word.endsWith("man") || word.endsWith("woman")) && gazetteer.isDemonym(word);
    }
}
