package org.claimgraph.doc;

import java.util.Locale;

/**
 * How the article presents an attribution, after GRaSP's attribution values: how certain the report is,
 * whether it says the source said it or did not, and whether the saying has happened or is to come.
 * "X said" is {@link #PLAIN}; "X did not say" negative; "X reportedly said", "X may say" less than
 * certain; "X will tell", "if X says" future.
 */
public record Factuality(Certainty certainty, Polarity polarity, Time time) implements java.io.Serializable {
    public static final Factuality PLAIN = new Factuality(Certainty.CERTAIN, Polarity.POSITIVE, Time.NON_FUTURE);

    public enum Certainty { CERTAIN, PROBABLE, POSSIBLE }

    public enum Polarity { POSITIVE, NEGATIVE }

    public enum Time { NON_FUTURE, FUTURE }

    /** A value as written in JSON Lines and rule files: "non-future" for NON_FUTURE. */
    public static String label(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Certain, positive and not in the future: a plain report of something said. */
    public boolean plain() {
        return equals(PLAIN);
    }
}
