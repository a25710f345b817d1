package org.claimgraph.actors;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.claimgraph.language.FunctionWords;

/** How names are compared: one key for the spellings news uses for the same name. */
public final class Names {
    /** Lower-case words that acronyms may or may not take a letter from ("Commonwealth of Independent States"). */
    private static final Set<String> FUNCTION_WORDS = Set.of("of", "the", "and", "for", "in", "on", "at", "to", "de", "du", "des", "la", "le", "el", "al", "&");
    /** Name particles left out when comparing surnames ("Bashar al-Assad" ... "Assad"). */
    private static final List<String> SURNAME_PARTICLES = List.of("al-", "el-", "ad-", "as-", "ash-", "an-", "ar-", "at-", "az-");
    private static final Set<String> NAME_SUFFIXES = FunctionWords.get("name-suffixes");

    private Names() {}

    /**
     * Accents folded, lower case, dots dropped, hyphens and runs of spaces as one space, typographic
     * apostrophes straightened, a leading "the" dropped: "the U.S." and "US" give "us".
     */
    static String key(String name) {
        String s = name;
        if (!isAscii(s)) s = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '.') continue;
            if (c == '\u2019' || c == '\u2018' || c == '`') c = '\'';
            if (Character.isWhitespace(c) || c == '-' || c == '\u2010' || c == '\u2013' || c == '\u2014') {
                if (!space) sb.append(' ');
                space = true;
                continue;
            }
            sb.append(Character.toLowerCase(c));
            space = false;
        }
        int len = sb.length();
        if (len > 0 && sb.charAt(len - 1) == ' ') sb.setLength(len - 1);
        String k = sb.toString();
        return k.startsWith("the ") ? k.substring(4) : k;
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) > 127) return false;
        return true;
    }

    /** "Putin's" -> "Putin", "States'" -> "States"; other text unchanged. */
    static String stripPossessive(String s) {
        if (s.endsWith("'s") || s.endsWith("\u2019s")) return s.substring(0, s.length() - 2);
        if ((s.endsWith("'") || s.endsWith("\u2019")) && s.length() > 1 && Character.toLowerCase(s.charAt(s.length() - 2)) == 's') {
            return s.substring(0, s.length() - 1);
        }
        return s;
    }

    static boolean isPossessiveMarker(String token) {
        return token.equals("'s") || token.equals("\u2019s") || token.equals("'") || token.equals("\u2019");
    }

    /** Whitespace-separated words (no regex: this runs for every mention). */
    static List<String> words(String s) {
        List<String> out = new ArrayList<>(4);
        int n = s.length(), i = 0;
        while (i < n) {
            while (i < n && Character.isWhitespace(s.charAt(i))) i++;
            int start = i;
            while (i < n && !Character.isWhitespace(s.charAt(i))) i++;
            if (i > start) out.add(s.substring(start, i));
        }
        return out;
    }

    /** Two to eight capitals, digits, '/', '&' or dots, with at least two capitals: "IS", "RFE/RL", "U.N.". */
    static boolean isAcronym(String s) {
        if (s.length() < 2 || s.length() > 10) return false;
        int caps = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isUpperCase(c)) caps++;
            else if (!(Character.isDigit(c) || c == '/' || c == '&' || c == '.' || c == '-')) return false;
        }
        return caps >= 2;
    }

    /** The letters of an acronym, lower case: "U.N." -> "un", "RFE/RL" -> "rferl". */
    static String acronymLetters(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) if (Character.isLetter(s.charAt(i))) sb.append(Character.toLowerCase(s.charAt(i)));
        return sb.toString();
    }

    /**
     * The acronyms a multi-word name may be shortened to: initials of its capitalized words, and
     * initials of all its words. "Islamic State of Iraq and the Levant" -> "isil", "isoiatl".
     */
    static List<String> initials(String name) {
        List<String> words = words(name.replace('-', ' '));
        if (words.size() < 2) return List.of();
        StringBuilder content = new StringBuilder();
        StringBuilder all = new StringBuilder();
        for (String w : words) {
            char c = w.charAt(0);
            if (!Character.isLetter(c)) continue;
            all.append(Character.toLowerCase(c));
            if (!FUNCTION_WORDS.contains(w.toLowerCase(Locale.ROOT))) content.append(Character.toLowerCase(c));
        }
        if (content.length() < 2) return List.of();
        return content.toString().contentEquals(all) ? List.of(content.toString()) : List.of(content.toString(), all.toString());
    }

    /** A surname without its leading particle, in lower case: "al-Assad" -> "assad"; other words as they are, lower-cased. */
    public static String withoutParticle(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        for (String p : SURNAME_PARTICLES) {
            if (w.startsWith(p) && w.length() > p.length()) return w.substring(p.length());
        }
        return w;
    }

    /** The key of a person's surname: last word, suffixes and particles left out. "Bashar al-Assad" -> "assad". */
    static String surnameKey(List<String> words) {
        return key(withoutParticle(words.get(surnameIndex(words))));
    }

    /** Where a person's surname stands among the words: the last, suffixes ("Jr.", "III") left out. */
    static int surnameIndex(List<String> words) {
        int last = words.size() - 1;
        while (last > 0 && NAME_SUFFIXES.contains(key(words.get(last)).replace(",", ""))) last--;
        return last;
    }

    /** A title as compared: lower case, "the" dropped ("Chief of the General Staff" = "chief of General Staff"). */
    static String titleKey(String title) {
        StringBuilder sb = new StringBuilder();
        for (String w : key(title).split(" ")) {
            if (w.equals("the") || w.isEmpty()) continue;
            if (!sb.isEmpty()) sb.append(' ');
            sb.append(w);
        }
        return sb.toString();
    }
}
