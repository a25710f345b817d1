package org.claimgraph.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.claimgraph.doc.Document;
import org.claimgraph.doc.Sentence;
import org.claimgraph.doc.Token;
import org.junit.jupiter.api.Test;

class LanguageAnalyzerTest {
    private static final LanguageAnalyzer ANALYZER = new LanguageAnalyzer();

    @Test
    void sentencesAndTokensKeepExactOffsets() {
        String text = "Putin Says Thousands Joined\n\nPresident Vladimir Putin said 5,000 people left. He warned Astana.\n";
        Document doc = new Document("t", text);
        ANALYZER.process(doc);
        assertEquals(3, doc.sentences().size(), "a headline line is a sentence of its own");
        for (Sentence s : doc.sentences()) {
            for (Token t : s.tokens()) assertEquals(t.text(), doc.slice(t.span()));
        }
        Token putin = doc.sentences().get(1).tokens().get(2);
        assertEquals("Putin", putin.text());
        assertEquals("PROPN", putin.pos());
        Token said = doc.sentences().get(1).tokens().get(3);
        assertEquals("say", said.lemma());
        assertTrue(doc.sentences().get(2).tokens().stream().anyMatch(t -> t.lemma().equals("warn")));
    }
}
