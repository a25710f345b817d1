package org.claimgraph.actors.names;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.HexFormat;
import java.util.Map;
import java.util.stream.Stream;

import opennlp.tools.ml.BeamSearch;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;
import org.claimgraph.language.LanguageAnalyzer;
import org.claimgraph.language.Models;

/**
 * Builds claimgraph's name-finder model at build time (Maven phase process-classes): expands the
 * project's own training corpus, cuts it with the same tokenizer the pipeline uses, writes it in
 * OpenNLP name-sample format for inspection, and trains a perceptron NameFinderME with the shipped
 * gazetteers as features ({@link GazetteerFeatures}).
 * <p>Arguments: training directory, model file to write, corpus file to write. The model is rebuilt
 * only when its inputs changed (a digest of them is kept next to the corpus file).
 */
public final class NameModelTrainer {
    /** Where {@link MentionFinder} finds the model on the classpath. */
    static final String MODEL = "org/claimgraph/actors/names/en-ner-news.bin";
    static final String FEATURES = "org/claimgraph/actors/names/ner-features.xml";
    private static final long SEED = 20171115L;
    private static final int ROUNDS = 30;

    private NameModelTrainer() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 3) throw new IllegalArgumentException("usage: NameModelTrainer TRAINING_DIR MODEL_OUT CORPUS_OUT");
        long t0 = System.nanoTime();
        Path out = Path.of(args[1]);
        Path stamp = Path.of(args[2] + ".inputs");
        String digest = inputsDigest(Path.of(args[0]));
        if (Files.exists(out) && Files.exists(stamp) && Files.readString(stamp).equals(digest)) {
            System.out.println("name finder: model up to date, " + out);
            return;
        }
        Gazetteer gazetteer = Gazetteer.get();
        List<TrainingCorpus.Annotated> sentences = new TrainingCorpus(Path.of(args[0]), gazetteer, SEED).generate(ROUNDS);
        List<NameSample> samples = toSamples(sentences);
        Path corpus = Path.of(args[2]);
        Files.createDirectories(corpus.toAbsolutePath().getParent());
        int tokens = 0;
        try (BufferedWriter w = Files.newBufferedWriter(corpus, StandardCharsets.UTF_8)) {
            for (NameSample s : samples) {
                w.write(s.toString());
                w.newLine();
                tokens += s.getSentence().length;
            }
        }
        long t1 = System.nanoTime();
        TokenNameFinderModel model = train(samples);
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (OutputStream os = Files.newOutputStream(out)) {
            model.serialize(os);
        }
        Files.writeString(stamp, digest);
        System.out.printf("name finder: %d sentences (%d dropped), %d tokens, corpus in %.1f s, trained in %.1f s, model %d KB -> %s%n",
                samples.size(), sentences.size() - samples.size(), tokens, (t1 - t0) / 1e9, (System.nanoTime() - t1) / 1e9,
                Files.size(out) / 1024, out);
    }

    /**
     * A digest of everything the model is built from (training sources, the package's word lists,
     * feature descriptor and compiled classes), so a build retrains only when one of them changed.
     */
    private static String inputsDigest(Path trainingDir) throws IOException {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        List<Path> inputs = new ArrayList<>();
        try (Stream<Path> files = Files.list(trainingDir)) {
            files.forEach(inputs::add);
        }
        try (Stream<Path> files = Files.list(packageDirectory())) {
            files.filter(NameModelTrainer::isTrainingInput).forEach(inputs::add);
        }
        inputs.sort(null);
        for (Path p : inputs) {
            sha.update(p.getFileName().toString().getBytes(StandardCharsets.UTF_8));
            sha.update(Files.readAllBytes(p));
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /** Word lists, the feature descriptor, and the classes that build the corpus and the model. */
    private static boolean isTrainingInput(Path file) {
        String name = file.getFileName().toString();
        if (!name.endsWith(".class")) return !name.endsWith(".bin");
        return name.startsWith("Gazetteer") || name.startsWith("TrainingCorpus") || name.startsWith("NameModelTrainer")
                || name.startsWith("NerTokens");
    }

    /** The directory this class was loaded from: at build time target/classes/org/claimgraph/actors/names. */
    private static Path packageDirectory() {
        try {
            return Path.of(NameModelTrainer.class.getResource("NameModelTrainer.class").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static TokenNameFinderModel train(List<NameSample> samples) throws IOException {
        byte[] features;
        try (InputStream in = NameModelTrainer.class.getClassLoader().getResourceAsStream(FEATURES)) {
            if (in == null) throw new IllegalStateException("missing " + FEATURES);
            features = in.readAllBytes();
        }
        TokenNameFinderFactory factory = TokenNameFinderFactory.create(null, features, Map.of(), new BioCodec());
        TrainingParameters params = TrainingParameters.defaultParams();
        params.put(TrainingParameters.ALGORITHM_PARAM, "PERCEPTRON");
        params.put(TrainingParameters.ITERATIONS_PARAM, 100);
        params.put(TrainingParameters.CUTOFF_PARAM, 1);
        params.put(TrainingParameters.THREADS_PARAM, 2);
        // Greedy decoding: a beam of 3 costs twice the time for no gain the gold set can show.
        params.put(BeamSearch.BEAM_SIZE_PARAMETER, 1);
        return NameFinderME.train("en", null, ObjectStreamUtils.createObjectStream(samples), params, factory);
    }

    /**
     * Cuts each sentence with the pipeline's tokenizer and {@link NerTokens}; a sentence whose names do
     * not fall on token boundaries is dropped rather than taught wrong.
     */
    static List<NameSample> toSamples(List<TrainingCorpus.Annotated> sentences) {
        TokenizerModel tokenizerModel = Models.load(LanguageAnalyzer.TOKENIZER_MODEL, TokenizerModel::new);
        TokenizerME tokenizer = new TokenizerME(tokenizerModel);
        List<NameSample> out = new ArrayList<>(sentences.size());
        for (TrainingCorpus.Annotated a : sentences) {
            Span[] cut = tokenizer.tokenizePos(a.text());
            int[] starts = new int[cut.length];
            int[] ends = new int[cut.length];
            for (int i = 0; i < cut.length; i++) {
                starts[i] = cut[i].getStart();
                ends[i] = cut[i].getEnd();
            }
            NerTokens tokens = NerTokens.of(a.text(), starts, ends);
            Span[] names = new Span[a.entities().size()];
            boolean aligned = true;
            for (int e = 0; e < names.length && aligned; e++) {
                TrainingCorpus.Entity entity = a.entities().get(e);
                int first = indexOf(tokens.starts, entity.start());
                int last = indexOf(tokens.ends, entity.end());
                aligned = first >= 0 && last >= first;
                if (aligned) names[e] = new Span(first, last + 1, entity.type());
            }
            if (aligned) out.add(new NameSample(tokens.words, names, true));
        }
        return out;
    }

    private static int indexOf(int[] offsets, int offset) {
        for (int i = 0; i < offsets.length; i++) if (offsets[i] == offset) return i;
        return -1;
    }
}
