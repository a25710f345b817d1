package org.claimgraph.assertions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.claimgraph.doc.Assertion;
import org.claimgraph.doc.Document;
import org.claimgraph.doc.Entity;
import org.claimgraph.doc.Mention;
import org.claimgraph.doc.MentionType;
import org.claimgraph.doc.Quantity;
import org.claimgraph.doc.Sentence;
import org.claimgraph.doc.Span;
import org.claimgraph.doc.TextRef;
import org.claimgraph.doc.Zone;
import org.claimgraph.language.LanguageAnalyzer;

/** Runs the language and assertion stages on invented text or a seed article, for the tests of the assertions stage. */
final class Attributions {
    static final LanguageAnalyzer LANGUAGE = new LanguageAnalyzer();
    static final AssertionExtractor EXTRACTOR = new AssertionExtractor();

    private Attributions() {}

    /** The assertions of the text, each of whose spans is checked to hold its words. */
    static List<Assertion> extract(String text) {
        return extract(text, null).assertions();
    }

    /** The document after the language stage, with its publication date (or null) and zones. */
    static Document analyse(String text, String published, List<Zone> zones) {
        Document doc = new Document("test", text);
        doc.setPublished(published, published == null ? null : "test");
        doc.zones().addAll(zones);
        LANGUAGE.process(doc);
        return doc;
    }

    /** The document after the language and assertion stages, each of its spans checked to hold its words. */
    static Document extract(String text, String published) {
        Document doc = analyse(text, published, List.of());
        EXTRACTOR.process(doc);
        assertSpansMatchText(doc);
        return doc;
    }

    /** A seed article ({@code seeds/NAME}) through the language and assertion stages. */
    static Document seed(String name, String published) throws IOException {
        return extract(Files.readString(seedPath(name)), published);
    }

    static Path seedPath(String name) {
        return Path.of(System.getProperty("claimgraph.home", ".")).resolve("seeds").resolve(name);
    }

    static void assertSpansMatchText(Document doc) {
        String text = doc.text();
        for (Assertion a : doc.assertions()) {
            for (TextRef r : new TextRef[] {a.source(), a.cue(), a.addressee()}) {
                if (r != null) assertEquals(r.text(), r.span().of(text));
            }
            for (TextRef part : a.contentParts()) assertEquals(part.text(), part.span().of(text));
            for (Quantity q : a.quantities()) assertEquals(q.text(), q.span().of(text));
        }
        for (Mention m : doc.mentions()) assertEquals(m.text(), m.span().of(text));
    }

    /** The one assertion whose cue is the given words. */
    static Assertion byCue(String text, String cue) {
        List<Assertion> found = extract(text).stream().filter(a -> a.cue().text().equals(cue)).toList();
        assertEquals(1, found.size(), () -> "assertions with cue '" + cue + "' in: " + text);
        return found.get(0);
    }

    /** Whether some assertion of the text has the cue. */
    static boolean hasCue(String text, String cue) {
        return extract(text).stream().anyMatch(a -> a.cue().text().equals(cue));
    }

    /** The sentence's one assertion with the cue, its source and its content. */
    static void assertAttribution(String sentence, String cue, String source, String content) {
        Assertion a = byCue(sentence, cue);
        assertEquals(source, source(a));
        assertEquals(content, a.contentText());
    }

    static String source(Assertion a) {
        return a.source() == null ? null : a.source().text();
    }

    /** The first assertion whose content holds the words. */
    static Assertion withContent(Document doc, String words) {
        return doc.assertions().stream().filter(a -> a.contentText().contains(words)).findFirst()
                .orElseThrow(() -> new AssertionError("no assertion with '" + words + "' in " + doc.assertions().stream().map(Assertion::contentText).toList()));
    }

    static Quantity quantity(Assertion a, String text) {
        return a.quantities().stream().filter(q -> q.text().contains(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no quantity " + text + " in " + a.quantities()));
    }

    /** Adds an entity and a mention for every occurrence of each name. */
    static void entity(Document doc, String id, MentionType type, String... names) {
        doc.entities().put(id, new Entity(id, type, names[0]));
        String text = doc.text();
        for (String name : names) {
            for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
                Span span = new Span(at, at + name.length());
                if (doc.mentions().stream().anyMatch(m -> m.span().overlaps(span))) continue;
                int sentence = doc.sentences().stream().filter(s -> s.span().contains(span)).mapToInt(Sentence::index).findFirst().orElse(-1);
                Mention m = new Mention(span, name, type, sentence);
                m.setEntity(id);
                doc.mentions().add(m);
            }
        }
    }
}
