package org.claimgraph.actors.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;

import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import org.claimgraph.doc.Document;
import org.claimgraph.doc.Sentence;
import org.claimgraph.language.LanguageAnalyzer;
import org.junit.jupiter.api.Test;

/** The greedy name finder against OpenNLP's NameFinderME on every sentence of the seeds, document memory included. */
class GreedyNameFinderTest {
    @Test
    void namesAreThoseOfNameFinderMe() throws IOException {
        TokenNameFinderModel model = NameModel.shared().get();
        NameFinderME beam = new NameFinderME(model);
        GreedyNameFinder greedy = new GreedyNameFinder(model);
        LanguageAnalyzer language = new LanguageAnalyzer();
        int names = 0;
        try (Stream<Path> seeds = Files.list(Path.of("seeds")).sorted()) {
            for (Path seed : seeds.toList()) {
                Document doc = new Document(seed.getFileName().toString(), Files.readString(seed));
                language.process(doc);
                for (Sentence s : doc.sentences()) {
                    String[] words = s.tokens().stream().map(t -> t.text()).toArray(String[]::new);
                    Span[] expected = beam.find(words);
                    assertEquals(Arrays.asList(expected), Arrays.asList(greedy.find(words)), String.join(" ", words));
                    names += expected.length;
                }
                beam.clearAdaptiveData();
                greedy.clearAdaptiveData();
            }
        }
        assertTrue(names > 300, "the seeds name hundreds of things: " + names);
    }
}
