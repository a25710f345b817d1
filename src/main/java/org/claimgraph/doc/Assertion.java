package org.claimgraph.doc;

import java.util.ArrayList;
import java.util.List;

/**
 * An attribution: {@code source} said ({@code cue}) something ({@code content}). Content split around
 * the cue has several parts; {@code content()} is the span from the first to the last.
 */
public final class Assertion implements java.io.Serializable {
    private final int index;
    private final int sentence;
    private final ZoneKind zone;
    private TextRef source;
    private final TextRef cue;
    private final List<TextRef> contentParts = new ArrayList<>();
    private final boolean direct;
    private TextRef addressee;
    private String date;
    private String dateHow;
    private Factuality factuality = Factuality.PLAIN;
    private String claimantWords;
    private final List<Quantity> quantities = new ArrayList<>();
    private final List<String> about = new ArrayList<>();
    private final List<ClaimedRelation> relations = new ArrayList<>();

    public Assertion(int index, int sentence, ZoneKind zone, TextRef source, TextRef cue,
                     List<TextRef> contentParts, boolean direct) {
        this.index = index;
        this.sentence = sentence;
        this.zone = zone;
        this.source = source;
        this.cue = cue;
        this.contentParts.addAll(contentParts);
        this.direct = direct;
    }

    public int index() { return index; }
    public int sentence() { return sentence; }
    public ZoneKind zone() { return zone; }
    public TextRef source() { return source; }
    public void setSource(TextRef source) { this.source = source; }
    public TextRef cue() { return cue; }
    public List<TextRef> contentParts() { return contentParts; }
    public boolean direct() { return direct; }
    public TextRef addressee() { return addressee; }
    public void setAddressee(TextRef addressee) { this.addressee = addressee; }
    public String date() { return date; }
    public String dateHow() { return dateHow; }
    public void setDate(String isoDate, String how) { this.date = isoDate; this.dateHow = how; }
    /** The words to show as claimant when the source resolved to no actor; null when they name no one ("they", "who"). */
    public String claimantWords() { return claimantWords; }
    public void setClaimantWords(String words) { this.claimantWords = words; }

    /** Who makes the claim, as a name to show: the resolved source actor's label, else the words naming it; null for nobody. */
    public String claimant(Document doc) {
        Entity actor = source == null || source.entity() == null ? null : doc.entities().get(source.entity());
        return actor != null ? actor.label() : claimantWords;
    }
    public Factuality factuality() { return factuality; }
    public void setFactuality(Factuality factuality) { this.factuality = factuality; }
    public List<Quantity> quantities() { return quantities; }
    public List<String> about() { return about; }
    public List<ClaimedRelation> relations() { return relations; }

    /** The whole content, from the start of the first part to the end of the last. */
    public Span content() {
        return new Span(contentParts.get(0).span().start(), contentParts.get(contentParts.size() - 1).span().end());
    }

    /** The content parts' text joined by a space. */
    public String contentText() {
        StringBuilder sb = new StringBuilder();
        for (TextRef part : contentParts) {
            if (!sb.isEmpty()) sb.append(' ');
            sb.append(part.text());
        }
        return sb.toString();
    }
}
