package org.claimgraph.reader;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds any of a list of phrases as whole words, in any case. A regular expression decides; it tries
 * every position of the text with every phrase, so a plain scan for the phrases at word starts rules
 * most texts out first. The scan folds case as the expression does and skips only positions where the
 * expression's word boundary cannot be, so it never rules out a text the expression would match: the
 * answer is the expression's, at a fraction of the cost.
 */
final class PhraseFinder {
    private final Pattern pattern;
    private final char[][][] byFirst = new char[128][][];   // the phrases, case folded, by their first character

    PhraseFinder(List<String> phrases) {
        pattern = Pattern.compile("\\b" + WordPatterns.anyOf(phrases) + "\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        List<List<char[]>> grouped = new ArrayList<>();
        for (int c = 0; c < 128; c++) grouped.add(new ArrayList<>());
        for (String phrase : phrases) {
            char[] folded = fold(phrase);
            if (folded.length == 0 || folded[0] >= 128 || !Character.isLetterOrDigit(folded[0])) {
                throw new IllegalArgumentException("a phrase must open with an ASCII letter or digit: '" + phrase + "'");
            }
            grouped.get(folded[0]).add(folded);
        }
        for (int c = 0; c < 128; c++) if (!grouped.get(c).isEmpty()) byFirst[c] = grouped.get(c).toArray(char[][]::new);
    }

    /** Does text[from, to) hold one of the phrases? */
    boolean find(String text, int from, int to) {
        return mayHold(text, from, to) && pattern.matcher(text).region(from, to).find();
    }

    boolean find(String text) { return find(text, 0, text.length()); }

    /** False only when no phrase starts a word in text[from, to). */
    private boolean mayHold(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            int c = fold(text.charAt(i));
            if (c >= 128 || byFirst[c] == null) continue;
            if (i > from && isWordChar(text.charAt(i - 1)) && isWordChar(text.charAt(i))) continue;   // no word boundary here
            for (char[] phrase : byFirst[c]) {
                if (i + phrase.length <= to && matchesAt(text, i, phrase)) return true;
            }
        }
        return false;
    }

    /**
     * A character the expression's \b counts as part of a word, whichever definition the JDK uses: ASCII
     * letters, digits and '_' (since JDK 19 \b follows \w, so "é" is no word character there).
     */
    private static boolean isWordChar(char c) { return c < 128 && (c == '_' || Character.isLetterOrDigit(c)); }

    private static boolean matchesAt(String text, int at, char[] phrase) {
        for (int j = 1; j < phrase.length; j++) {
            if (fold(text.charAt(at + j)) != phrase[j]) return false;
        }
        return true;
    }

    /** Case folding as {@link Pattern#CASE_INSENSITIVE} with {@link Pattern#UNICODE_CASE} folds a literal. */
    private static int fold(char c) {
        if (c < 128) return c >= 'A' && c <= 'Z' ? c + 32 : c;
        return Character.toLowerCase(Character.toUpperCase(c));
    }

    private static char[] fold(String s) {
        char[] out = new char[s.length()];
        for (int i = 0; i < out.length; i++) out[i] = (char) fold(s.charAt(i));
        return out;
    }
}
