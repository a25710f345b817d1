package org.claimgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainCommandTest {
    /** CoNLL-2003 layout (IOB1: I- opens a name unless it continues one of the same type). */
    private static final String CONLL = """
            -DOCSTART- -X- O O

            Talks NNS B-NP O
            between IN B-PP O
            Marek NNP B-NP I-PER
            Dvorak NNP I-NP I-PER
            and CC O O
            Velmor NNP B-NP I-ORG
            Mining NNP I-NP I-ORG
            ended VBD B-VP O
            in IN B-PP O
            Prague NNP B-NP I-LOC
            . . O O

            """;
    /** Universal NER layout: index, word, IOB2 tag; comment lines; OTH is a type of no actor. */
    private static final String UNER = """
            # newdoc id = d1
            # sent_id = d1-1
            # text = Anna Lindqvist flew to Oslo for Eurovision.
            1	Anna	B-PER	-	-
            2	Lindqvist	I-PER	-	-
            3	flew	O	-	-
            4	to	O	-	-
            5	Oslo	B-LOC	-	-
            6	for	O	-	-
            7	Eurovision	B-OTH	-	-
            8	.	O	-	-

            """;

    @Test
    void trainsAModelFromBothLayoutsAndScoresItOnTheDevelopmentFile(@TempDir Path dir) throws Exception {
        Path conll = dir.resolve("train.conll");
        Path uner = dir.resolve("train.iob2");
        Files.writeString(conll, CONLL.repeat(20));
        Files.writeString(uner, UNER.repeat(20));
        Path model = dir.resolve("ner.bin");
        CliRun run = CliRun.of("train", "ner", "--output", model.toString(), "--dev", conll.toString(), "--iterations", "20",
                conll.toString(), uner.toString());
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains("40 sentences"), run.out());
        // The model learnt its own training sentence: every name found, with its span and type.
        assertTrue(run.out().matches("(?s).*micro\\s+1\\.000\\s+1\\.000\\s+1\\.000\\s+60\\s+0\\s+0.*"), run.out());
        TokenNameFinderModel trained;
        try (InputStream in = Files.newInputStream(model)) {
            trained = new TokenNameFinderModel(in);
        }
        Span[] names = new NameFinderME(trained).find(new String[] {"Anna", "Lindqvist", "flew", "to", "Oslo", "for", "Eurovision", "."});
        assertEquals("[[0..2) person, [4..5) location, [6..7) misc]", java.util.Arrays.toString(names));
    }

    @Test
    void refusesAnUnreadableFile(@TempDir Path dir) {
        CliRun run = CliRun.of("train", "ner", "--output", dir.resolve("m.bin").toString(), dir.resolve("missing.conll").toString());
        assertEquals(Main.EXIT_FATAL, run.status());
        assertTrue(run.err().contains("cannot read training file"), run.err());
    }
}
