package org.claimgraph.actors.names;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.claimgraph.doc.Document;
import org.claimgraph.doc.Mention;
import org.claimgraph.doc.MentionType;
import org.claimgraph.language.LanguageAnalyzer;

/**
 * Scores mention finding against a gold file in either layout {@link GoldCorpus} reads (CoNLL-2003 or
 * Universal NER; MISC and other types are ignored). Each gold document is rebuilt as text (tokens joined by
 * spaces, a sentence per line), run through the language stage and the {@link MentionFinder}, and the
 * mentions found are mapped back to gold tokens. A mention counts when span and type are both exact.
 */
public final class NerEvaluator {
    static final List<MentionType> TYPES = List.of(MentionType.PERSON, MentionType.ORGANIZATION, MentionType.LOCATION);

    private NerEvaluator() {}

    /** True positives, false positives and false negatives of one type (or all). */
    public record Counts(int truePositives, int falsePositives, int falseNegatives) {
        public double precision() { return ratio(truePositives, truePositives + falsePositives); }
        public double recall() { return ratio(truePositives, truePositives + falseNegatives); }
        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
        Counts plus(Counts o) {
            return new Counts(truePositives + o.truePositives, falsePositives + o.falsePositives, falseNegatives + o.falseNegatives);
        }
        private static double ratio(int a, int b) { return b == 0 ? 0 : (double) a / b; }
    }

    /** Per-type counts, their micro-average, and each wrong or missed mention as "+TYPE text" / "-TYPE text". */
    public record Scores(Map<MentionType, Counts> byType, Counts micro, List<String> errors) {}

    /** Scores the pipeline's own mention finder on a CoNLL gold file. */
    public static Scores evaluate(Path conllGold) {
        return evaluate(conllGold, new LanguageAnalyzer(), new MentionFinder());
    }

    public static Scores evaluate(Path conllGold, LanguageAnalyzer analyzer, MentionFinder finder) {
        Map<MentionType, int[]> counts = new EnumMap<>(MentionType.class);
        for (MentionType t : TYPES) counts.put(t, new int[3]);
        List<String> errors = new ArrayList<>();
        for (GoldCorpus.GoldDocument gold : GoldCorpus.read(conllGold)) {
            Set<Labeled> goldNames = goldNames(gold);
            Document doc = new Document(conllGold.toString(), gold.text());
            analyzer.process(doc);
            finder.process(doc);
            Set<Labeled> found = new HashSet<>();
            for (Mention m : doc.mentions()) {
                if (!TYPES.contains(m.type())) continue;
                int first = gold.tokenAt(m.span().start());
                int last = gold.tokenAt(m.span().end() - 1);
                if (first >= 0 && last >= 0) found.add(new Labeled(first, last + 1, m.type()));
            }
            for (Labeled f : found) {
                boolean right = goldNames.contains(f);
                counts.get(f.type)[right ? 0 : 1]++;
                if (!right) errors.add("+" + f.type + " " + gold.covered(f.from, f.to));
            }
            for (Labeled g : goldNames) {
                if (!found.contains(g)) {
                    counts.get(g.type)[2]++;
                    errors.add("-" + g.type + " " + gold.covered(g.from, g.to));
                }
            }
        }
        return scores(counts, errors);
    }

    /** Scores from true positive, false positive and false negative counts by type. */
    static Scores scores(Map<MentionType, int[]> counts, List<String> errors) {
        Map<MentionType, Counts> byType = new EnumMap<>(MentionType.class);
        Counts micro = new Counts(0, 0, 0);
        for (MentionType t : TYPES) {
            int[] c = counts.get(t);
            Counts typed = new Counts(c[0], c[1], c[2]);
            byType.put(t, typed);
            micro = micro.plus(typed);
        }
        return new Scores(byType, micro, errors);
    }

    /** Prints precision, recall and F1 per type and micro-averaged. */
    public static void print(Scores scores, PrintStream out) {
        out.printf(Locale.ROOT, "%-13s %9s %9s %9s %6s %6s %6s%n", "type", "precision", "recall", "f1", "tp", "fp", "fn");
        scores.byType().forEach((t, c) -> line(out, t.name(), c));
        line(out, "micro", scores.micro());
    }

    private static void line(PrintStream out, String label, Counts c) {
        out.printf(Locale.ROOT, "%-13s %9.3f %9.3f %9.3f %6d %6d %6d%n", label, c.precision(), c.recall(), c.f1(),
                c.truePositives(), c.falsePositives(), c.falseNegatives());
    }

    private record Labeled(int from, int to, MentionType type) {}

    /** The gold names of the three actor types; MISC, OTH and the like name no actor. */
    private static Set<Labeled> goldNames(GoldCorpus.GoldDocument gold) {
        Set<Labeled> names = new HashSet<>();
        for (GoldCorpus.Name n : gold.names()) {
            MentionType type = goldType(n.label());
            if (type != null) names.add(new Labeled(n.from(), n.to(), type));
        }
        return names;
    }

    private static MentionType goldType(String label) {
        String type = NameModel.typeOfLabel(label, false);
        return type == null ? null : NameModel.typeOf(type);
    }
}
