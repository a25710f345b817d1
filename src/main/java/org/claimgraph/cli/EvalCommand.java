package org.claimgraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.claimgraph.actors.names.MentionFinder;
import org.claimgraph.actors.names.NameCombiner;
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

        @Option(names = "--finder", defaultValue = "combined", paramLabel = "NAME",
                description = {"combined (what claimgraph runs: its finders merged by the combiner's priority) or one finder alone: "
                        + "credits, titled-persons, companies, place-nouns, particles, datelines, initials, model, given-names, org-heads, "
                        + "gazetteer or acronyms; all measures each in turn. Default: ${DEFAULT-VALUE}."})
        String finder;

        @Option(names = "--errors", description = "Also list spurious (+) and missed (-) mentions.")
        boolean errors;

        @Override
        public Integer call() {
            if (!Files.isReadable(gold)) throw new IllegalArgumentException("cannot read gold file " + gold);
            List<String> finders = finder.equals("all") ? allFinders() : List.of(finder);
            if (!allFinders().containsAll(finders)) {
                throw new IllegalArgumentException("no name finder '" + finder + "'; there are " + String.join(", ", allFinders()) + " and all");
            }
            LanguageAnalyzer analyzer = new LanguageAnalyzer();
            for (String f : finders) {
                if (finders.size() > 1) System.out.println("== " + f);
                NameCombiner combiner = f.equals("combined") ? NameCombiner.standard() : NameCombiner.alone(f);
                NerEvaluator.Scores scores = NerEvaluator.evaluate(gold, analyzer, new MentionFinder(combiner));
                NerEvaluator.print(scores, System.out);
                if (errors) scores.errors().forEach(e -> System.out.println("  " + e));
            }
            return Main.EXIT_OK;
        }

        private static List<String> allFinders() {
            List<String> all = new ArrayList<>(NameCombiner.finderNames());
            all.add("combined");
            return all;
        }
    }
}
