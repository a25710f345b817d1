package org.claimgraph.actors.names;

import static org.claimgraph.actors.names.Shapes.isCapitalized;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.claimgraph.doc.MentionType;
import org.claimgraph.language.FunctionWords;

/**
 * A company named like a surname or a place ("Pirelli", "Dyson") is one in the whole document once one of
 * its mentions says so, and the model's guesses of it as a person or place become organizations. What says
 * so, each read where the name stands:
 * <ul>
 * <li>the {@link CompanyFinder}'s contexts (a company's role or kind next to it);</li>
 * <li>a legal form or company suffix after it ("Pirelli SpA", "Velmor Group"): its words before that;</li>
 * <li>"its" owned by it as subject: "Pirelli said on Tuesday its profit fell", with no other name, no
 *     person's pronoun and no sentence end between;</li>
 * <li>an apposition whose head is a kind of company: "Pirelli, the Italian tyre maker, said";</li>
 * <li>its shares: "shares in Pirelli", "Pirelli's shares".</li>
 * </ul>
 * A name whose words a person's full name of the document holds ("Anna Pirelli") is left as it is.
 */
final class CompanyNames implements NameCombiner.DocumentStep {
    /** How far after a subject its "its" may stand: "said on Tuesday its", "has cut its". */
    private static final int PRONOUN_WINDOW = 6;
    /** Pronouns of persons, as written mid-sentence ("I" in capitals): another owner may stand before an "its". */
    private static final Set<String> PERSONS_PRONOUNS = FunctionWords.union("subject-pronoun-1sg", "subject-pronoun-1pl",
            "subject-pronoun-3sg", "subject-pronoun-3pl", "object-pronoun-3sg", "possessive-determiner-1pl",
            "possessive-determiner-3sg", "possessive-determiner-3pl").stream()
            .map(w -> w.equals("i") ? "I" : w).collect(Collectors.toUnmodifiableSet());
    /** Parts of speech the words of an apposition's noun phrase before its head may have ("the world's largest"). */
    private static final Set<String> MODIFIER_POS = Set.of("ADJ", "NOUN", "PROPN", "PART", "NUM");
    private static final Set<String> ARTICLES = FunctionWords.union("definite-article", "indefinite-articles");
    /** What may follow an apposition's head: ", the tyre maker, said", "a lender that". */
    private static final Set<String> AFTER_HEAD = Set.of(",", ".", "that", "which", "said");

    private final Gazetteer gazetteer = Gazetteer.get();

    @Override
    public void apply(List<NameCombiner.NameSentence> sentences, List<List<NameCombiner.Found>> chosen) {
        Set<String> companies = new HashSet<>();
        for (int i = 0; i < sentences.size(); i++) {
            NerTokens nt = sentences.get(i).tokens();
            for (NameCombiner.Found c : chosen.get(i)) {
                String name = companyNamed(nt, c, chosen.get(i));
                if (name != null) companies.add(name);
            }
        }
        if (companies.isEmpty()) return;
        NotPersons.wordsOfLongerPersons(gazetteer, sentences, chosen).forEach(word -> companies.remove(word.toLowerCase(Locale.ROOT)));
        for (int i = 0; i < sentences.size(); i++) {
            String[] w = sentences.get(i).tokens().words;
            List<NameCombiner.Found> names = chosen.get(i);
            for (int n = 0; n < names.size(); n++) {
                NameCombiner.Found c = names.get(n);
                if (c.type() != MentionType.ORGANIZATION && NotPersons.readsContextFree(c) && !listedPlace(w, c)
                        && companies.contains(text(w, c.from(), c.to()))) {
                    names.set(n, new NameCombiner.Found(c.from(), c.to(), MentionType.ORGANIZATION, c.by()));
                }
            }
        }
    }

    /** "China said its exports rose": a listed place owns "its" as a company does, and stays a place. */
    private boolean listedPlace(String[] w, NameCombiner.Found c) {
        Gazetteer.Match m = gazetteer.longestName(w, c.from());
        return m.type() == MentionType.LOCATION && m.length() == c.length();
    }

    /** The company this name shows to be one (its text, in lower case), or null. */
    private String companyNamed(NerTokens nt, NameCombiner.Found c, List<NameCombiner.Found> sentence) {
        String[] w = nt.words;
        if (c.by() instanceof CompanyFinder) return text(w, c.from(), c.to());
        if (c.type() == MentionType.ORGANIZATION && c.length() >= 2 && NameWords.COMPANY_SUFFIXES.contains(w[c.to() - 1])) {
            return text(w, c.from(), c.to() - 1);
        }
        boolean company = ownsIts(nt, c, sentence) || appositionOfKind(nt, c.to()) || sharesOf(w, c);
        return company ? text(w, c.from(), c.to()) : null;
    }

    /** "Pirelli said on Tuesday its profit": a verb right after the name, then "its" before anything else names an owner. */
    private boolean ownsIts(NerTokens nt, NameCombiner.Found c, List<NameCombiner.Found> sentence) {
        String[] w = nt.words;
        // The name is the subject: no preposition before it ("the airforce under Goering began its").
        if (c.from() > 0 && "ADP".equals(nt.pos[c.from() - 1])) return false;
        if (c.to() >= w.length || !("VERB".equals(nt.pos[c.to()]) || "AUX".equals(nt.pos[c.to()]))) return false;
        for (int k = c.to() + 1; k < w.length && k - c.to() <= PRONOUN_WINDOW; k++) {
            String word = w[k];
            if ("its".equals(word)) return true;
            int at = k;
            boolean named = sentence.stream().anyMatch(o -> o.from() <= at && at < o.to());
            boolean dated = gazetteer.isNotName(word) || Shapes.isDateWord(word);
            // Another noun phrase may own it: "said the government had increased its".
            boolean noun = "DET".equals(nt.pos[k]) || ("NOUN".equals(nt.pos[k]) || "PROPN".equals(nt.pos[k])) && !dated;
            if (named || noun || PERSONS_PRONOUNS.contains(word) || ".".equals(word) || ";".equals(word)
                    || isCapitalized(word) && !dated) return false;
        }
        return false;
    }

    /** ", the Italian tyre maker," / ", a Tokyo-based lender that": an apposition whose head is a kind of company. */
    private static boolean appositionOfKind(NerTokens nt, int after) {
        String[] w = nt.words;
        if (after + 2 >= w.length || !",".equals(w[after]) || !ARTICLES.contains(w[after + 1])) return false;
        for (int k = after + 2; k < w.length && k - after <= 9; k++) {
            String word = w[k].toLowerCase(Locale.ROOT);
            boolean kind = NameWords.COMPANY_KINDS.contains(word) || word.endsWith("maker") && word.length() > 5;
            boolean headEnds = k + 1 == w.length || AFTER_HEAD.contains(w[k + 1]);
            if (kind && headEnds) return true;
            if (!MODIFIER_POS.contains(nt.pos[k])) return false;
        }
        return false;
    }

    /** "shares in Pirelli", "shares of Pirelli", "Pirelli's shares". */
    private static boolean sharesOf(String[] w, NameCombiner.Found c) {
        boolean before = c.from() >= 2 && "shares".equals(w[c.from() - 2]) && ("in".equals(w[c.from() - 1]) || "of".equals(w[c.from() - 1]));
        boolean after = c.to() + 1 < w.length && ("'s".equals(w[c.to()]) || "’s".equals(w[c.to()])) && "shares".equals(w[c.to() + 1]);
        return before || after;
    }

    private static String text(String[] w, int from, int to) {
        return String.join(" ", List.of(w).subList(from, to)).toLowerCase(Locale.ROOT);
    }
}
