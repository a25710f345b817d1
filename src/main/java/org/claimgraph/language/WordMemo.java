package org.claimgraph.language;

import java.util.ArrayList;
import java.util.List;

import opennlp.tools.ml.model.Context;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.FeatureGeneratorResourceProvider;
import opennlp.tools.util.featuregen.PrefixFeatureGeneratorFactory;
import opennlp.tools.util.featuregen.SuffixFeatureGeneratorFactory;
import opennlp.tools.util.featuregen.WindowFeatureGenerator;
import opennlp.tools.util.featuregen.WindowFeatureGeneratorFactory;

/**
 * A generator of one word's own features (its lower-cased form, shape, prefixes...), seen from a window of
 * words as OpenNLP's WindowFeatureGenerator sees it ("p1w=the"), whose features' weights are looked up once
 * per word ({@link WordWeights}). OpenNLP builds every feature string afresh for every word at every offset,
 * and the decoder hashes it and compares it byte by byte with the model's key: on 840 news articles a quarter
 * of the extraction's CPU went to the name finder, half of that to those look-ups. Features the model does not
 * know weigh nothing and are not kept. Only a {@link WeightSum} gets the remembered weights; any other list
 * gets OpenNLP's feature strings.
 */
public final class WordMemo implements AdaptiveFeatureGenerator {
    /** The resource under which {@link ModelFeatures} hands the factories the model's {@link WordWeights}. */
    static final String WEIGHTS = "claimgraph.word.weights";
    private static final Context[] NONE = {};

    private final AdaptiveFeatureGenerator word;
    private final int prev;
    private final int next;
    private final WordWeights weights;
    private final int number;
    private final AdaptiveFeatureGenerator plain;
    /** Window offsets in WindowFeatureGenerator's order (the word, those before it, those after) and their prefixes. */
    private final int[] offsets;
    private final String[] prefixes;

    /** {@code word}'s features (of {@code tokens[index]} alone) at {@code prev} words before to {@code next} after. */
    WordMemo(AdaptiveFeatureGenerator word, int prev, int next, WordWeights weights) {
        this.word = word;
        this.prev = prev;
        this.next = next;
        this.weights = weights;
        this.number = weights.add(this);
        this.plain = new WindowFeatureGenerator(word, prev, next);
        this.offsets = new int[1 + prev + next];
        this.prefixes = new String[offsets.length];
        prefixes[0] = "";
        for (int i = 1; i <= prev; i++) {
            offsets[i] = -i;
            prefixes[i] = WindowFeatureGenerator.PREV_PREFIX + i;
        }
        for (int i = 1; i <= next; i++) {
            offsets[prev + i] = i;
            prefixes[prev + i] = WindowFeatureGenerator.NEXT_PREFIX + i;
        }
    }

    /** A generator of one word's features, remembering their weights where the descriptor is built for decoding. */
    static AdaptiveFeatureGenerator of(AdaptiveFeatureGenerator word, FeatureGeneratorResourceProvider resources) {
        return resources != null && resources.getResource(WEIGHTS) instanceof WordWeights weights
                ? new WordMemo(word, 0, 0, weights) : word;
    }

    @Override
    public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
        if (!(features instanceof WeightSum sum)) {
            plain.createFeatures(features, tokens, index, previousOutcomes);
            return;
        }
        for (int slot = 0; slot < offsets.length; slot++) {
            int k = index + offsets[slot];
            if (k >= 0 && k < tokens.length) sum.add(weights.of(tokens, k, number)[slot]);
        }
    }

    /** The weights of the features {@code w} has, by window offset. */
    Context[][] lookUp(String w) {
        List<String> own = new ArrayList<>();
        word.createFeatures(own, new String[] {w}, 0, null);
        Context[][] known = new Context[offsets.length][];
        List<Context> found = new ArrayList<>(own.size());
        for (int slot = 0; slot < offsets.length; slot++) {
            found.clear();
            for (String feature : own) {
                Context c = weights.model().get(prefixes[slot] + feature);
                if (c != null) found.add(c);
            }
            known[slot] = found.isEmpty() ? NONE : found.toArray(NONE);
        }
        return known;
    }

    /** OpenNLP's window factory, remembering the weights when the window is of one word's own features. */
    public static final class Window extends WindowFeatureGeneratorFactory {
        @Override
        public AdaptiveFeatureGenerator create() throws InvalidFormatException {
            if (args.get("generator#0") instanceof WordMemo own && own.prev == 0 && own.next == 0) {
                return new WordMemo(own.word, getInt("prevLength"), getInt("nextLength"), own.weights);
            }
            return super.create();
        }
    }

    /** OpenNLP's prefix factory, remembering the weights. */
    public static final class Prefix extends PrefixFeatureGeneratorFactory {
        @Override
        public AdaptiveFeatureGenerator create() throws InvalidFormatException { return of(super.create(), resourceManager); }
    }

    /** OpenNLP's suffix factory, remembering the weights. */
    public static final class Suffix extends SuffixFeatureGeneratorFactory {
        @Override
        public AdaptiveFeatureGenerator create() throws InvalidFormatException { return of(super.create(), resourceManager); }
    }
}
