package org.claimgraph.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.util.StringUtil;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;
import opennlp.tools.util.featuregen.TokenClassFeatureGenerator;
import opennlp.tools.util.featuregen.TokenFeatureGenerator;
import opennlp.tools.util.model.BaseModel;
import org.junit.jupiter.api.Test;

/** The twins give OpenNLP's feature strings: word by word, and the whole generator of each model over the seeds. */
class LowerCasingFeaturesTest {
    @Test
    void wordsAreLowerCasedAsOpenNlpDoes() {
        for (String word : List.of("", "the", "The", "NATO", "U.S.", "McDonald's", "3518", "F16", "İstanbul", "ÉCOLE",
                "Straße", "ǅemal", "ΣΊΣΥΦΟΣ", "naïve", "A\uD801\uDC00B", "\uD83D\uDE00Smile", "x\u0130")) {
            assertEquals(StringUtil.toLowerCase(word), LowerCasingFeatures.lowerCase(word), word);
        }
    }

    @Test
    void twinsGiveTheFeaturesOfOpenNlpsGenerators() {
        List<String> words = List.of("The", "U.S.", "Straße", "naïve", "3518", "F-16", "said", "ÉCOLE", ",");
        String[] tokens = words.toArray(String[]::new);
        for (boolean option : new boolean[] {true, false}) {
            assertSameFeatures(new TokenFeatureGenerator(option), twin(LowerCasingFeatures.Token.class, "lowercase", option), tokens);
            assertSameFeatures(new TokenClassFeatureGenerator(option), twin(LowerCasingFeatures.TokenClass.class, "wordAndClass", option), tokens);
        }
    }

    @Test
    void theModelsGeneratorsGiveTheSameFeaturesOverTheSeeds() throws IOException {
        POSModel pos = Models.load("opennlp-en-ud-ewt-pos-1.3-2.5.4.bin", POSModel::new);
        TokenNameFinderModel names = Models.load("org/claimgraph/actors/names/en-ner-news.bin", TokenNameFinderModel::new);
        int compared = 0;
        for (BaseModel model : List.of(pos, names)) {
            String descriptor = new String((byte[]) model.getArtifact("generator.featuregen"), StandardCharsets.UTF_8);
            assertTrue(descriptor.contains("TokenFeatureGeneratorFactory") && descriptor.contains("TokenClassFeatureGeneratorFactory"),
                    "the model's generators include both that the twins stand in for");
            AdaptiveFeatureGenerator theirs = opennlpGenerators(model, descriptor);
            AdaptiveFeatureGenerator ours = ModelFeatures.of(model, Map.of());
            for (String[] sentence : seedSentences()) {
                for (int i = 0; i < sentence.length; i++) {
                    assertEquals(features(theirs, sentence, i), features(ours, sentence, i), String.join(" ", sentence) + " @" + i);
                    compared++;
                }
            }
        }
        assertTrue(compared > 8000, "both models over thousands of words: " + compared);
    }

    private static AdaptiveFeatureGenerator opennlpGenerators(BaseModel model, String descriptor) throws IOException {
        return GeneratorFactory.create(new ByteArrayInputStream(descriptor.getBytes(StandardCharsets.UTF_8)), model::getArtifact);
    }

    private static List<String[]> seedSentences() throws IOException {
        List<String[]> out = new ArrayList<>();
        try (Stream<Path> seeds = Files.list(Path.of("seeds")).sorted()) {
            for (Path seed : seeds.toList()) {
                for (String line : Files.readAllLines(seed)) {
                    String[] words = line.trim().split("\\s+");
                    if (words.length > 1) out.add(words);
                }
            }
        }
        return out;
    }

    private static AdaptiveFeatureGenerator twin(Class<?> factory, String option, boolean value) {
        String xml = "<featureGenerators name=\"test\"><generator class=\"" + factory.getName() + "\"><bool name=\"" + option
                + "\">" + value + "</bool></generator></featureGenerators>";
        try {
            return GeneratorFactory.create(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), key -> null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void assertSameFeatures(AdaptiveFeatureGenerator expected, AdaptiveFeatureGenerator actual, String[] tokens) {
        for (int i = 0; i < tokens.length; i++) assertEquals(features(expected, tokens, i), features(actual, tokens, i), tokens[i]);
    }

    private static List<String> features(AdaptiveFeatureGenerator generator, String[] tokens, int i) {
        List<String> out = new ArrayList<>();
        generator.createFeatures(out, tokens, i, new String[tokens.length]);
        return out;
    }
}
