package org.claimgraph.language;

import java.util.AbstractList;
import java.util.Map;

import opennlp.tools.ml.model.Context;

/**
 * The feature list a {@link GreedyDecoder} hands to the feature generators: it keeps no feature, it adds each
 * one's weights to the outcomes' scores as the feature comes, so in the order and with the doubles of the
 * features' array. A generator that remembers a word's weights ({@link WordMemo}) adds them without building
 * and looking up its feature strings again.
 */
public final class WeightSum extends AbstractList<String> {
    private final Map<String, Context> weights;
    private double[] scores;
    private int size;

    WeightSum(Map<String, Context> weights) { this.weights = weights; }

    /** Sums the next position's features onto {@code scores}. */
    void start(double[] scores) {
        this.scores = scores;
        this.size = 0;
    }

    /** The model's weights of each feature it knows. */
    Map<String, Context> weights() { return weights; }

    @Override
    public boolean add(String feature) {
        add(weights.get(feature));
        return true;
    }

    /** Adds the weights of features already looked up: what the model does not know weighs nothing. */
    void add(Context[] known) {
        for (Context c : known) add(c);
    }

    private void add(Context feature) {
        size++;
        if (feature != null) GreedyDecoder.addWeights(feature, scores);
    }

    /** The features are summed, not kept. */
    @Override
    public String get(int index) { throw new UnsupportedOperationException("a weight sum keeps no feature"); }

    /** How many features were summed since the position's start. */
    @Override
    public int size() { return size; }
}
