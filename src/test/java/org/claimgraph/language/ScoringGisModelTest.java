package org.claimgraph.language;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import org.junit.jupiter.api.Test;

/** The tokenizer scoring without probabilities cuts every line of the seeds, and words it is unsure of, as OpenNLP's does. */
class ScoringGisModelTest {
    @Test
    void tokensAreThoseOfTheProbabilisticModel() throws IOException {
        TokenizerModel model = Models.load(LanguageAnalyzer.TOKENIZER_MODEL, TokenizerModel::new);
        TokenizerME probabilities = new TokenizerME(model);
        TokenizerME scores = new TokenizerME(new TokenizerModel(new ScoringGisModel((GISModel) model.getArtifact("token.model")),
                Map.of(), model.getFactory()));
        int split = 0;
        List<String> tricky = List.of("\"We're", "U.S.-led", "(AP)--", "$3.5bn,", "10km/h", "e-mail:", "don't!", "1990s'");
        try (Stream<Path> seeds = Files.list(Path.of("seeds")).sorted()) {
            for (String line : Stream.concat(tricky.stream(), seeds.flatMap(ScoringGisModelTest::lines)).toList()) {
                String[] expected = probabilities.tokenize(line);
                assertArrayEquals(expected, scores.tokenize(line), line);
                split += expected.length - line.split("\\s+").length;
            }
        }
        assertTrue(split > 500, "the classifier split hundreds of words: " + split);
    }

    private static Stream<String> lines(Path p) {
        try {
            return Files.readAllLines(p).stream().filter(l -> !l.isBlank());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
