package org.claimgraph.actors.names;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.claimgraph.doc.MentionType;
import org.claimgraph.language.WordLists;

/**
 * Names that read as persons' but name none, each told by its context, not by a list of names:
 * <ul>
 * <li>a deity's name in a formula of invocation or oath ("God forbid", "thank God", "so help me God",
 *     {@code invocations.txt}) is an interjection, and so is any name the formula holds whole ("Thank God");</li>
 * <li>lone initials ("J." of a name the sentence splitter cut, "F.W." of "F.W. De Klerk") are a fragment of a
 *     name, never one;</li>
 * <li>a name the model typed as a person that opens with a word that opens place names and no person's
 *     ({@code place-openers.txt}: "San Bernardino", "North Island") is a place, or an organization when it
 *     ends in a head word, unless the document uses one of its words in a person's name that a given name
 *     opens;</li>
 * <li>a name the model typed as a person, after "the" and ending in an organization's head word
 *     ({@code org-heads.txt}: "the Clinton Foundation said"), is an organization.</li>
 * </ul>
 * Names from the rules that read a person's context (a title, initials, a particle) keep their type. A name
 * the place gazetteer knows, with no title, given name or longer name of the person in its document, is
 * still no place: on the CoNLL-2003 training articles that made 17 persons places ("Cork", "Washington" of
 * cricket and tennis results) and one place right ("a Verona magistrate").
 */
final class NotPersons implements NameCombiner.DocumentStep {
    private static final String WILDCARD = "*";
    private static final Set<String> DEITIES = Set.copyOf(WordLists.lines(NameModel.DIR + "deity-names.txt"));
    private static final List<String[]> INVOCATIONS = WordLists.lines(NameModel.DIR + "invocations.txt").stream()
            .map(line -> line.split("\\s+")).toList();
    private static final Set<String> PLACE_OPENERS = Set.copyOf(WordLists.lines(NameModel.DIR + "place-openers.txt"));

    private final Gazetteer gazetteer = Gazetteer.get();

    @Override
    public void apply(List<NameCombiner.NameSentence> sentences, List<List<NameCombiner.Found>> chosen) {
        Set<String> personWords = wordsOfLongerPersons(gazetteer, sentences, chosen);
        for (int i = 0; i < sentences.size(); i++) {
            String[] w = sentences.get(i).tokens().words;
            List<NameCombiner.Found> kept = new ArrayList<>(chosen.get(i).size());
            for (NameCombiner.Found c : chosen.get(i)) {
                if (inInvocation(w, c) || c.type() == MentionType.PERSON && isLoneInitial(w, c)) continue;
                MentionType place = c.type() == MentionType.PERSON && readsContextFree(c) ? placeType(w, c, personWords) : null;
                kept.add(place == null ? c : new NameCombiner.Found(c.from(), c.to(), place, c.by()));
            }
            chosen.set(i, kept);
        }
    }

    /** The model and the given-names finder guess from the words; the other person rules read a title, initials or a particle. */
    static boolean readsContextFree(NameCombiner.Found c) {
        return c.by() instanceof ModelNameFinder || c.by() instanceof GivenNamePersonFinder;
    }

    /** A deity's name in an invocation whose words hold the whole name. */
    static boolean inInvocation(String[] w, NameCombiner.Found c) {
        for (int k = c.from(); k < c.to(); k++) {
            if (!DEITIES.contains(w[k])) continue;
            for (String[] formula : INVOCATIONS) {
                int at = indexOf(formula, WILDCARD);
                int start = k - at;
                if (start <= c.from() && start + formula.length >= c.to() && matches(w, start, formula, at)) return true;
            }
        }
        return false;
    }

    private static boolean matches(String[] w, int start, String[] formula, int wildcard) {
        if (start < 0 || start + formula.length > w.length) return false;
        for (int j = 0; j < formula.length; j++) {
            if (j != wildcard && !formula[j].equalsIgnoreCase(w[start + j])) return false;
        }
        return true;
    }

    private static int indexOf(String[] words, String word) {
        for (int j = 0; j < words.length; j++) if (words[j].equals(word)) return j;
        throw new IllegalStateException("invocations.txt: a formula without " + word);
    }

    /** "J.", "J" or "F.W.": initials alone, the rest of the name cut off. */
    private static boolean isLoneInitial(String[] w, NameCombiner.Found c) {
        if (c.length() != 1) return false;
        String word = w[c.from()];
        return word.length() == 1 && Character.isLetter(word.charAt(0)) || Shapes.isInitials(word);
    }

    /** LOCATION or ORGANIZATION for a "person" that opens like a place's name or is an organization's; null when it may be a person. */
    private MentionType placeType(String[] w, NameCombiner.Found c, Set<String> personWords) {
        // "the Clinton Foundation": a person is never "the" one ending in an organization's head word
        if (c.length() >= 2 && c.from() > 0 && w[c.from() - 1].equalsIgnoreCase("the") && gazetteer.isOrgHead(w[c.to() - 1])) {
            return MentionType.ORGANIZATION;
        }
        if (!opensLikeAPlace(gazetteer, w, c) || gazetteer.isDemonym(w[c.from() + 1])) return null;
        for (int k = c.from(); k < c.to(); k++) if (personWords.contains(w[k])) return null;
        return gazetteer.isOrgHead(w[c.to() - 1]) ? MentionType.ORGANIZATION : MentionType.LOCATION;
    }

    /**
     * A name of two words or more opening with a word that opens places ("San Bernardino"), unless its first two
     * words are both given names ("San Suu Kyi"): "San" is a given name too.
     */
    private static boolean opensLikeAPlace(Gazetteer gazetteer, String[] w, NameCombiner.Found c) {
        return c.length() >= 2 && PLACE_OPENERS.contains(w[c.from()])
                && !(gazetteer.isGivenName(w[c.from()]) && gazetteer.isGivenName(w[c.from() + 1]));
    }

    /** The words of the document's person names of two words or more that a given name opens, not a place's opener: a person's context. */
    static Set<String> wordsOfLongerPersons(Gazetteer gazetteer, List<NameCombiner.NameSentence> sentences, List<List<NameCombiner.Found>> chosen) {
        Set<String> words = new HashSet<>();
        for (int i = 0; i < sentences.size(); i++) {
            String[] w = sentences.get(i).tokens().words;
            for (NameCombiner.Found c : chosen.get(i)) {
                if (c.type() != MentionType.PERSON || c.length() < 2 || !gazetteer.isGivenName(w[c.from()]) || opensLikeAPlace(gazetteer, w, c)) continue;
                for (int k = c.from() + 1; k < c.to(); k++) words.add(w[k]);
            }
        }
        return words;
    }
}
