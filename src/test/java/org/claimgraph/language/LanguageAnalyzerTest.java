package org.claimgraph.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import org.claimgraph.doc.Document;
import org.claimgraph.doc.Sentence;
import org.claimgraph.doc.Span;
import org.claimgraph.doc.Token;
import org.claimgraph.doc.Zone;
import org.claimgraph.doc.ZoneKind;
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

    @Test
    void plainNumbersStayWholeAndMixedWordsStillGoToTheClassifier() {
        // The classifier alone cuts "3518" into "35" "18"; a word of digits only, or letters only, is kept whole.
        Document doc = new Document("t", "Officials counted 3518 fighters within 10km of the border.");
        ANALYZER.process(doc);
        List<String> words = doc.sentences().get(0).tokens().stream().map(Token::text).toList();
        assertEquals(List.of("Officials", "counted", "3518", "fighters", "within", "10", "km", "of", "the", "border", "."), words);
    }

    @Test
    void aZoneEdgeInsideALineEndsTheSentence() {
        String text = "KYIV, March 3, 2024 - The minister said prices would fall.";
        Document doc = new Document("t", text);
        int edge = text.indexOf("The minister");
        doc.zones().add(new Zone(new Span(0, edge), ZoneKind.DATELINE));
        doc.zones().add(new Zone(new Span(edge, text.length()), ZoneKind.BODY));
        ANALYZER.process(doc);
        Sentence last = doc.sentences().get(doc.sentences().size() - 1);
        assertEquals(edge, last.span().start());
        assertEquals(ZoneKind.BODY, last.zone());
    }

    @Test
    void anInitialOrJrDoesNotEndTheSentence() {
        String initial = "The plan was drawn up by H. Dalton Marsh, who said costs would fall.";
        String suffix = "Senator Paul R. Hendley Jr. told reporters he would vote no.";
        String vitamin = "Doctors prescribed vitamin C. It helped.";
        SentenceModel model = Models.load(LanguageAnalyzer.SENTENCE_MODEL, SentenceModel::new);
        SentenceDetectorME detector = new SentenceDetectorME(model);
        assertEquals(2, detector.sentPosDetect(initial).length, "the model alone splits at the initial");
        assertEquals(3, detector.sentPosDetect(suffix).length, "the model alone splits at the initial and after Jr.");

        String initials = "It was a bad day, said Rep. D.T. Varnell of Ohio.";
        assertTrue(detector.sentPosDetect(initials).length > 1, "the model alone splits at the title and the initials");

        Document doc = new Document("t", initial + " " + suffix + " " + vitamin + " " + initials);
        ANALYZER.process(doc);
        assertEquals(List.of(initial, suffix, "Doctors prescribed vitamin C.", "It helped.", initials),
                doc.sentences().stream().map(s -> doc.slice(s.span())).toList());
    }

    @Test
    void aPluralTitleAbbreviationOfTheTitleListDoesNotEndTheSentence() {
        String text = "The bill was backed by Sens. Mara Quillfeather and Tobias Renwick of Vermont.";
        SentenceModel model = Models.load(LanguageAnalyzer.SENTENCE_MODEL, SentenceModel::new);
        assertTrue(new SentenceDetectorME(model).sentPosDetect(text).length > 1, "the model alone splits after 'Sens.'");
        Document doc = new Document("t", text + " Gen. Ilse Varga agreed.");
        ANALYZER.process(doc);
        assertEquals(List.of(text, "Gen. Ilse Varga agreed."), doc.sentences().stream().map(s -> doc.slice(s.span())).toList());
    }
}
