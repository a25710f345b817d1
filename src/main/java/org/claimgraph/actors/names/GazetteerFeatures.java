package org.claimgraph.actors.names;

import java.util.List;

import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;
import org.claimgraph.doc.MentionType;

/**
 * The name finder's gazetteer features, straight from the loaded {@link Gazetteer}: for the token and
 * its two neighbours, whether it begins or continues a listed place or organization, is a given name,
 * a demonym, part of a title, or an organization head word. One trie walk per sentence, where
 * OpenNLP's dictionary features would run one dictionary search per list.
 * Each NameFinderME gets its own instance (the per-sentence cache is not shared).
 */
public final class GazetteerFeatures implements AdaptiveFeatureGenerator {
    private final Gazetteer gazetteer = Gazetteer.get();
    private String[] cachedTokens;
    private String[][] cachedLabels;

    /** Named in ner-features.xml; OpenNLP instantiates it when it builds or loads the model. */
    public static final class Factory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {
        @Override
        public AdaptiveFeatureGenerator create() { return new GazetteerFeatures(); }
    }

    @Override
    public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
        if (tokens != cachedTokens) {
            cachedLabels = labels(tokens);
            cachedTokens = tokens;
        }
        for (int offset = -1; offset <= 1; offset++) {
            int k = index + offset;
            if (k < 0 || k >= tokens.length) continue;
            for (String label : cachedLabels[k]) features.add("gz" + offset + "=" + label);
        }
    }

    private String[][] labels(String[] tokens) {
        int n = tokens.length;
        String[][] out = new String[n][];
        String[] inName = new String[n];
        String[] inTitle = new String[n];
        for (int i = 0; i < n; ) {
            Gazetteer.Match m = gazetteer.longestName(tokens, i);
            if (m.length() == 0) {
                i++;
                continue;
            }
            String type = m.type() == MentionType.LOCATION ? "loc" : "org";
            for (int k = i; k < i + m.length(); k++) inName[k] = (k == i ? "B-" : "I-") + type;
            i += m.length();
        }
        for (int i = 0; i < n; ) {
            Gazetteer.Match m = gazetteer.longestTitle(tokens, i);
            if (m.length() == 0) {
                i++;
                continue;
            }
            for (int k = i; k < i + m.length(); k++) inTitle[k] = "title";
            i += m.length();
        }
        for (int k = 0; k < n; k++) {
            String w = tokens[k];
            String[] labels = new String[6];
            int count = 0;
            if (inName[k] != null) labels[count++] = inName[k];
            if (inTitle[k] != null) labels[count++] = inTitle[k];
            if (gazetteer.isGivenName(w)) labels[count++] = "given";
            if (gazetteer.isDemonym(w)) labels[count++] = "demonym";
            if (gazetteer.isOrgHead(w)) labels[count++] = "head";
            out[k] = java.util.Arrays.copyOf(labels, count);
        }
        return out;
    }
}
