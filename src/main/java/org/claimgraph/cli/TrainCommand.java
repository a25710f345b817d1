package org.claimgraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.claimgraph.actors.names.NameModelTrainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "train", mixinStandardHelpOptions = true, description = "Rebuilds claimgraph's statistical models from annotated data.",
        subcommands = TrainCommand.Ner.class)
final class TrainCommand {
    @Command(name = "ner", mixinStandardHelpOptions = true,
            description = {"Trains the name model (OpenNLP's perceptron name finder) from name-annotated files and prints its "
                    + "development scores. The shipped model was built this way; to use a new one, replace "
                    + "src/main/resources/org/claimgraph/actors/names/en-ner-news.bin with it and rebuild.",
                    "Each FILE is in CoNLL-2003 layout (word POS chunk tag, the tag last, -DOCSTART- between documents) or "
                            + "Universal NER layout (index word tag, # comment lines, # newdoc between documents); tags are IOB1 or IOB2."})
    static final class Ner implements Callable<Integer> {
        @Parameters(paramLabel = "FILE", arity = "1..*", description = "Annotated training files.")
        List<Path> files;

        @Option(names = "--output", required = true, paramLabel = "MODEL", description = "The model file to write.")
        Path output;

        @Option(names = "--dev", paramLabel = "FILE", description = "A development file to score the model on (never a test split).")
        Path dev;

        @Option(names = "--features", paramLabel = "XML",
                description = "An OpenNLP feature-generator descriptor; by default the shipped ner-features.xml.")
        Path features;

        @Option(names = "--iterations", defaultValue = "100", description = "Perceptron training iterations (default: ${DEFAULT-VALUE}).")
        int iterations;

        @Option(names = "--param", paramLabel = "KEY=VALUE",
                description = "An OpenNLP training parameter over the defaults (Algorithm=PERCEPTRON, Cutoff=1, Threads=1), "
                        + "e.g. Cutoff=0, UseSkippedAveraging=true, Algorithm=MAXENT; repeatable.")
        Map<String, String> params = Map.of();

        @Option(names = "--misc", defaultValue = "type", paramLabel = "type|O",
                description = "Names of no actor type (MISC, OTH): learnt as a type of their own that is dropped at output (type), "
                        + "or taught as no name (O). Default: ${DEFAULT-VALUE}.")
        String misc;

        @Override
        public Integer call() throws Exception {
            for (Path f : files) if (!Files.isReadable(f)) throw new IllegalArgumentException("cannot read training file " + f);
            if (dev != null && !Files.isReadable(dev)) throw new IllegalArgumentException("cannot read development file " + dev);
            if (!misc.equals("type") && !misc.equals("O")) throw new IllegalArgumentException("--misc is type or O, not " + misc);
            NameModelTrainer.run(new NameModelTrainer.Options(files, dev, output, features, iterations, misc.equals("type"), params), System.out);
            return Main.EXIT_OK;
        }
    }
}
