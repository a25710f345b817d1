package org.claimgraph.actors.names;

import static org.claimgraph.actors.names.Shapes.isNameWord;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import opennlp.tools.util.Span;
import org.claimgraph.doc.MentionType;
import org.claimgraph.language.WordLists;

/**
 * A picture's credit line: "REUTERS/Jane Doe/File Photo", "Pool via REUTERS", "FILE PHOTO: A man walks ...".
 * A listed news outlet before a slash is an organization and the capitalized words after that slash are the
 * photographer; the credit's own words ({@code credit-words.txt}: "File Photo", "Pool", "Handout") name nobody.
 * They are returned as MISC, which the combiner drops after they held their words, so the model's guess
 * ("REUTERS/Jane Doe" an organization, "File Photo" a person) does not take them. Credit lines are in capitals
 * or Title Case, so every casing is read.
 */
final class CreditFinder implements SentenceNameFinder {
    private static final List<String[]> CREDIT_WORDS = WordLists.lines(NameModel.DIR + "credit-words.txt").stream()
            .map(line -> line.split("\\s+")).toList();

    private final Gazetteer gazetteer = Gazetteer.get();

    @Override
    public Span[] find(NerTokens nt) {
        String[] w = nt.words;
        List<Span> out = new ArrayList<>();
        int taken = 0;
        for (int k = 0; k < w.length; k++) {
            int words = k >= taken ? creditWordsAt(w, k) : 0;
            if (words > 0 && inCredit(w, k, k + words)) {
                out.add(new Span(k, k + words, NameModel.MISC));
                taken = k + words;
            }
            if (!"/".equals(w[k]) || k + 1 >= w.length) continue;
            int outlet = outletBefore(w, k);
            if (outlet < 0) continue;
            if (outlet >= taken) out.add(new Span(outlet, k, NameModel.ORGANIZATION));
            int end = photographerEnd(w, k + 1);
            if (end > k + 1) {
                out.add(new Span(k + 1, end, NameModel.PERSON));
                taken = end;
            }
        }
        return out.toArray(new Span[0]);
    }

    /** Where a listed news outlet ending right before {@code slash} starts ("REUTERS", "Reuters TV"); -1 when none. */
    private int outletBefore(String[] w, int slash) {
        for (int from = Math.max(0, slash - 3); from < slash; from++) {
            Gazetteer.Match m = gazetteer.longestName(w, from);
            if (m.type() == MentionType.ORGANIZATION && from + m.length() == slash) return from;
        }
        return -1;
    }

    /**
     * The photographer's name after the outlet's slash: two to four name words cased as the first, no credit
     * word or listed name, ending the line or before a slash or a change of case ("Jane Doe EDITORIAL USE ONLY").
     * "a Reuters/Ipsos poll" names none.
     */
    private int photographerEnd(String[] w, int from) {
        boolean capitals = isCapitals(w[from]);
        int end = from;
        while (end < w.length && end - from < 4 && isNameWord(w[end]) && isCapitals(w[end]) == capitals && creditWordsAt(w, end) == 0) end++;
        boolean ends = end == w.length || "/".equals(w[end]) || ".".equals(w[end]) || isNameWord(w[end]);
        return end - from >= 2 && ends && gazetteer.longestName(w, from).length() == 0 ? end : from;
    }

    /** A word of a credit alone ("File", "Handout"), in any case. */
    static boolean isCreditWord(String word) {
        return CREDIT_WORDS.stream().anyMatch(phrase -> phrase.length == 1 && phrase[0].equalsIgnoreCase(word));
    }

    private static boolean isCapitals(String word) { return word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT)); }

    /** Next to the credit's slash or "via", or opening the caption before a colon ("FILE PHOTO:"). */
    private static boolean inCredit(String[] w, int from, int to) {
        boolean after = from > 0 && ("/".equals(w[from - 1]) || "via".equalsIgnoreCase(w[from - 1]));
        boolean before = to < w.length && ("/".equals(w[to]) || "via".equalsIgnoreCase(w[to]) || from == 0 && ":".equals(w[to]));
        return after || before;
    }

    /** Length of the longest credit phrase at {@code k}, in any case; 0 when none starts there. */
    private static int creditWordsAt(String[] w, int k) {
        int best = 0;
        for (String[] phrase : CREDIT_WORDS) {
            if (phrase.length <= best || k + phrase.length > w.length) continue;
            boolean match = true;
            for (int j = 0; j < phrase.length && match; j++) match = phrase[j].equalsIgnoreCase(w[k + j]);
            if (match) best = phrase.length;
        }
        return best;
    }
}
