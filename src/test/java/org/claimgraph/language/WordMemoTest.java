package org.claimgraph.language;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;
import opennlp.tools.util.featuregen.TokenFeatureGenerator;
import opennlp.tools.util.featuregen.WindowFeatureGenerator;
import opennlp.tools.util.model.BaseModel;
import org.junit.jupiter.api.Test;

/** Remembered word weights sum to the doubles of OpenNLP's feature strings looked up one by one. */
class WordMemoTest {
    /** Invented sentences; the same words at other window offsets, in other cases, and twice over. */
    private static final String[][] SENTENCES = {
            "The mayor of Tarnwick , Elin Voss , said on Tuesday that the bridge would reopen .".split(" "),
            "Voss said the bridge , closed since March , cost the city 4.2 million euros .".split(" "),
            "THE BRIDGE REOPENS : Tarnwick mayor Voss cuts the ribbon".split(" "),
            "Bridge bridge BRIDGE bridge , said said .".split(" "),
            "Elin".split(" "),
    };

    @Test
    void theModelsGeneratorsSumTheWeightsOfOpenNlpsFeatures() throws IOException {
        int compared = 0;
        Map<BaseModel, String> classifiers = Map.of(
                Models.load("opennlp-en-ud-ewt-pos-1.3-2.5.4.bin", POSModel::new), "pos.model",
                Models.load("org/claimgraph/actors/names/en-ner-news.bin", TokenNameFinderModel::new), "nameFinder.model");
        for (Map.Entry<BaseModel, String> model : classifiers.entrySet()) {
            Map<String, Context> weights = new GreedyDecoder((MaxentModel) model.getKey().getArtifact(model.getValue())).weights();
            AdaptiveFeatureGenerator theirs = GeneratorFactory.create(
                    new ByteArrayInputStream(model.getKey().getArtifact("generator.featuregen")), model.getKey()::getArtifact);
            AdaptiveFeatureGenerator ours = ModelFeatures.of(model.getKey(), weights);
            for (int pass = 0; pass < 2; pass++) {
                for (String[] sentence : SENTENCES) {
                    String[] before = new String[sentence.length];
                    Arrays.fill(before, model.getKey() instanceof POSModel ? "NOUN" : "other");
                    for (int i = 0; i < sentence.length; i++) {
                        assertArrayEquals(looseSum(theirs, weights, sentence, i, before), sum(ours, weights, sentence, i, before),
                                String.join(" ", sentence) + " @" + i);
                        compared++;
                    }
                }
            }
        }
        assertTrue(compared > 100, "positions compared: " + compared);
    }

    @Test
    void eachWindowOffsetGetsItsOwnWeights() {
        // A feature per window offset of "bridge", each weighing on an outcome of its own: a memo that gave one
        // offset's weights at another would sum onto the wrong outcome.
        Map<String, Context> weights = new HashMap<>();
        String[] prefixes = {"p2", "p1", "", "n1", "n2"};
        for (int o = 0; o < prefixes.length; o++) {
            weights.put(prefixes[o] + "w=bridge", new Context(new int[] {o}, new double[] {1.0 + o / 8.0}));
        }
        WordMemo memo = new WordMemo(new TokenFeatureGenerator(), 2, 2, new WordWeights(weights));
        AdaptiveFeatureGenerator window = new WindowFeatureGenerator(new TokenFeatureGenerator(), 2, 2);
        String[] sentence = "the Bridge over a bridge , bridge".split(" ");
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < sentence.length; i++) {
                assertArrayEquals(looseSum(window, weights, sentence, i, null), sum(memo, weights, sentence, i, null), "@" + i);
            }
        }
        double[] atOver = sum(memo, weights, sentence, 2, null);
        double[] expected = new double[atOver.length];
        expected[1] = 1.0 + 1 / 8.0; // "Bridge" one word before "over"
        expected[4] = 1.0 + 4 / 8.0; // "bridge" two words after it
        assertArrayEquals(expected, atOver);
    }

    @Test
    void theMemoryIsBoundedAndForgottenWordsComeBackTheSame() {
        Map<String, Context> weights = new HashMap<>();
        weights.put("w=w7", new Context(new int[] {0}, new double[] {0.5}));
        WordWeights words = new WordWeights(weights);
        WordMemo memo = new WordMemo(new TokenFeatureGenerator(), 0, 0, words);
        String[] first = {"w7"};
        double[] before = sum(memo, weights, first, 0, null);
        for (int n = 0; n < WordWeights.MAX_WORDS + 1000; n++) sum(memo, weights, new String[] {"w" + n}, 0, null);
        assertEquals(WordWeights.MAX_WORDS, words.size());
        sum(memo, weights, new String[] {"x".repeat(WordWeights.MAX_LENGTH + 1)}, 0, null);
        assertEquals(WordWeights.MAX_WORDS, words.size(), "a long word is not kept");
        assertArrayEquals(before, sum(memo, weights, new String[] {"w7"}, 0, null));
    }

    @Test
    void anyOtherListGetsOpenNlpsFeatureStrings() {
        WordMemo memo = new WordMemo(new TokenFeatureGenerator(), 1, 1, new WordWeights(Map.of()));
        AdaptiveFeatureGenerator window = new WindowFeatureGenerator(new TokenFeatureGenerator(), 1, 1);
        String[] sentence = SENTENCES[0];
        for (int i = 0; i < sentence.length; i++) {
            List<String> expected = new ArrayList<>();
            window.createFeatures(expected, sentence, i, null);
            List<String> actual = new ArrayList<>();
            memo.createFeatures(actual, sentence, i, null);
            assertEquals(expected, actual);
        }
    }

    /** The scores of OpenNLP's feature strings, looked up one by one in their order. */
    private static double[] looseSum(AdaptiveFeatureGenerator generator, Map<String, Context> weights, String[] words, int i,
                                     String[] before) {
        List<String> features = new ArrayList<>();
        generator.createFeatures(features, words, i, before);
        double[] scores = new double[64];
        GreedyDecoder.addWeights(weights, features.toArray(String[]::new), scores);
        return scores;
    }

    /** The scores as the decoder sums them. */
    private static double[] sum(AdaptiveFeatureGenerator generator, Map<String, Context> weights, String[] words, int i,
                                String[] before) {
        WeightSum sum = new WeightSum(weights);
        double[] scores = new double[64];
        sum.start(scores);
        generator.createFeatures(sum, words, i, before);
        return scores;
    }
}
