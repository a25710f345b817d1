package org.claimgraph.doc;

import java.util.Locale;
import java.util.Set;

/**
 * A number in an assertion's content. A single figure has {@code value}; a range has {@code min} and
 * {@code max}. {@code approx} is the qualifier as written ("over", "up to", "some"...), null if none, and
 * {@code bound} how it bounds the number.
 * {@code counted} is what is counted, as written ("members of illegal armed units"). {@code date} is the
 * figure's own time when it differs from the statement's ("compared with 300 a year earlier"), else null.
 */
public record Quantity(Span span, String text, Double value, Double min, Double max, String approx, Bound bound,
                       String counted, String date) implements java.io.Serializable {
    /** How a figure bounds the number it stands for: "more than 300" at least 300, "up to 300" at most. */
    public enum Bound {
        AT_LEAST, AT_MOST, APPROXIMATELY, EXACTLY;

        /** The name used in JSON and in the qualifier table: "at-least". */
        public String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        /** The bound labelled {@code label}. */
        public static Bound named(String label) {
            return valueOf(label.toUpperCase(Locale.ROOT).replace('-', '_'));
        }
    }

    /** A figure of the statement's own time. */
    public Quantity(Span span, String text, Double value, Double min, Double max, String approx, Bound bound, String counted) {
        this(span, text, value, min, max, approx, bound, counted, null);
    }

    /** The same figure counting {@code counted}, of its own time {@code date} (ISO, null: the statement's). */
    public Quantity with(String counted, String date) {
        return new Quantity(span, text, value, min, max, approx, bound, counted, date);
    }

    /** Words that end the head of a counted phrase: what follows them qualifies it. */
    private static final Set<String> HEAD_ENDS = Set.of("of", "from", "in", "on", "at", "for", "with", "to", "a", "an",
            "per", "each", "who", "that", "which", "whom", "over", "under", "across", "and", "or");

    /**
     * The head word of what is counted, lower case: "members of illegal armed units" -> "members",
     * "Russian citizens" -> "citizens", "barrels a day" -> "barrels". Figures for the same head can
     * be compared across speakers; null when nothing counted was found.
     */
    public String countedHead() {
        if (counted == null || counted.isBlank()) return null;
        String head = null;
        for (String word : counted.trim().split("\\s+")) {
            String w = word.toLowerCase(Locale.ROOT).replaceAll("^\\p{Punct}+|\\p{Punct}+$", "");
            if (HEAD_ENDS.contains(w)) break;
            if (!w.isEmpty()) head = w;
        }
        return head;
    }
}
