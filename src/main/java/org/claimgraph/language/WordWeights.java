package org.claimgraph.language;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import opennlp.tools.ml.model.Context;

/**
 * The model weights of each word's own features, remembered for all the {@link WordMemo}s of one model's
 * generators: one look-up of a word per sentence position, where each generator had one per window offset.
 * Bounded: at most {@link #MAX_WORDS} words, the least recently used out first; a word longer than
 * {@link #MAX_LENGTH} is looked up each time it comes. Not thread-safe: one per decoder.
 */
final class WordWeights {
    /** News vocabulary is Zipfian: the most frequent 16k words make nearly all of the running text. */
    static final int MAX_WORDS = 1 << 14;
    static final int MAX_LENGTH = 40;

    private final Map<String, Context> model;
    private final List<WordMemo> memos = new ArrayList<>();
    /** By word: by memo, by its window offset, the weights of the features the model knows. */
    private final LinkedHashMap<String, Context[][][]> words = new LinkedHashMap<>(1 << 10, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Context[][][]> eldest) { return size() > MAX_WORDS; }
    };
    /** The words of the sentence last seen, each looked up once for all its positions in all the windows. */
    private String[] sentence;
    private Context[][][][] sentenceWords;

    WordWeights(Map<String, Context> model) { this.model = model; }

    /** The model's weights of each feature it knows. */
    Map<String, Context> model() { return model; }

    /** Takes {@code memo} in; its number. All memos come in before the first word is looked up. */
    int add(WordMemo memo) {
        memos.add(memo);
        return memos.size() - 1;
    }

    /** The weights memo {@code m} gives the word at {@code k} of {@code tokens}, by window offset. */
    Context[][] of(String[] tokens, int k, int m) {
        if (tokens != sentence) {
            sentence = tokens;
            sentenceWords = new Context[tokens.length][][][];
        }
        Context[][][] word = sentenceWords[k];
        if (word == null) word = sentenceWords[k] = word(tokens[k]);
        Context[][] weights = word[m];
        if (weights == null) weights = word[m] = memos.get(m).lookUp(tokens[k]);
        return weights;
    }

    private Context[][][] word(String w) {
        Context[][][] word = words.get(w);
        if (word == null) {
            word = new Context[memos.size()][][];
            if (w.length() <= MAX_LENGTH) words.put(w, word);
        }
        return word;
    }

    /** How many words are remembered. */
    int size() { return words.size(); }
}
