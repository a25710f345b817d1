package org.claimgraph.doc;

/**
 * A span naming an actor, a date or a number. {@code entity} is the id of the {@link Entity} it
 * refers to once the actors stage has resolved it (null before, and for dates and numbers).
 * {@code sentence} is the index of the sentence it lies in.
 */
public final class Mention implements java.io.Serializable {
    private final Span span;
    private final String text;
    private MentionType type;
    private final int sentence;
    private String entity;

    public Mention(Span span, String text, MentionType type, int sentence) {
        this.span = span;
        this.text = text;
        this.type = type;
        this.sentence = sentence;
    }

    public Span span() { return span; }
    public String text() { return text; }
    public MentionType type() { return type; }
    public void setType(MentionType type) { this.type = type; }
    public int sentence() { return sentence; }
    public String entity() { return entity; }
    public void setEntity(String entity) { this.entity = entity; }

    @Override
    public String toString() { return type + "[" + span.start() + "," + span.end() + ")" + text; }
}
