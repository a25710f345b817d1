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
        if (letters >= 4 && !lowerLongWord && capitalized * 10 >= letters * 8 && commas < 2) return TITLE;
        return NORMAL;
    }
}
