package org.claimgraph.actors.names;

import java.util.Arrays;
import java.util.List;

import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.SequenceCodec;
import opennlp.tools.util.SequenceValidator;
import opennlp.tools.util.Span;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;
import org.claimgraph.language.GreedyDecoder;
import org.claimgraph.language.ModelFeatures;

/**
 * OpenNLP's NameFinderME for a model trained for a beam of one, decoding greedily: the same names, without
 * BeamSearch normalising every outcome's score through exp and sorting them at every word. Like NameFinderME
 * it remembers the document's earlier names (adaptive data) until cleared. Not thread-safe: one per thread.
 */
final class GreedyNameFinder {
    /** Where OpenNLP's model package keeps the classifier itself (a package-private name in OpenNLP). */
    private static final String ARTIFACT = "nameFinder.model";

    private final GreedyDecoder decoder;
    private final AdaptiveFeatureGenerator generators;
    private final SequenceCodec<String> codec;
    private final SequenceValidator<String> validator;

    GreedyNameFinder(TokenNameFinderModel model) {
        String beam = model.getManifestProperty(BeamSearch.BEAM_SIZE_PARAMETER);
        if (!"1".equals(beam)) throw new IllegalArgumentException("the name model was trained for a beam of " + beam + ", not 1");
        this.decoder = new GreedyDecoder((MaxentModel) model.getArtifact(ARTIFACT));
        this.generators = ModelFeatures.of(model, decoder.weights());
        this.codec = model.getFactory().createSequenceCodec();
        this.validator = codec.createSequenceValidator();
    }

    /** The names in a sentence's words, as NameFinderME.find gives them (without their probabilities). */
    Span[] find(String[] words) {
        if (words.length == 0) return new Span[0];
        String[] outcomes = decoder.decode(words, words.length - 1, this::features, validator);
        generators.updateAdaptiveData(words, outcomes);
        return codec.decode(Arrays.asList(outcomes));
    }

    /** The features of DefaultNameContextGenerator, in its order: the model's generators', then the outcomes before. */
    private void features(List<String> features, int i, String[] words, String[] before) {
        generators.createFeatures(features, words, i, before);
        String po = i > 0 ? before[i - 1] : NameFinderME.OTHER;
        String ppo = i > 1 ? before[i - 2] : NameFinderME.OTHER;
        features.add("po=" + po);
        features.add("pow=" + po + "," + words[i]);
        features.add("powf=" + po + "," + FeatureGeneratorUtil.tokenFeature(words[i]));
        features.add("ppo=" + ppo);
    }

    void clearAdaptiveData() { generators.clearAdaptiveData(); }
}
