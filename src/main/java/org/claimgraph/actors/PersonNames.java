package org.claimgraph.actors;

import java.util.List;

import org.claimgraph.actors.names.Gazetteer;

/**
 * When two written names of persons can be one person, the rule that both the document's grouping
 * ({@link MentionGroups}) and the corpus directory ({@link InMemoryActorDirectory}) apply: "Donald Trump",
 * "J. Trump" and "Donald J. Trump"; "Ramzan Kadyrov" and "Ramzan Akhmadovich Kadyrov"; "Hillary" and
 * "Hillary Clinton". A shorter name joins a fuller one only when exactly one candidate holds it; the callers
 * count the candidates.
 */
final class PersonNames {
    private PersonNames() {}

    /**
     * True when the multi-word name {@code shorter} says nothing {@code fuller} does not: the same surname and
     * suffix, and its given names found in the fuller's in order, an initial standing for a name with that
     * letter. A shorter name that opens with a full given name must open like the fuller ("Donald Trump" fits
     * "Donald J. Trump", not "Melania Trump"); initials alone may stand anywhere ("J. Trump").
     */
    static boolean fits(List<String> shorter, List<String> fuller) {
        if (shorter.size() < 2 || fuller.size() < 2 || !Names.surnameKey(shorter).equals(Names.surnameKey(fuller))) return false;
        // "Jr." names someone else than the name without it may: the father.
        if (!suffix(shorter).equals(suffix(fuller))) return false;
        List<String> a = given(shorter), b = given(fuller);
        if (a.size() > b.size()) return false;
        int j = 0;
        for (int i = 0; i < a.size(); i++) {
            String w = a.get(i);
            if (i == 0 && !isInitial(w)) {
                if (!stands(w, b.get(0))) return false;
                j = 1;
                continue;
            }
            while (j < b.size() && !stands(w, b.get(j))) j++;
            if (j == b.size()) return false;
            j++;
        }
        return true;
    }

    /** How much a name says, to try fuller names first: given names, then how many of them are written out. */
    static int specificity(List<String> words) {
        List<String> given = given(words);
        int written = 0;
        for (String w : given) if (!isInitial(w)) written++;
        return given.size() * 16 + written;
    }

    /** The key of a multi-word name's first given name when written out ("hillary"), else null ("J. Trump"). */
    static String firstName(List<String> words) {
        if (words.size() < 2) return null;
        String first = words.get(0);
        return isInitial(first) || first.indexOf('.') >= 0 ? null : Names.key(first);
    }

    /**
     * A person's mention that is a listed given name alone, written without a title ("Hillary", not "Princess
     * Diana", whom a title names as such): who it is only its document can say.
     */
    static boolean onlyFirstName(String mentionText, List<String> words) {
        return words.size() == 1 && Names.words(Names.stripPossessive(mentionText.trim())).size() == 1
                && Gazetteer.get().isGivenName(words.get(0));
    }

    /** "J." or "J": one letter. */
    static boolean isInitial(String word) { return Names.key(word).length() == 1; }

    /** The given name {@code a} may stand for {@code b}: the same, or an initial of a written-out name. */
    private static boolean stands(String a, String b) {
        String ka = Names.key(a), kb = Names.key(b);
        if (ka.equals(kb)) return true;
        return ka.length() == 1 && kb.length() > 1 && b.indexOf('.') < 0 && kb.charAt(0) == ka.charAt(0);
    }

    /** The words before the surname. */
    private static List<String> given(List<String> words) {
        return words.subList(0, Names.surnameIndex(words));
    }

    /** The suffix after the surname ("jr"), or "". */
    private static String suffix(List<String> words) {
        return Names.key(String.join("", words.subList(Names.surnameIndex(words) + 1, words.size()))).replace(",", "");
    }
}
