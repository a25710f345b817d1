package org.claimgraph.assertions;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.claimgraph.doc.Quantity.Bound;
import org.claimgraph.doc.Token;
import org.claimgraph.language.WordLists;

/** The qualifiers written before a figure ("more than", "up to", "some") and how each bounds it: {@code qualifiers.tsv}. */
final class Qualifiers {
    private static final Map<String, Bound> BOUNDS = new HashMap<>();
    private static final int LONGEST;

    static {
        int longest = 1;
        for (String line : WordLists.lines("org/claimgraph/assertions/qualifiers.tsv")) {
            String[] columns = line.split("\t");
            BOUNDS.put(columns[0], Bound.named(columns[1]));
            longest = Math.max(longest, columns[0].split(" ").length);
        }
        LONGEST = longest;
    }

    private Qualifiers() {}

    /** Start of the longest qualifier written right before token i, or i when none. */
    static int start(List<Token> tokens, int i) {
        for (int n = Math.min(LONGEST, i); n >= 1; n--) {
            StringBuilder words = new StringBuilder();
            for (int k = i - n; k < i; k++) words.append(k > i - n ? " " : "").append(tokens.get(k).text());
            if (BOUNDS.containsKey(words.toString().toLowerCase(Locale.ROOT))) return i - n;
        }
        return i;
    }

    /** How {@code qualifier} (a key of the table, lower case) bounds its figure; exact when null. */
    static Bound bound(String qualifier) {
        return qualifier == null ? Bound.EXACTLY : BOUNDS.getOrDefault(qualifier, Bound.APPROXIMATELY);
    }
}
