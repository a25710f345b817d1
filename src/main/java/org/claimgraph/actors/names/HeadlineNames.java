package org.claimgraph.actors.names;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.claimgraph.doc.MentionType;

/**
 * In a headline in Title Case every word looks like a name to the model ("Merkel Says Hundreds"): the model's
 * names there keep only the words that the document's other sentences use in names, end at the first other
 * word, and take the type of the name that first used their first word. The rules' names stay as they are.
 */
final class HeadlineNames implements NameCombiner.DocumentStep {
    @Override
    public void apply(List<NameCombiner.NameSentence> sentences, List<List<NameCombiner.Found>> chosen) {
        Map<String, MentionType> nameWords = new HashMap<>();
        boolean[] headline = new boolean[sentences.size()];
        for (int i = 0; i < sentences.size(); i++) {
            NameCombiner.NameSentence s = sentences.get(i);
            headline[i] = s.titleZone() && s.tokens().casing() == Casing.TITLE;
            if (headline[i]) continue;
            for (NameCombiner.Found c : chosen.get(i)) {
                for (int k = c.from(); k < c.to(); k++) nameWords.putIfAbsent(s.tokens().words[k], c.type());
            }
        }
        for (int i = 0; i < sentences.size(); i++) {
            if (headline[i]) chosen.set(i, confirmed(sentences.get(i).tokens().words, chosen.get(i), nameWords));
        }
    }

    private static List<NameCombiner.Found> confirmed(String[] w, List<NameCombiner.Found> names, Map<String, MentionType> nameWords) {
        List<NameCombiner.Found> kept = new ArrayList<>();
        for (NameCombiner.Found c : names) {
            if (!(c.by() instanceof ModelNameFinder)) {
                kept.add(c);
                continue;
            }
            int to = c.from();
            while (to < c.to() && nameWords.containsKey(w[to])) to++;
            if (to > c.from()) kept.add(new NameCombiner.Found(c.from(), to, nameWords.get(w[c.from()]), c.by()));
        }
        return kept;
    }
}
