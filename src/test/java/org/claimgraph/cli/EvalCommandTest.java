package org.claimgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalCommandTest {
    private static final String GOLD = """
            -DOCSTART- -X- O O

            Foreign NNP B-NP O
            Minister NNP I-NP O
            Oyelaran NNP I-NP B-PER
            Bakhtiyorov NNP I-NP I-PER
            visited VBD B-VP O
            Vilnius NNP B-NP B-LOC
            on IN B-PP O
            Monday NNP B-NP O
            . . O O

            """;

    /** One finder alone finds only its own names: the titled person, not the place. */
    @Test
    void oneFinderIsScoredAlone(@TempDir Path dir) throws Exception {
        Path gold = Files.writeString(dir.resolve("gold.conll"), GOLD);
        CliRun alone = CliRun.of("eval", "ner", "--finder", "titled-persons", gold.toString());
        assertEquals(0, alone.status(), alone.err());
        assertTrue(alone.out().matches("(?s).*PERSON +1\\.000 +1\\.000 .*\\n.*LOCATION +0\\.000 +0\\.000 .*"), alone.out());
        CliRun combined = CliRun.of("eval", "ner", gold.toString());
        assertTrue(combined.out().matches("(?s).*micro +1\\.000 +1\\.000 +1\\.000 .*"), combined.out());
    }

    @Test
    void anUnknownFinderIsAUsageError(@TempDir Path dir) throws Exception {
        Path gold = Files.writeString(dir.resolve("gold.conll"), GOLD);
        CliRun run = CliRun.of("eval", "ner", "--finder", "sports-results", gold.toString());
        assertEquals(2, run.status());
        assertTrue(run.err().contains("no name finder 'sports-results'") && run.err().contains("combined"), run.err());
    }
}
