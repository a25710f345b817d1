package org.claimgraph.doc;

/**
 * A number in an assertion's content. A single figure has {@code value}; a range has {@code min} and
 * {@code max}. {@code approx} is the qualifier as written ("over", "up to", "some"...), null if none.
 */
public record Quantity(Span span, String text, Double value, Double min, Double max, String approx, String counted) {}
