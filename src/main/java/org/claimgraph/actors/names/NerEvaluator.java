package org.claimgraph.actors.names;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
 * Scores mention finding against a gold file in CoNLL format (a token and its BIO tag per line, the tag
 * in the last column: B-PER, I-ORG, B-LOC...; a blank line between sentences; "-DOCSTART-" lines between
 * documents; MISC and other types are ignored). Each gold document is rebuilt as text (tokens joined by
 * spaces, a sentence per line), run through the language stage and the {@link MentionFinder}, and the
 * mentions found are mapped back to gold tokens. A mention counts when span and type are both exact.
 */
public final class NerEvaluator {
    private static final List<MentionType> TYPES = List.of(MentionType.PERSON, MentionType.ORGANIZATION, MentionType.LOCATION);

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
        for (GoldDocument gold : read(conllGold)) {
            Document doc = new Document(conllGold.toString(), gold.text);
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
                boolean right = gold.names.contains(f);
                counts.get(f.type)[right ? 0 : 1]++;
                if (!right) errors.add("+" + f.type + " " + gold.covered(f));
            }
            for (Labeled g : gold.names) {
                if (!found.contains(g)) {
                    counts.get(g.type)[2]++;
                    errors.add("-" + g.type + " " + gold.covered(g));
                }
            }
        }
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

    /**
     * Measures every {@link MentionFinder.Strategy} on a gold file: {@code NerEvaluator GOLD.conll [--errors]};
     * with --errors, also lists the spurious (+) and missed (-) mentions of each.
     */
    public static void main(String[] args) {
        LanguageAnalyzer analyzer = new LanguageAnalyzer();
        boolean listErrors = args.length > 1 && args[1].equals("--errors");
        for (MentionFinder.Strategy s : MentionFinder.Strategy.values()) {
            System.out.println("== " + s);
            Scores scores = evaluate(Path.of(args[0]), analyzer, new MentionFinder(s));
            print(scores, System.out);
            if (listErrors) scores.errors().forEach(e -> System.out.println("  " + e));
        }
    }

    // --- gold

    private record Labeled(int from, int to, MentionType type) {}

    private static final class GoldDocument {
        final StringBuilder textBuilder = new StringBuilder();
        final List<int[]> tokenOffsets = new ArrayList<>();
        final Set<Labeled> names = new HashSet<>();
        String text;

        String covered(Labeled l) {
            return text.substring(tokenOffsets.get(l.from)[0], tokenOffsets.get(l.to - 1)[1]);
        }

        /** Index of the gold token covering a character offset, -1 between tokens. */
        int tokenAt(int offset) {
            int lo = 0;
            int hi = tokenOffsets.size() - 1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                int[] t = tokenOffsets.get(mid);
                if (offset < t[0]) hi = mid - 1;
                else if (offset >= t[1]) lo = mid + 1;
                else return mid;
            }
            return -1;
        }
    }

    static List<GoldDocument> read(Path conll) {
        List<String> lines;
        try {
            lines = Files.readAllLines(conll, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gold file " + conll, e);
        }
        List<GoldDocument> docs = new ArrayList<>();
        GoldDocument doc = new GoldDocument();
        boolean lineOpen = false;
        int openStart = -1;
        MentionType openType = null;
        for (String raw : lines) {
            String line = raw.strip();
            if (line.startsWith("-DOCSTART-") || line.isEmpty()) {
                if (openType != null) doc.names.add(new Labeled(openStart, doc.tokenOffsets.size(), openType));
                openType = null;
                if (lineOpen) doc.textBuilder.append('\n');
                lineOpen = false;
                if (line.startsWith("-DOCSTART-") && !doc.tokenOffsets.isEmpty()) {
                    docs.add(doc);
                    doc = new GoldDocument();
                }
                continue;
            }
            String[] cols = line.split("\\s+");
            String token = cols[0];
            String tag = cols.length > 1 ? cols[cols.length - 1] : "O";
            MentionType type = tag.length() > 2 ? goldType(tag.substring(2)) : null;
            boolean begins = type != null && (tag.startsWith("B-") || openType != type);
            if (openType != null && (type == null || begins)) {
                doc.names.add(new Labeled(openStart, doc.tokenOffsets.size(), openType));
                openType = null;
            }
            if (begins) {
                openStart = doc.tokenOffsets.size();
                openType = type;
            }
            if (lineOpen) doc.textBuilder.append(' ');
            int start = doc.textBuilder.length();
            doc.textBuilder.append(token);
            doc.tokenOffsets.add(new int[] {start, doc.textBuilder.length()});
            lineOpen = true;
        }
        if (openType != null) doc.names.add(new Labeled(openStart, doc.tokenOffsets.size(), openType));
        if (!doc.tokenOffsets.isEmpty()) docs.add(doc);
        for (GoldDocument d : docs) d.text = d.textBuilder.toString();
        return docs;
    }

    private static MentionType goldType(String label) {
        return switch (label) {
            case "PER", "PERSON" -> MentionType.PERSON;
            case "ORG", "ORGANIZATION" -> MentionType.ORGANIZATION;
            case "LOC", "LOCATION", "GPE" -> MentionType.LOCATION;
            default -> null;
        };
    }
}
