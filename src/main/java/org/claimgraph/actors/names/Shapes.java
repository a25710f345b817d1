package org.claimgraph.actors.names;

/** What a word's letters say about it: capitalized, initials, an acronym, a date. */
final class Shapes {
    private Shapes() {}

    static boolean isCapitalized(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
    }

    /** A capitalized word, or one with a lower-case Arabic article before a capital ("al-Assad"). */
    static boolean isNameWord(String word) {
        if (isCapitalized(word)) return Character.isLetter(word.charAt(0));
        int dash = word.indexOf('-');
        return dash > 0 && dash < 4 && dash + 1 < word.length() && Character.isUpperCase(word.charAt(dash + 1));
    }

    /** "A.", "J.R.", "A.J.P.": capital letters each followed by a full stop, at most four. */
    static boolean isInitials(String word) {
        int n = word.length();
        if (n < 2 || n > 8 || n % 2 != 0) return false;
        for (int i = 0; i < n; i += 2) {
            if (!Character.isUpperCase(word.charAt(i)) || word.charAt(i + 1) != '.') return false;
        }
        return true;
    }

    /** "NATO", "RFE/RL", "MH-17": two or more capitals, slashes, ampersands and digits inside. */
    static boolean isAcronym(String word) {
        int n = word.length();
        if (n < 2 || n > 10) return false;
        int upper = 0;
        for (int i = 0; i < n; i++) {
            char c = word.charAt(i);
            if (Character.isUpperCase(c)) upper++;
            else if (c == '-' && !nextToDigit(word, i)) return false; // "MH-17", not the place "AL-AIN"
            else if (!(c == '/' || c == '&' || c == '-' || Character.isDigit(c) && i > 0)) return false;
        }
        return upper >= 2 && Character.isUpperCase(word.charAt(0)) && Character.isUpperCase(word.charAt(n - 1));
    }

    private static boolean nextToDigit(String word, int i) {
        return i > 0 && Character.isDigit(word.charAt(i - 1)) || i + 1 < word.length() && Character.isDigit(word.charAt(i + 1));
    }

    /** "ADRs", "MPs", "GDRs": an acronym in the plural names a kind of thing, not an actor. */
    static boolean isPluralAcronym(String word) {
        int n = word.length();
        return n >= 3 && word.charAt(n - 1) == 's' && isAcronym(word.substring(0, n - 1));
    }

    /** A date as datelines write it: "1996-08-30", "30/08/1996", "Aug", "August" (a day follows). */
    static boolean isDateWord(String word) {
        String bare = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
        if (NameWords.MONTHS.contains(bare)) return true;
        if (word.isEmpty() || !Character.isDigit(word.charAt(0))) return false;
        int separators = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c == '-' || c == '/') separators++;
            else if (!Character.isDigit(c)) return false;
        }
        return separators == 2;
    }

    /** "Jan 12", "Aug. 30": a month before a day is a date, whatever given name it spells. */
    static boolean isMonthBeforeDay(String[] w, int k) {
        return k + 1 < w.length && isDayNumber(w[k + 1]) && !Character.isDigit(w[k].charAt(0)) && isDateWord(w[k]);
    }

    private static boolean isDayNumber(String word) {
        if (word.isEmpty() || word.length() > 3) return false;
        for (int i = 0; i < word.length(); i++) if (!Character.isDigit(word.charAt(i))) return false;
        return true;
    }

    /** A word in capitals of three or more letters, hyphens allowed ("AL-AIN", "BRATISLAVA"). */
    static boolean isCapitalsWord(String word) {
        int letters = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isUpperCase(c)) letters++;
            else if (c != '-' || i == 0) return false;
        }
        return letters >= 3;
    }
}
