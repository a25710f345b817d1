package org.claimgraph.actors.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.claimgraph.doc.MentionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NerEvaluatorTest {
    private static Path gold() throws URISyntaxException {
        return Path.of(NerEvaluatorTest.class.getResource("gold-ner.conll").toURI());
    }

    /** The project's own gold set (written for claimgraph, never in the training corpus). */
    @Test
    void goldSetScoresStayHigh() throws Exception {
        NerEvaluator.Scores scores = NerEvaluator.evaluate(gold());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        NerEvaluator.print(scores, new PrintStream(out, true, StandardCharsets.UTF_8));
        String table = out.toString(StandardCharsets.UTF_8);
        System.out.println(table);
        assertTrue(scores.micro().f1() >= MICRO_F1_FLOOR, table);
        for (MentionType t : scores.byType().keySet()) assertTrue(scores.byType().get(t).f1() >= 0.7, table);
        assertTrue(table.contains("micro"));
    }

    /** Measured micro-F1 on the gold set (0.925) minus a margin: retraining after list edits moves it a little. */
    private static final double MICRO_F1_FLOOR = 0.90;

    @Test
    void countsExactSpansAndTypes(@TempDir Path dir) throws Exception {
        Path gold = dir.resolve("tiny.conll");
        // Gold says "Moscow" is an ORGANIZATION and misses nothing else: the finder's LOCATION is then one
        // false positive (LOCATION) and one false negative (ORGANIZATION); the person is exact.
        Files.writeString(gold, "-DOCSTART- -X- -X- O\n\nPresident B-PER\nVladimir I-PER\nPutin I-PER\nvisited O\nMoscow B-ORG\n. O\n");
        NerEvaluator.Scores scores = NerEvaluator.evaluate(gold);
        assertEquals(new NerEvaluator.Counts(0, 1, 1), scores.byType().get(MentionType.PERSON), "title is not part of the name");
        assertEquals(new NerEvaluator.Counts(0, 0, 1), scores.byType().get(MentionType.ORGANIZATION));
        assertEquals(new NerEvaluator.Counts(0, 1, 0), scores.byType().get(MentionType.LOCATION));
        assertEquals(0.0, scores.micro().f1());
    }
}
