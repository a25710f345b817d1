package org.claimgraph.language;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.StringUtil;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;
import opennlp.tools.util.featuregen.GeneratorFactory;
import opennlp.tools.util.model.BaseModel;

/**
 * A model's own feature generators (its descriptor, as OpenNLP's factories build them), with OpenNLP's token
 * and token-class generators swapped for twins that give the same feature strings faster. OpenNLP lower-cases
 * a word by streaming its code points into an int array ({@link StringUtil#toLowerCase}), once for each of the
 * five window positions it is seen at: on 840 news articles 6% of one thread's CPU samples and a fifth of
 * the bytes allocated. The twins lower-case a word of ASCII characters in a loop, and leave any other word
 * to OpenNLP; the features are the same strings (LowerCasingFeaturesTest compares them over the seeds).
 */
public final class LowerCasingFeatures {
    /** Where OpenNLP's model packages keep the feature generator descriptor (a package-private name in OpenNLP). */
    private static final String DESCRIPTOR = "generator.featuregen";
    private static final String OPENNLP = "opennlp.tools.util.featuregen.";

    private LowerCasingFeatures() {}

    /** The feature generators the descriptor of {@code model} describes, with the twins in place. */
    public static AdaptiveFeatureGenerator of(BaseModel model) {
        byte[] descriptor = model.getArtifact(DESCRIPTOR);
        if (descriptor == null) throw new IllegalArgumentException("the model has no feature generator descriptor");
        String xml = new String(descriptor, StandardCharsets.UTF_8)
                .replace('"' + OPENNLP + "TokenFeatureGeneratorFactory\"", '"' + Token.class.getName() + '"')
                .replace('"' + OPENNLP + "TokenClassFeatureGeneratorFactory\"", '"' + TokenClass.class.getName() + '"');
        try {
            return GeneratorFactory.create(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), model::getArtifact);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the model's feature generators", e);
        }
    }

    /** {@code word} lower-cased as {@link StringUtil#toLowerCase} does it. */
    static String lowerCase(String word) {
        int i = 0;
        int n = word.length();
        while (i < n) {
            char c = word.charAt(i);
            if (c >= 0x80) return StringUtil.toLowerCase(word);
            if (c >= 'A' && c <= 'Z') break;
            i++;
        }
        if (i == n) return word;
        char[] lower = new char[n];
        for (int k = 0; k < n; k++) {
            char c = word.charAt(k);
            if (c >= 0x80) return StringUtil.toLowerCase(word);
            lower[k] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
        return new String(lower);
    }

    /** OpenNLP's TokenFeatureGeneratorFactory's twin: "w=" and the word, lower-cased unless told otherwise. */
    public static final class Token extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {
        @Override
        public AdaptiveFeatureGenerator create() throws InvalidFormatException {
            boolean lower = getBool("lowercase", true);
            return (features, tokens, index, previousOutcomes) ->
                    features.add("w=" + (lower ? lowerCase(tokens[index]) : tokens[index]));
        }
    }

    /** OpenNLP's TokenClassFeatureGeneratorFactory's twin: the word's shape, and the lower-cased word with it. */
    public static final class TokenClass extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {
        @Override
        public AdaptiveFeatureGenerator create() throws InvalidFormatException {
            boolean wordAndClass = getBool("wordAndClass", true);
            return (features, tokens, index, previousOutcomes) -> {
                String wordClass = FeatureGeneratorUtil.tokenFeature(tokens[index]);
                features.add("wc=" + wordClass);
                if (wordAndClass) features.add("w&c=" + lowerCase(tokens[index]) + "," + wordClass);
            };
        }
    }
}
