package org.claimgraph.assertions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.claimgraph.doc.Assertion;
import org.claimgraph.doc.Document;
import org.claimgraph.doc.TextRef;
import org.claimgraph.language.LanguageAnalyzer;

/** Runs the language and assertion stages on invented text, for the tests of attribution constructions. */
final class Attributions {
    private static final LanguageAnalyzer LANGUAGE = new LanguageAnalyzer();
    private static final AssertionExtractor EXTRACTOR = new AssertionExtractor();

    private Attributions() {}

    /** The assertions of the text, each of whose spans is checked to hold its words. */
    static List<Assertion> extract(String text) {
        Document doc = new Document("test", text);
        LANGUAGE.process(doc);
        EXTRACTOR.process(doc);
        for (Assertion a : doc.assertions()) {
            for (TextRef r : new TextRef[] {a.source(), a.cue(), a.addressee()}) {
                if (r != null) assertEquals(r.text(), r.span().of(text));
            }
            for (TextRef part : a.contentParts()) assertEquals(part.text(), part.span().of(text));
        }
        return doc.assertions();
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

    static String source(Assertion a) {
        return a.source() == null ? null : a.source().text();
    }
}
