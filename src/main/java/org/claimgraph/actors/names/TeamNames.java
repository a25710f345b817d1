package org.claimgraph.actors.names;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.claimgraph.doc.MentionType;

/**
 * A team named after its town is an organization: the two names around a match's result ("Leicester beat
 * Frankfurt 2-1", "Bayern drew 1-1 with Valencia", "lost at home to Atlanta"; {@code result-words.txt}) are
 * teams, and a place the model found there becomes an organization. Between the two names stand only result
 * words, a score and the words that join them ("with", "to", "at home"), so "Syria lost control of Aleppo"
 * is no match. A country stays a place, as CoNLL annotates national teams; a person on either side ("Biden
 * won Pennsylvania") makes it no match.
 */
final class TeamNames implements NameCombiner.DocumentStep {
    private static final Set<String> JOINING = Set.of("to", "with", "over", "against", "by", "at", "home", "away", "out", "on", "penalties");
    private static final Pattern SCORE = Pattern.compile("\\d{1,3}-\\d{1,3}");
    /** The most words between two sides: "drew 1-1 at home with". */
    private static final int MAX_BETWEEN = 5;

    private final Gazetteer gazetteer = Gazetteer.get();

    @Override
    public void apply(List<NameCombiner.NameSentence> sentences, List<List<NameCombiner.Found>> chosen) {
        for (int i = 0; i < sentences.size(); i++) {
            String[] w = sentences.get(i).tokens().words;
            List<NameCombiner.Found> names = chosen.get(i);
            for (int n = 0; n + 1 < names.size(); n++) {
                NameCombiner.Found a = names.get(n);
                NameCombiner.Found b = names.get(n + 1);
                if (!isMatch(w, a, b)) continue;
                names.set(n, asTeam(w, a));
                names.set(n + 1, asTeam(w, b));
            }
        }
    }

    private static boolean isMatch(String[] w, NameCombiner.Found a, NameCombiner.Found b) {
        if (a.type() == MentionType.PERSON || b.type() == MentionType.PERSON || b.from() - a.to() > MAX_BETWEEN) return false;
        boolean result = false;
        for (int k = a.to(); k < b.from(); k++) {
            String word = w[k];
            boolean isResult = NameWords.RESULT_WORDS.contains(word);
            if (!isResult && !JOINING.contains(word) && !isScore(word)) return false;
            result |= isResult;
        }
        return result;
    }

    /** The side as a team: a place the model or a given name's rule found, unless a listed country. */
    private NameCombiner.Found asTeam(String[] w, NameCombiner.Found side) {
        if (side.type() != MentionType.LOCATION || !NotPersons.readsContextFree(side)
                || gazetteer.isCountry(String.join(" ", List.of(w).subList(side.from(), side.to())))) return side;
        return new NameCombiner.Found(side.from(), side.to(), MentionType.ORGANIZATION, side.by());
    }

    /** "2-1", "1-1": one token (NerTokens keeps a score whole). */
    private static boolean isScore(String word) { return SCORE.matcher(word).matches(); }
}
