package org.claimgraph.actors.names;

import java.util.Locale;

/** How a sentence is cased: headlines in Title Case or capitals defeat the capitalization rules. */
enum Casing {
    NORMAL, TITLE, UPPER;

    static Casing of(String[] words) {
        int letters = 0;
        int upper = 0;
        int capitalized = 0;
        boolean lowerLongWord = false;
        int commas = 0;
        for (String w : words) {
            if (w.equals(",")) commas++;
            if (w.isEmpty() || !Character.isLetter(w.charAt(0))) continue;
            letters++;
            if (w.length() > 1 && w.equals(w.toUpperCase(Locale.ROOT))) upper++;
            if (Character.isUpperCase(w.charAt(0))) capitalized++;
            else if (w.length() >= 4) lowerLongWord = true;
        }
        if (letters >= 3 && upper * 10 >= letters * 7) return UPPER;
        // Title Case capitalizes every longer word; "President Ilham Aliyev visited Baku." keeps one in lower case.
        // A list of names ("Squad: Ana Ruiz, Li Wei, Omar Haddad") is capitalized throughout but is no headline.
        if (letters >= 4 && !lowerLongWord && capitalized * 10 >= letters * 8 && commas < 2 && !isTableLine(words)) return TITLE;
        return NORMAL;
    }

    /**
     * "1. Joel Marek ( Belgium ) Honda", "288 Ana Ruiz ( Spain ) 70 71": a row of competitors is capitalized
     * throughout, but a name in it carries a bracket (country or club) or the row opens with a rank ("1."), and
     * it has none of the little words a Title Case headline capitalizes.
     */
    private static boolean isTableLine(String[] words) {
        boolean competitor = words.length > 1 && isRank(words[0]) && Character.isUpperCase(words[1].charAt(0));
        for (int k = 0; k < words.length; k++) {
            if (NameWords.TITLE_CASED_FUNCTION_WORDS.contains(words[k])) return false;
            if (words[k].equals("(") && k > 0 && k + 1 < words.length && Shapes.isCapitalized(words[k - 1])
                    && Shapes.isCapitalized(words[k + 1])) competitor = true;
        }
        return competitor;
    }

    /** "1.", "12.": a place in a ranking. */
    private static boolean isRank(String word) {
        int n = word.length();
        if (n < 2 || n > 4 || word.charAt(n - 1) != '.') return false;
        for (int i = 0; i < n - 1; i++) if (!Character.isDigit(word.charAt(i))) return false;
        return true;
    }
}
