package org.claimgraph.language;

import opennlp.tools.lemmatizer.LemmatizerContextGenerator;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.SequenceValidator;

/**
 * OpenNLP's statistical lemmatizer decoding greedily, as {@link Tagger} does. Each word's edit script is
 * decided after the one before it, so the lemma of a word needs the words up to it and no further.
 * Not thread-safe: one per thread.
 */
final class Lemmatizer {
    /** Where OpenNLP's model package keeps the classifier itself (a package-private name in OpenNLP). */
    private static final String ARTIFACT = "lemmatizer.model";

    private final GreedyDecoder decoder;
    private final LemmatizerContextGenerator contexts;
    private final SequenceValidator<String> validator;

    Lemmatizer(LemmatizerModel model) {
        this.decoder = new GreedyDecoder((MaxentModel) model.getArtifact(ARTIFACT));
        this.contexts = model.getFactory().getContextGenerator();
        this.validator = model.getFactory().getSequenceValidator();
    }

    /** The lemma of {@code words[i]} ("_" when the model has none), reading the words and tags from the first to it. */
    String lemma(String[] words, String[] tags, int i) {
        String[] scripts = decoder.decode(words, i, new Object[] {tags}, contexts, validator);
        return LemmatizerME.decodeLemmas(new String[] {words[i]}, new String[] {scripts[i]})[0];
    }
}
