package org.claimgraph.actors.names;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.claimgraph.doc.MentionType;

/**
 * A team named after its town is an organization: the two names around a match's result ("Leicester beat
 * Frankfurt 2-1", "Bayern drew 1-1 with Valencia", "lost at home to Atlanta"; {@code result-words.txt}) are
 * teams, and a place the model found there becomes an organization. Between the two names stand only result
 * words, a score and the words that join them ("with", "to", "at home"), so "Syria lost control of Aleppo"
 * is no match. A country stays a place, as CoNLL annotates national teams; a place against a person ("Biden
 * won Pennsylvania") stays one. A lone word the model took for a person, against an organization with a
 * score ("AC Milan beat Napoli 3-1"), is a team in the whole article.
 */
final class TeamNames implements NameCombiner.DocumentStep {
    private static final Set<String> JOINING = Set.of("to", "with", "over", "against", "by", "at", "home", "away", "out", "on", "penalties");
    private static final Pattern SCORE = Pattern.compile("\\d{1,3}-\\d{1,3}");
    /** The most words between two sides: "drew 1-1 at home with". */
    private static final int MAX_BETWEEN = 5;

    private final Gazetteer gazetteer = Gazetteer.get();

    @Override
    public void apply(List<NameCombiner.NameSentence> sentences, List<List<NameCombiner.Found>> chosen) {
        Set<String> personWords = NotPersons.wordsOfLongerPersons(gazetteer, sentences, chosen);
        Set<String> teamsTypedPersons = new HashSet<>();
        for (int i = 0; i < sentences.size(); i++) {
            String[] w = sentences.get(i).tokens().words;
            List<NameCombiner.Found> names = chosen.get(i);
            for (int n = 0; n + 1 < names.size(); n++) {
                NameCombiner.Found a = names.get(n);
                NameCombiner.Found b = names.get(n + 1);
                if (!isMatch(w, a, b)) continue;
                names.set(n, asTeam(w, a, b));
                names.set(n + 1, asTeam(w, b, a));
                boolean scored = isScored(w, a, b);
                for (int side = n; side <= n + 1; side++) {
                    NameCombiner.Found c = names.get(side);
                    NameCombiner.Found other = names.get(side == n ? n + 1 : n);
                    if (scored && other.type() == MentionType.ORGANIZATION && isLoneGuessedPerson(w, c, personWords)) teamsTypedPersons.add(w[c.from()]);
                }
            }
        }
        if (teamsTypedPersons.isEmpty()) return;
        // "Napoli" typed a person in the headline too: the team's one word is no one's name in this article.
        for (int i = 0; i < sentences.size(); i++) {
            String[] w = sentences.get(i).tokens().words;
            chosen.get(i).replaceAll(c -> isLoneGuessedPerson(w, c, personWords) && teamsTypedPersons.contains(w[c.from()])
                    ? new NameCombiner.Found(c.from(), c.to(), MentionType.ORGANIZATION, c.by()) : c);
        }
    }

    /** Only result words, a score and joining words between the two names, a result word among them. */
    private static boolean isMatch(String[] w, NameCombiner.Found a, NameCombiner.Found b) {
        if (b.from() - a.to() > MAX_BETWEEN) return false;
        boolean result = false;
        for (int k = a.to(); k < b.from(); k++) {
            String word = w[k];
            boolean isResult = NameWords.RESULT_WORDS.contains(word);
            if (!isResult && !JOINING.contains(word) && !isScore(word)) return false;
            result |= isResult;
        }
        return result;
    }

    /** A score between the sides or right after the second: "beat Napoli 3-1", "drew 1-1 with". */
    private static boolean isScored(String[] w, NameCombiner.Found a, NameCombiner.Found b) {
        for (int k = a.to(); k < b.from(); k++) if (isScore(w[k])) return true;
        return b.to() < w.length && isScore(w[b.to()]);
    }

    /**
     * The side as a team: a place the model found, unless a listed country, against no person ("Biden won
     * Pennsylvania" is no match).
     */
    private NameCombiner.Found asTeam(String[] w, NameCombiner.Found side, NameCombiner.Found other) {
        if (side.type() != MentionType.LOCATION || other.type() == MentionType.PERSON || !NotPersons.readsContextFree(side)
                || gazetteer.isCountry(String.join(" ", List.of(w).subList(side.from(), side.to())))) return side;
        return new NameCombiner.Found(side.from(), side.to(), MentionType.ORGANIZATION, side.by());
    }

    /**
     * One word the model guessed a person, no word of a person's full name in the document: against a team
     * with a score ("AC Milan beat Napoli 3-1"), a team. Two persons with a score are players ("Nadal beat Thiem 6-4").
     */
    private static boolean isLoneGuessedPerson(String[] w, NameCombiner.Found c, Set<String> personWords) {
        return c.type() == MentionType.PERSON && c.length() == 1 && NotPersons.readsContextFree(c) && !personWords.contains(w[c.from()]);
    }

    /** "2-1", "1-1": one token (NerTokens keeps a score whole). */
    private static boolean isScore(String word) { return SCORE.matcher(word).matches(); }
}
