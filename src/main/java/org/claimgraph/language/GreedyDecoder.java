package org.claimgraph.language;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.model.UniformPrior;
import opennlp.tools.ml.perceptron.PerceptronModel;
import opennlp.tools.util.BeamSearchContextGenerator;
import opennlp.tools.util.SequenceValidator;

/**
 * Decodes a sequence with an OpenNLP maximum-entropy model as OpenNLP's BeamSearch does with a beam of
 * one: at each position the best-scoring outcome the validator accepts, given the outcomes before it.
 * BeamSearch gets there by normalising every outcome's score through exp and sorting all of them, at
 * every position; on 840 news articles that sort and exp were a fifth of all extraction's CPU time
 * (the lemmatizer has 860 outcomes). The best outcome needs neither: exp and the
 * normalisation keep the order of the summed feature weights. Works for GIS maxent models (the tagger,
 * the lemmatizer) and perceptrons (the name model). The features are summed as they are generated
 * ({@link WeightSum}), so a generator that remembers words' weights skips their look-up. One decoder per thread
 * (it keeps a scratch array).
 */
public final class GreedyDecoder {
    /** The features of one position of a sequence, given the outcomes before it, added to a feature list. */
    @FunctionalInterface
    public interface Features<T> {
        void add(List<String> features, int index, T[] sequence, String[] before);
    }

    private final WeightSum sum;
    private final String[] outcomes;
    private final UniformPrior prior = new UniformPrior();
    private final double[] scores;

    /** GIS sums onto a uniform log prior, a perceptron onto zeros. */
    private final boolean uniformPrior;

    @SuppressWarnings("unchecked")
    public GreedyDecoder(MaxentModel model) {
        if (!(model instanceof GISModel || model instanceof PerceptronModel)) {
            throw new IllegalArgumentException("greedy decoding needs a GIS or perceptron model, not " + model.getClass().getName());
        }
        Object[] parts = ((AbstractModel) model).getDataStructures();
        this.sum = new WeightSum((Map<String, Context>) parts[1]);
        this.outcomes = (String[]) parts[2];
        this.uniformPrior = model instanceof GISModel;
        prior.setLabels(outcomes, null);
        this.scores = new double[outcomes.length];
    }

    /** The model's weights of each feature it knows, for generators that look features up ahead ({@link WordMemo}). */
    public Map<String, Context> weights() { return sum.weights(); }

    /** The outcomes of positions 0 to {@code last} of {@code sequence}, each decided after those before it. */
    public <T> String[] decode(T[] sequence, int last, Object[] additionalContext, BeamSearchContextGenerator<T> contexts,
                        SequenceValidator<T> validator) {
        return decode(sequence, last, (features, i, words, before) -> {
            for (String feature : contexts.getContext(i, words, before, additionalContext)) features.add(feature);
        }, validator);
    }

    /** The outcomes of positions 0 to {@code last} of {@code sequence}, the features summed as they are generated. */
    public <T> String[] decode(T[] sequence, int last, Features<T> features, SequenceValidator<T> validator) {
        String[] decided = new String[last + 1];
        for (int i = 0; i <= last; i++) {
            String[] before = Arrays.copyOf(decided, i);
            // The weights summed in the order GISModel sums them, from the same prior: the same doubles.
            if (uniformPrior) prior.logPrior(scores, (int[]) null);
            else Arrays.fill(scores, 0);
            sum.start(scores);
            features.add(sum, i, sequence, before);
            decided[i] = best(i, sequence, before, validator);
        }
        return decided;
    }

    /** Adds each feature's weights to its outcomes' scores, in the order and with the doubles GISModel and PerceptronModel add. */
    static void addWeights(Map<String, Context> features, String[] context, double[] scores) {
        for (String feature : context) {
            Context weights = features.get(feature);
            if (weights != null) addWeights(weights, scores);
        }
    }

    /** Adds one feature's weights to its outcomes' scores. */
    static void addWeights(Context feature, double[] scores) {
        int[] to = feature.getOutcomes();
        double[] w = feature.getParameters();
        for (int k = 0; k < to.length; k++) scores[to[k]] += w[k];
    }

    private <T> String best(int i, T[] sequence, String[] before, SequenceValidator<T> validator) {
        // Almost always the best is valid; otherwise the next best, as BeamSearch falls back to all valid outcomes.
        while (true) {
            int top = -1;
            for (int o = 0; o < scores.length; o++) {
                if (scores[o] != Double.NEGATIVE_INFINITY && (top < 0 || scores[o] > scores[top])) top = o;
            }
            if (top < 0) throw new IllegalStateException("no valid outcome at position " + i);
            if (validator.validSequence(i, sequence, before, outcomes[top])) return outcomes[top];
            scores[top] = Double.NEGATIVE_INFINITY;
        }
    }
}
