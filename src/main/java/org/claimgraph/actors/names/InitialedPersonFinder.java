package org.claimgraph.actors.names;

import static org.claimgraph.actors.names.Shapes.isInitials;

import java.util.ArrayList;
import java.util.List;

import opennlp.tools.util.Span;
import org.claimgraph.doc.MentionType;

/**
 * "A. Fraser", "J.R. Ewing", "A. Curts Cooke": initials before capitalized words no list knows are a person's
 * name, as bylines and lists of people write them, with the given names before a middle initial ("Donald J.
 * Trump"). Listed initials ("U.S.") are no initials.
 */
final class InitialedPersonFinder extends RuleNameFinder {
    /** Initials stand out in Title Case too; a line of capitals has none. */
    @Override
    boolean reads(Casing casing) { return casing != Casing.UPPER; }

    @Override
    List<Span> candidates(NerTokens nt) {
        List<Span> out = new ArrayList<>();
        String[] w = nt.words;
        for (int i = 0; i + 1 < w.length; i++) {
            if (!isInitials(w[i]) || gazetteer.isOrgHead(w[i]) || gazetteer.longestName(w, i).length() > 0) continue;
            int after = i + 1;
            while (after < w.length && after - i < 3 && isInitials(w[after])) after++;
            int end = after < w.length ? persons.nameEnd(nt, after) : after;
            if (end > after) out.add(span(firstNameStart(nt, i), end, MentionType.PERSON));
            i = Math.max(i, end - 1);
        }
        return out;
    }

    /** "Donald J. Trump", "John F. Kennedy": the given names before a middle initial belong to the name. */
    private int firstNameStart(NerTokens nt, int initials) {
        int from = initials;
        while (from > 0 && initials - from < 2 && persons.personNameWord(nt, from - 1)
                && (gazetteer.isGivenName(nt.words[from - 1]) || "PROPN".equals(nt.pos[from - 1]))) from--;
        return from;
    }
}
