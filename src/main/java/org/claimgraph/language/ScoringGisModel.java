package org.claimgraph.language;

import java.util.Map;

import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.UniformPrior;

/**
 * A GIS model's weights, whose {@code eval} gives each outcome's summed feature weights (on GIS's uniform
 * log prior) instead of its probability: for a tool that only takes the best outcome
 * ({@code getBestOutcome}), as the tokenizer does at every character of a word it is not sure of.
 * GISModel turns the sums into probabilities through StrictMath.exp, which keeps their order; on 840 news
 * articles that exp was 4% of the extraction's CPU time. The sums are GISModel's to the bit
 * ({@link GreedyDecoder#addWeights}), so the best outcome is the same but where two sums closer than exp's
 * rounding would have tied. The probabilities TokenizerME keeps beside its tokens are then scores
 * (claimgraph does not read them).
 */
final class ScoringGisModel extends AbstractModel {
    ScoringGisModel(GISModel model) {
        this(model.getDataStructures());
    }

    @SuppressWarnings("unchecked")
    private ScoringGisModel(Object[] parts) {
        super((Context[]) parts[0], ((Map<String, Context>) parts[1]).keySet().toArray(String[]::new), (String[]) parts[2]);
        this.prior = new UniformPrior();
        prior.setLabels(outcomeNames, null);
        this.modelType = ModelType.Maxent;
    }

    @Override
    public double[] eval(String[] context) {
        return eval(context, new double[outcomeNames.length]);
    }

    @Override
    public double[] eval(String[] context, double[] scores) {
        prior.logPrior(scores, (int[]) null);
        GreedyDecoder.addWeights(pmap, context, scores);
        return scores;
    }

    /** Feature values are GIS's real-valued contexts, which no tool of claimgraph's passes. */
    @Override
    public double[] eval(String[] context, float[] values) {
        throw new UnsupportedOperationException("feature values are not supported");
    }
}
