package org.claimgraph.doc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one model that flows through the stages. The reader fills text, metadata and zones; the
 * language stage sentences and tokens; the actors stage mentions and entities; the assertions stage
 * assertions. Every span is an offset into {@link #text()}, the exact text of the input.
 */
public final class Document implements java.io.Serializable {
    private final String input;
    private final String text;
    private String id;
    private String title;
    private String published;
    private String publishedHow;
    private final List<DatedEvidence> dateEvidence = new ArrayList<>();
    private String sourceUrl;
    private String author;
    private String publisher;
    private String language;
    private String encoding;
    private final List<Zone> zones = new ArrayList<>();
    private final List<ReaderComment> comments = new ArrayList<>();
    private final List<Sentence> sentences = new ArrayList<>();
    private final List<Mention> mentions = new ArrayList<>();
    private final Map<String, Entity> entities = new LinkedHashMap<>();
    private final List<Assertion> assertions = new ArrayList<>();

    public Document(String input, String text) {
        this.input = input;
        this.text = text;
    }

    public String input() { return input; }
    public String text() { return text; }
    public String id() { return id; }
    public void setId(String id) { this.id = id; }
    public String title() { return title; }
    public void setTitle(String title) { this.title = title; }
    /** ISO date (YYYY, YYYY-MM or YYYY-MM-DD) or null when neither text nor metadata gives one. */
    public String published() { return published; }
    public String publishedHow() { return publishedHow; }
    public void setPublished(String iso, String how) { this.published = iso; this.publishedHow = how; }
    public List<DatedEvidence> dateEvidence() { return dateEvidence; }
    /** The URL the document was fetched from (a web archive's record), or null. */
    public String sourceUrl() { return sourceUrl; }
    public void setSourceUrl(String sourceUrl) { this.sourceUrl = sourceUrl; }
    public String author() { return author; }
    public void setAuthor(String author) { this.author = author; }
    public String publisher() { return publisher; }
    public void setPublisher(String publisher) { this.publisher = publisher; }
    public String language() { return language; }
    public void setLanguage(String language) { this.language = language; }
    /** The charset the input was read with and how it was chosen, e.g. "windows-1252 (detected ...)". */
    public String encoding() { return encoding; }
    public void setEncoding(String encoding) { this.encoding = encoding; }
    public List<Zone> zones() { return zones; }
    public List<ReaderComment> comments() { return comments; }
    public List<Sentence> sentences() { return sentences; }
    public List<Mention> mentions() { return mentions; }
    public Map<String, Entity> entities() { return entities; }
    public List<Assertion> assertions() { return assertions; }

    public String slice(Span span) { return span.of(text); }

    /** The zone kind at an offset; BODY where no zone was marked. */
    public ZoneKind zoneAt(int offset) {
        for (Zone z : zones) {
            if (z.span().start() <= offset && offset < z.span().end()) return z.kind();
        }
        return ZoneKind.BODY;
    }
}
