package org.claimgraph.actors.names;

import java.util.ArrayList;
import java.util.List;

import opennlp.tools.util.Span;
import org.claimgraph.doc.MentionType;

/**
 * A name with a lower-case particle between capitalized words is a person's: "Henrik van der Vaart",
 * "Lucia de Oliveira", "Tariq bin Sulaiman". Listed names with a particle ("Rio de Janeiro") and names
 * of a listed place ("Bank of Spain") are left to the lists.
 */
final class ParticleNameFinder extends RuleNameFinder {
    @Override
    List<Span> candidates(NerTokens nt) {
        List<Span> out = new ArrayList<>();
        String[] w = nt.words;
        for (int k = 1; k + 1 < w.length; k++) {
            if (!NameWords.PARTICLES.contains(w[k]) || !persons.personNameWord(nt, k - 1)) continue;
            int after = particlesFrom(w, k);
            if (after >= w.length || gazetteer.longestName(w, after).length() > 0) continue;
            int end = persons.nameEnd(nt, after);
            if (end == after) continue;
            int from = k - 1;
            while (from > 0 && k - from < 3 && persons.personNameWord(nt, from - 1)) from--;
            out.add(span(from, end, MentionType.PERSON));
            k = end - 1;
        }
        return out;
    }

    /** Index after up to two particles starting at k ("van der"), k itself when there is none. */
    private static int particlesFrom(String[] w, int k) {
        int j = k;
        while (j < w.length && j - k < 2 && NameWords.PARTICLES.contains(w[j])) j++;
        return j;
    }
}
