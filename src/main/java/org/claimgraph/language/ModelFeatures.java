package org.claimgraph.language;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import opennlp.tools.ml.model.Context;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;
import opennlp.tools.util.model.BaseModel;

/**
 * A model's own feature generators (its descriptor, as OpenNLP's factories build them) for greedy decoding,
 * with some of OpenNLP's factories swapped for claimgraph's: the lower-casing twins ({@link LowerCasingFeatures})
 * and the generators of a word's own features remembering their weights ({@link WordMemo}). The descriptor's
 * cache goes: it keeps a sentence's features by position, which greedy decoding asks for once each.
 * Training reads the descriptor as it is, with OpenNLP's factories.
 */
public final class ModelFeatures {
    /** Where OpenNLP's model packages keep the feature generator descriptor (a package-private name in OpenNLP). */
    private static final String DESCRIPTOR = "generator.featuregen";
    private static final String OPENNLP = "opennlp.tools.util.featuregen.";
    /** OpenNLP's factories and claimgraph's in their place. */
    private static final Map<String, Class<?>> SWAPS = Map.of(
            "TokenFeatureGeneratorFactory", LowerCasingFeatures.Token.class,
            "TokenClassFeatureGeneratorFactory", LowerCasingFeatures.TokenClass.class,
            "WindowFeatureGeneratorFactory", WordMemo.Window.class,
            "PrefixFeatureGeneratorFactory", WordMemo.Prefix.class,
            "SuffixFeatureGeneratorFactory", WordMemo.Suffix.class);

    private ModelFeatures() {}

    /** The feature generators the descriptor of {@code model} describes, for a decoder of its {@code weights}. */
    public static AdaptiveFeatureGenerator of(BaseModel model, Map<String, Context> weights) {
        byte[] descriptor = model.getArtifact(DESCRIPTOR);
        if (descriptor == null) throw new IllegalArgumentException("the model has no feature generator descriptor");
        String xml = new String(descriptor, StandardCharsets.UTF_8).replace("cache=\"true\"", "cache=\"false\"");
        for (Map.Entry<String, Class<?>> swap : SWAPS.entrySet()) {
            xml = xml.replace('"' + OPENNLP + swap.getKey() + '"', '"' + swap.getValue().getName() + '"');
        }
        WordWeights words = new WordWeights(weights);
        try {
            return GeneratorFactory.create(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)),
                    name -> WordMemo.WEIGHTS.equals(name) ? words : model.getArtifact(name));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the model's feature generators", e);
        }
    }
}
