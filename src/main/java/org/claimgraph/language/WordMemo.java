package org.claimgraph.language;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
 * words as OpenNLP's WindowFeatureGenerator sees it ("p1w=the"), that remembers each word's model weights at
 * each window offset. OpenNLP builds every feature string afresh for every word at every offset, and the
 * decoder hashes it and compares it byte by byte with the model's key: on 840 news articles a quarter of the
 * extraction's CPU went to the name finder, half of that to those look-ups. News repeats its words, so a word's
 * weights are looked up once. Features the model does not know weigh nothing and are not kept. Only a
 * {@link WeightSum} gets the remembered weights; any other list gets OpenNLP's strings. The memory is bounded
 * ({@link #MAX_WORDS} words, least recently used out first; longer words than {@link #MAX_LENGTH} are not
 * kept). Not thread-safe: one per decoder.
 */
public final class WordMemo implements AdaptiveFeatureGenerator {
    /** The resource under which {@link ModelFeatures} hands the model's weights to the factories. */
    static final String WEIGHTS = "claimgraph.model.weights";
    /** News vocabulary is Zipfian: 16k words cover nearly all of the running text. */
    static final int MAX_WORDS = 1 << 14;
    static final int MAX_LENGTH = 40;
    private static final Context[] NONE = {};

    private final AdaptiveFeatureGenerator word;
    private final int prev;
    private final int next;
    private final Map<String, Context> weights;
    private final AdaptiveFeatureGenerator plain;
    /** Window offsets in WindowFeatureGenerator's order (the word, those before it, those after) and their prefixes. */
    private final int[] offsets;
    private final String[] prefixes;
    private final LinkedHashMap<String, Context[][]> memo = new LinkedHashMap<>(1 << 10, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Context[][]> eldest) { return size() > MAX_WORDS; }
    };
    /** The weights of the words of the sentence last seen, looked up once for all of their window offsets. */
    private String[] sentence;
    private Context[][][] sentenceWeights;

    /** {@code word}'s features (of {@code tokens[index]} alone) at {@code prev} words before to {@code next} after. */
    WordMemo(AdaptiveFeatureGenerator word, int prev, int next, Map<String, Context> weights) {
        this.word = word;
        this.prev = prev;
        this.next = next;
        this.weights = weights;
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
        Map<String, Context> weights = weightsOf(resources);
        return weights == null ? word : new WordMemo(word, 0, 0, weights);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Context> weightsOf(FeatureGeneratorResourceProvider resources) {
        return resources == null ? null : (Map<String, Context>) resources.getResource(WEIGHTS);
    }

    @Override
    public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
        if (!(features instanceof WeightSum sum)) {
            plain.createFeatures(features, tokens, index, previousOutcomes);
            return;
        }
        if (tokens != sentence) {
            sentence = tokens;
            sentenceWeights = new Context[tokens.length][][];
        }
        for (int slot = 0; slot < offsets.length; slot++) {
            int k = index + offsets[slot];
            if (k < 0 || k >= tokens.length) continue;
            Context[][] known = sentenceWeights[k];
            if (known == null) known = sentenceWeights[k] = weightsOf(tokens[k]);
            sum.add(known[slot]);
        }
    }

    /** The weights of the features {@code w} has at each window offset, remembered. */
    private Context[][] weightsOf(String w) {
        Context[][] known = memo.get(w);
        if (known != null) return known;
        known = lookUp(w);
        if (w.length() <= MAX_LENGTH) memo.put(w, known);
        return known;
    }

    private Context[][] lookUp(String w) {
        List<String> own = new ArrayList<>();
        word.createFeatures(own, new String[] {w}, 0, null);
        Context[][] known = new Context[offsets.length][];
        List<Context> found = new ArrayList<>(own.size());
        for (int slot = 0; slot < offsets.length; slot++) {
            found.clear();
            for (String feature : own) {
                Context c = weights.get(prefixes[slot] + feature);
                if (c != null) found.add(c);
            }
            known[slot] = found.isEmpty() ? NONE : found.toArray(NONE);
        }
        return known;
    }

    /** How many words are remembered. */
    int size() { return memo.size(); }

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
