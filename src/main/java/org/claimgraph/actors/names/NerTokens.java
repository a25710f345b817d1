package org.claimgraph.actors.names;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import org.claimgraph.doc.Token;

/**
 * The tokens name finding works on: the language stage's tokens re-cut where its English tokenizer
 * splits or glues names differently from how names are written. Hyphenated names are one token
 * ("al-Assad", "Jean-Claude"), a possessive "'s" is a token of its own ("Russia" + "'s"), an
 * abbreviation keeps its final dot ("U.N."), and a picture's credit is cut at its slashes ("REUTERS/Jane",
 * "Doe/File"). The training corpus is cut the same way, so the model sees at run time the tokens it was
 * trained on.
 */
public final class NerTokens {
    public final String[] words;
    public final int[] starts;
    public final int[] ends;
    /** UD part of speech of the (first) language token each NER token comes from; "X" when unknown. */
    public final String[] pos;
    private Casing casing;

    private NerTokens(List<String> words, List<int[]> offsets, List<String> pos) {
        int n = words.size();
        this.words = words.toArray(new String[0]);
        this.pos = pos.toArray(new String[0]);
        this.starts = new int[n];
        this.ends = new int[n];
        for (int i = 0; i < n; i++) {
            starts[i] = offsets.get(i)[0];
            ends[i] = offsets.get(i)[1];
        }
    }

    public int size() { return words.length; }

    /** Parts of speech that no word of a name has. */
    private static final Set<String> NON_NAME_POS = Set.of("VERB", "AUX", "ADV", "ADP", "DET", "PRON", "SCONJ",
            "CCONJ", "NUM", "PART", "INTJ");

    /** Token {@code k} was tagged as a verb, adverb, pronoun or another part of speech no name word has. */
    boolean isFunctionWord(int k) { return NON_NAME_POS.contains(pos[k]); }

    /** How the sentence is cased, worked out once. */
    Casing casing() {
        if (casing == null) casing = Casing.of(words);
        return casing;
    }

    /** From words alone, as OpenNLP's finders take them, kept as they are: joined by spaces, no POS tags. */
    public static NerTokens ofWords(String[] words) {
        List<int[]> offsets = new ArrayList<>(words.length);
        int at = 0;
        for (String w : words) {
            offsets.add(new int[] {at, at + w.length()});
            at += w.length() + 1;
        }
        return new NerTokens(List.of(words), offsets, Collections.nCopies(words.length, "X"));
    }

