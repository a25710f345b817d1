package org.claimgraph.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;

import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import org.junit.jupiter.api.Test;

/** The greedy decoder against OpenNLP's own beam search with a beam of one, on every sentence of the seeds. */
class GreedyDecoderTest {
    @Test
    void tagsAndLemmasAreThoseOfOpenNlpsBeamOfOne() throws IOException {
        POSModel pos = Models.load("opennlp-en-ud-ewt-pos-1.3-2.5.4.bin", POSModel::new);
        LemmatizerModel lemmas = Models.load("opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin", LemmatizerModel::new);
        POSTaggerME beamTagger = new POSTaggerME(new POSModel(pos.getLanguage(), (MaxentModel) pos.getArtifact("pos.model"),
                1, Map.of(), pos.getFactory()));
        LemmatizerME beamLemmatizer = new LemmatizerME(new LemmatizerModel(lemmas.getLanguage(),
                (MaxentModel) lemmas.getArtifact("lemmatizer.model"), 1, Map.of(), lemmas.getFactory()));
        Tagger tagger = new Tagger(pos);
        Lemmatizer lemmatizer = new Lemmatizer(lemmas);
        SentenceModel sentenceModel = Models.load(LanguageAnalyzer.SENTENCE_MODEL, SentenceModel::new);
        TokenizerModel tokenizerModel = Models.load(LanguageAnalyzer.TOKENIZER_MODEL, TokenizerModel::new);
        SentenceDetectorME sentences = new SentenceDetectorME(sentenceModel);
        TokenizerME tokenizer = new TokenizerME(tokenizerModel);
        int tokens = 0;
        try (Stream<Path> seeds = Files.list(Path.of("seeds")).sorted()) {
            for (Path seed : seeds.toList()) {
                for (String sentence : sentences.sentDetect(Files.readString(seed))) {
                    String[] words = tokenizer.tokenize(sentence);
                    if (words.length == 0) continue;
                    String[] tags = tagger.tag(words);
                    assertEquals(Arrays.asList(beamTagger.tag(words)), Arrays.asList(tags), sentence);
                    String[] expected = beamLemmatizer.lemmatize(words, tags);
                    for (int i = 0; i < words.length; i++) assertEquals(expected[i], lemmatizer.lemma(words, tags, i), words[i]);
                    tokens += words.length;
                }
            }
        }
        assertTrue(tokens > 4000, "the seeds have thousands of tokens: " + tokens);
    }
}
