package org.claimgraph.actors.names;

import static org.claimgraph.actors.names.Shapes.isNameWord;

import java.util.ArrayList;
import java.util.List;

import opennlp.tools.util.Span;
import org.claimgraph.doc.MentionType;

/**
 * Proper nouns no list knows, next to what only a company has or is: "Petofi general manager Laszlo Sebesvari",
 * "Velmor's chief executive", "the chairman of Velmor" (company-roles.txt), "Polish brewer Velmor", "the telecoms group Kestrel Systems AB"
 * (company-kinds.txt).
 */
final class CompanyFinder extends RuleNameFinder {
    @Override
    List<Span> candidates(NerTokens nt) {
        List<Span> out = new ArrayList<>();
        byRole(nt, out);
        byKind(nt, out);
        return out;
    }

    /** Unlisted proper nouns right before a company role (or its "'s"), or right after it and "of" / "at". */
    private void byRole(NerTokens nt, List<Span> out) {
        String[] w = nt.words;
        for (int i = 0; i < w.length; i++) {
            int role = roleAt(w, i);
            if (role == 0) continue;
            // "Velmor's chief executive": the company may own its role.
            int end = i > 0 && ("'s".equals(w[i - 1]) || "’s".equals(w[i - 1])) ? i - 1 : i;
            int from = end;
            while (from > 0 && end - from < 3 && unlistedProperNoun(nt, from - 1)) from--;
            if (from < end) out.add(span(from, end, MentionType.ORGANIZATION));
            int after = i + role;
            if (after + 1 < w.length && ("of".equals(w[after]) || "at".equals(w[after]))) {
                int to = after + 1;
                while (to < w.length && to - after <= 3 && unlistedProperNoun(nt, to)) to++;
                if (to > after + 1) out.add(span(after + 1, to, MentionType.ORGANIZATION));
            }
            i += role - 1;
        }
    }

    /** Unlisted capitalized words right after a kind of company, with the company's suffix ("AB") if any. */
    private void byKind(NerTokens nt, List<Span> out) {
        String[] w = nt.words;
        for (int i = 0; i + 1 < w.length; i++) {
            if (!NameWords.COMPANY_KINDS.contains(w[i])) continue;
            int to = i + 1;
            // Capitals after a lower-case word mark a name, whatever part of speech the tagger gave it ("brewer Velmor/NOUN").
            while (to < w.length && to - i <= 4 && (unlistedNameWord(nt, to) || to > i + 1 && NameWords.COMPANY_SUFFIXES.contains(w[to]))) to++;
            if (to > i + 1) out.add(span(i + 1, to, MentionType.ORGANIZATION));
        }
    }

    /** Length in words of the company role starting at {@code i}, 0 when none does. */
    private static int roleAt(String[] w, int i) {
        for (String[] role : NameWords.COMPANY_ROLES) {
            if (i + role.length > w.length) continue;
            boolean match = true;
            for (int k = 0; k < role.length && match; k++) match = role[k].equals(w[i + k]);
            if (match) return role.length;
        }
        return 0;
    }

    /** A proper noun (by the tagger; "PROPN+PART" of "Velmor's") in capitals that no list, title or head word accounts for. */
    private boolean unlistedProperNoun(NerTokens nt, int k) {
        return nt.pos[k].startsWith("PROPN") && unlistedNameWord(nt, k);
    }

    /** A capitalized word that no list knows, and that is no given name, title, demonym or date. */
    private boolean unlistedNameWord(NerTokens nt, int k) {
        String word = nt.words[k];
        return isNameWord(word) && !gazetteer.isGivenName(word) && !gazetteer.isTitleWord(word) && !gazetteer.isDemonym(word)
                && !gazetteer.isNotName(word) && !Shapes.isDateWord(word) && gazetteer.longestName(nt.words, k).length() == 0;
    }
}