    /** From the language stage's tokens of one sentence; offsets stay document offsets. */
    public static NerTokens of(String text, List<Token> tokens) {
        int n = tokens.size();
        int[] s = new int[n];
        int[] e = new int[n];
        String[] pos = new String[n];
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            s[i] = t.span().start();
            e[i] = t.span().end();
            pos[i] = t.pos();
        }
        return recut(text, s, e, pos);
    }

    /** From bare token offsets into {@code text} (no POS tags). */
    public static NerTokens of(String text, int[] starts, int[] ends) {
        String[] pos = new String[starts.length];
        java.util.Arrays.fill(pos, "X");
        return recut(text, starts, ends, pos);
    }

    private static NerTokens recut(String text, int[] s, int[] e, String[] pos) {
        List<String> words = new ArrayList<>(s.length + 4);
        List<int[]> offsets = new ArrayList<>(s.length + 4);
        List<String> tags = new ArrayList<>(s.length + 4);
        int i = 0;
        while (i < s.length) {
            int start = s[i];
            int end = e[i];
            String tag = pos[i];
            int j = i + 1;
            // Glue tokens that touch across a hyphen: "al" "-" "Assad", "Jean" "-Claude", "U.N" ".".
            while (j < s.length && s[j] == end && joins(text, start, end, s[j], e[j])) {
                end = e[j];
                j++;
            }
            boolean last = j == s.length;
            // Quotes and brackets the tokenizer left on a word: "“All", "IS/ISIS]", "ISIL?".
            while (end - start > 1 && OPENING.indexOf(text.charAt(start)) >= 0) {
                add(words, offsets, tags, text, start, start + 1, "PUNCT");
                start++;
            }
            int peeled = end;
            while (peeled - start > 1 && (CLOSING.indexOf(text.charAt(peeled - 1)) >= 0 || finalDot(text, start, peeled, last))) peeled--;
            int possessive = possessiveAt(text, start, peeled);
            int hyphen = possessive < 0 ? modifierHyphen(text, start, peeled) : -1;
            if (possessive > start) {
                add(words, offsets, tags, text, start, possessive, tag);
                add(words, offsets, tags, text, possessive, peeled, "PART");
            } else if (hyphen > start) {
                add(words, offsets, tags, text, start, hyphen, tag);
                add(words, offsets, tags, text, hyphen, peeled, "ADJ");
            } else {
                addSlashed(words, offsets, tags, text, start, peeled, tag);
            }
            for (int k = peeled; k < end; k++) add(words, offsets, tags, text, k, k + 1, "PUNCT");
            i = j;
        }
        return new NerTokens(words, offsets, tags);
    }

    private static final String OPENING = "\"“‘«([{";
    private static final String CLOSING = "\"”’»)]}?!,;:";

    /**
     * A sentence-final dot, or a dot glued to a word that is no abbreviation ("IS." before the next
     * sentence): abbreviations ("U.S.", "Gen.", "Mr.") keep theirs.
     */
    private static boolean finalDot(String text, int start, int end, boolean lastToken) {
        if (text.charAt(end - 1) != '.') return false;
        String word = text.substring(start, end - 1);
        if (word.indexOf('.') >= 0) return false;
        return lastToken && word.length() > 3 || word.length() >= 2 && word.equals(word.toUpperCase(java.util.Locale.ROOT)) && word.chars().anyMatch(Character::isLetter);
    }

    /** Offset of the hyphen in "US-led", "Kremlin-backed", "Iran-born": a name glued to a modifier. */
    private static int modifierHyphen(String text, int start, int end) {
        // sought within the token: String.lastIndexOf would run on to the start of the document
        int dash = end - 1;
        while (dash > start && text.charAt(dash) != '-') dash--;
        if (dash <= start || dash + 3 > end || !Character.isUpperCase(text.charAt(start))) return -1;
        String tail = text.substring(dash + 1, end);
        if (!Character.isLowerCase(tail.charAt(0))) return -1;
        return tail.endsWith("ed") || tail.endsWith("ing") || NameWords.HYPHEN_MODIFIERS.contains(tail) ? dash : -1;
    }

    /**
     * A word, cut at its slashes when they stand between names rather than inside one: "REUTERS/Kevin" of a
     * photo credit, "Lamarque/File" (a part in Title Case); "RFE/RL", "AC/DC" and "and/or" stay one token.
     */
    private static void addSlashed(List<String> words, List<int[]> offsets, List<String> tags, String text, int start, int end, String tag) {
        String[] parts = text.substring(start, end).split("/", -1);
        if (!namesApart(parts)) {
            add(words, offsets, tags, text, start, end, tag);
            return;
        }
        int at = start;
        for (int p = 0; p < parts.length; p++) {
            if (p > 0) add(words, offsets, tags, text, at, ++at, "PUNCT");
            if (!parts[p].isEmpty()) add(words, offsets, tags, text, at, at + parts[p].length(), tag);
            at += parts[p].length();
        }
    }

    /**
     * Words of letters between slashes, as a picture's credit joins them: an outlet in capitals before a name
     * ("REUTERS/Jane"), a credit's word after one ("Doe/File", {@link CreditFinder#isCreditWord}), or a slash
     * left at either end of the word ("Doe/" + "File", "REUTERS" + "/Jane"). Names a slash joins in prose stay one token ("Reuters/Ipsos",
     * "Radio Free Europe/Radio Liberty"), as the model was trained on them.
     */
    private static boolean namesApart(String[] parts) {
        if (parts.length < 2) return false;
        for (int p = 0; p < parts.length; p++) {
            boolean edge = p == 0 || p == parts.length - 1;
            if (parts[p].isEmpty() && !edge || !parts[p].chars().allMatch(Character::isLetter)) return false;
        }
        for (int p = 0; p + 1 < parts.length; p++) {
            String left = parts[p];
            String right = parts[p + 1];
            if (left.isEmpty() || right.isEmpty() || isCapitals(left) && isTitleCase(right) || CreditFinder.isCreditWord(right)) return true;
        }
        return false;
    }

    private static boolean isCapitals(String word) { return word.length() > 1 && word.chars().allMatch(Character::isUpperCase); }

    private static boolean isTitleCase(String word) {
        return word.length() > 1 && Character.isUpperCase(word.charAt(0)) && Character.isLowerCase(word.charAt(1));
    }

    private static void add(List<String> words, List<int[]> offsets, List<String> tags, String text, int start, int end, String tag) {
        words.add(text.substring(start, end));
        offsets.add(new int[] {start, end});
        tags.add(tag);
    }

    private static boolean joins(String text, int prevStart, int prevEnd, int nextStart, int nextEnd) {
        char last = text.charAt(prevEnd - 1);
        char first = text.charAt(nextStart);
        // "5" "-" "2": a score or a range of numbers is one token, as the result rules read it.
        boolean afterDigit = Character.isDigit(last);
        if (first == '-') return nextEnd > nextStart + 1 ? Character.isLetter(text.charAt(nextStart + 1))
                : followedByLetter(text, nextEnd) || afterDigit && nextEnd < text.length() && Character.isDigit(text.charAt(nextEnd));
        if (last == '-') return prevEnd - prevStart > 1 && (Character.isLetter(first)
                || Character.isDigit(first) && Character.isDigit(text.charAt(prevEnd - 2)));
        // "U.N" + "." : an abbreviation with inner dots keeps its final dot; so does an initial ("J" + ".").
        // "F" + ".W.": the tokenizer cuts initials written together after the first letter.
        boolean initials = prevEnd - prevStart >= 3 && text.charAt(prevEnd - 2) == '.' || prevEnd - prevStart == 1;
        return first == '.' && Character.isUpperCase(last) && initials
                && (nextEnd == nextStart + 1 || dottedCapitals(text, nextStart, nextEnd));
    }

    /** ".W." or ".W": capitals each after a dot, from {@code from} (a dot) to {@code to}. */
    private static boolean dottedCapitals(String text, int from, int to) {
        for (int k = from; k < to; k += 2) {
            if (text.charAt(k) != '.' || k + 1 < to && !Character.isUpperCase(text.charAt(k + 1))) return false;
        }
        return true;
    }

    /** A lone hyphen joins only when a letter follows with no space ("al" "-" "Assad"). */
    private static boolean followedByLetter(String text, int at) {
        return at < text.length() && Character.isLetter(text.charAt(at));
    }

    /** Offset of a trailing "'s" / "’s" (or a bare apostrophe after s) in a token longer than it, else -1. */
    private static int possessiveAt(String text, int start, int end) {
        int len = end - start;
        if (len > 2) {
            char a = text.charAt(end - 2);
            char s = text.charAt(end - 1);
            if ((a == '\'' || a == '’') && (s == 's' || s == 'S')) return end - 2;
        }
        if (len > 2) {
            char a = text.charAt(end - 1);
            char s = text.charAt(end - 2);
            if ((a == '\'' || a == '’') && (s == 's' || s == 'S') && Character.isUpperCase(text.charAt(start))) return end - 1;
        }
        return -1;
    }
}
