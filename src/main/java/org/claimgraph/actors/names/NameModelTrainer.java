package org.claimgraph.actors.names;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import opennlp.tools.ml.BeamSearch;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;
import org.claimgraph.doc.MentionType;

/**
 * Trains claimgraph's name model (`claimgraph train ner`): an OpenNLP perceptron NameFinderME over
 * human-annotated files in either layout {@link GoldCorpus} reads, cut as the pipeline cuts text
 * ({@link NameSamples}), with the features of a descriptor (ner-features.xml by default). Prints the
 * model's own development scores.
 */
public final class NameModelTrainer {
    /** What to train on and how; {@code features} null: the shipped descriptor, {@code dev} null: no development scores. */
    public record Options(List<Path> files, Path dev, Path output, Path features, int iterations, boolean keepMisc,
                          Map<String, String> params) {}

    private NameModelTrainer() {}

    public static void run(Options o, PrintStream out) throws IOException {
        long t0 = System.nanoTime();
        NameSamples cutter = new NameSamples();
        List<NameSample> samples = new ArrayList<>();
        int dropped = 0;
        for (Path file : o.files()) {
            for (GoldCorpus.GoldDocument gold : GoldCorpus.read(file)) {
                for (NameSamples.Tagged t : cutter.of(NameSamples.annotated(gold, o.keepMisc()))) {
                    if (t.unaligned().isEmpty()) samples.add(t.sample());
                    else dropped++;
                }
            }
        }
        long t1 = System.nanoTime();
        out.printf("name model: %,d sentences (%d dropped: a name inside a token), cut in %.0f s%n", samples.size(), dropped, (t1 - t0) / 1e9);
        TokenNameFinderModel model = train(samples, features(o.features()), o.iterations(), o.params());
        long t2 = System.nanoTime();
        Path parent = o.output().toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
        try (OutputStream os = Files.newOutputStream(o.output())) {
            model.serialize(os);
        }
        out.printf("name model: trained in %.0f s (%d iterations), %,d KB -> %s%n", (t2 - t1) / 1e9, o.iterations(),
                Files.size(o.output()) / 1024, o.output());
        if (o.dev() != null) {
            out.println("development scores of the model alone on " + o.dev() + " (exact span and type):");
            NerEvaluator.print(score(model, o.dev(), cutter), out);
        }
    }

    private static byte[] features(Path descriptor) throws IOException {
        if (descriptor != null) return Files.readAllBytes(descriptor);
        try (InputStream in = NameModelTrainer.class.getClassLoader().getResourceAsStream(NameModel.FEATURES)) {
            if (in == null) throw new IllegalStateException("missing " + NameModel.FEATURES);
            return in.readAllBytes();
        }
    }

    static TokenNameFinderModel train(List<NameSample> samples, byte[] features, int iterations, Map<String, String> extra)
            throws IOException {
        TokenNameFinderFactory factory = TokenNameFinderFactory.create(null, features, Map.of(), new BioCodec());
        TrainingParameters params = TrainingParameters.defaultParams();
        params.put(TrainingParameters.ALGORITHM_PARAM, "PERCEPTRON");
        params.put(TrainingParameters.ITERATIONS_PARAM, iterations);
        params.put(TrainingParameters.CUTOFF_PARAM, 1);
        params.put(TrainingParameters.THREADS_PARAM, 1);
        extra.forEach(params::put);
        // Greedy decoding: the pipeline decodes with a beam of one.
        params.put(BeamSearch.BEAM_SIZE_PARAMETER, 1);
        return NameFinderME.train("en", null, ObjectStreamUtils.createObjectStream(samples), params, factory);
    }

    /**
     * The model alone on a development file, decoded as the pipeline decodes (adaptive data cleared at each
     * document). Names that fall inside a token count as missed.
     */
    static NerEvaluator.Scores score(TokenNameFinderModel model, Path dev, NameSamples cutter) {
        NameFinderME finder = new NameFinderME(model);
        Map<MentionType, int[]> counts = new EnumMap<>(MentionType.class);
        for (MentionType t : NerEvaluator.TYPES) counts.put(t, new int[3]);
        for (GoldCorpus.GoldDocument gold : GoldCorpus.read(dev)) {
            finder.clearAdaptiveData();
            for (NameSamples.Tagged t : cutter.of(NameSamples.annotated(gold, false))) {
                for (String missed : t.unaligned()) counts.get(NameModel.typeOf(missed))[2]++;
                Span[] found = finder.find(t.tokens().words);
                for (Span f : found) {
                    MentionType type = NameModel.typeOf(f.getType());
                    if (type != null) counts.get(type)[contains(t.names(), f) ? 0 : 1]++;
                }
                for (Span g : t.names()) if (!contains(found, g)) counts.get(NameModel.typeOf(g.getType()))[2]++;
            }
        }
        return NerEvaluator.scores(counts, List.of());
    }

    private static boolean contains(Span[] spans, Span s) {
        for (Span x : spans) if (x.getStart() == s.getStart() && x.getEnd() == s.getEnd() && x.getType().equals(s.getType())) return true;
        return false;
    }
}
