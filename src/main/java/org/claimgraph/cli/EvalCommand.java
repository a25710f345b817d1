package org.claimgraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.claimgraph.actors.names.MentionFinder;
import org.claimgraph.actors.names.NerEvaluator;
import org.claimgraph.language.LanguageAnalyzer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "eval", mixinStandardHelpOptions = true, description = "Measures claimgraph on annotated data of your own.",
        subcommands = EvalCommand.Ner.class)
final class EvalCommand {
    @Command(name = "ner", mixinStandardHelpOptions = true,
            description = {"Per-type precision, recall and F1 of PERSON, ORGANIZATION and LOCATION mentions (exact span and type).",
                    "The gold file is in CoNLL format (one token per line, its BIO tag (B-PER, I-ORG, B-LOC...) in the last "
                            + "column, a blank line between sentences, -DOCSTART- lines between documents) or in Universal NER layout "
                            + "(index word tag lines, # comment lines, # newdoc between documents)."})
    static final class Ner implements Callable<Integer> {
        @Parameters(paramLabel = "GOLD", description = "The gold CoNLL file.")
        Path gold;

        @Option(names = "--strategy", defaultValue = "COMBINED",
                description = "COMBINED (what claimgraph runs), STATISTICAL (the name finder alone) or LEXICAL (proper-noun spans, lists and rules); ALL measures each.")
        String strategy;

        @Option(names = "--errors", description = "Also list spurious (+) and missed (-) mentions.")
        boolean errors;

        @Override
        public Integer call() {
            if (!Files.isReadable(gold)) throw new IllegalArgumentException("cannot read gold file " + gold);
            List<MentionFinder.Strategy> strategies = strategy.equalsIgnoreCase("ALL")
                    ? List.of(MentionFinder.Strategy.values())
                    : List.of(MentionFinder.Strategy.valueOf(strategy.toUpperCase(java.util.Locale.ROOT)));
            LanguageAnalyzer analyzer = new LanguageAnalyzer();
            for (MentionFinder.Strategy s : strategies) {
                if (strategies.size() > 1) System.out.println("== " + s);
                NerEvaluator.Scores scores = NerEvaluator.evaluate(gold, analyzer, new MentionFinder(s));
                NerEvaluator.print(scores, System.out);
                if (errors) scores.errors().forEach(e -> System.out.println("  " + e));
            }
            return Main.EXIT_OK;
        }
    }
}
