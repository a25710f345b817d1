package org.claimgraph.language;

import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.StringUtil;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;
import opennlp.tools.util.featuregen.GeneratorFactory;

/**
 * Twins of OpenNLP's token and token-class generators that give the same feature strings faster, put in their
 * place when a model's generators are built for decoding ({@link ModelFeatures}). OpenNLP lower-cases
 * a word by streaming its code points into an int array ({@link StringUtil#toLowerCase}), once for each of the
 * five window positions it is seen at: on 840 news articles 6% of one thread's CPU samples and a fifth of
 * the bytes allocated. The twins lower-case a word of ASCII characters in a loop, and leave any other word
 * to OpenNLP; the features are the same strings (LowerCasingFeaturesTest compares them over the seeds).
 */
public final class LowerCasingFeatures {
    private LowerCasingFeatures() {}

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
            return WordMemo.of((features, tokens, index, previousOutcomes) ->
                    features.add("w=" + (lower ? lowerCase(tokens[index]) : tokens[index])), resourceManager);
        }
    }

    /** OpenNLP's TokenClassFeatureGeneratorFactory's twin: the word's shape, and the lower-cased word with it. */
    public static final class TokenClass extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {
        @Override
        public AdaptiveFeatureGenerator create() throws InvalidFormatException {
            boolean wordAndClass = getBool("wordAndClass", true);
            return WordMemo.of((features, tokens, index, previousOutcomes) -> {
                String wordClass = FeatureGeneratorUtil.tokenFeature(tokens[index]);
                features.add("wc=" + wordClass);
                if (wordAndClass) features.add("w&c=" + lowerCase(tokens[index]) + "," + wordClass);
            }, resourceManager);
        }
    }
}
