package org.claimgraph.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;
import org.claimgraph.pipeline.BatchRunner;
import org.claimgraph.pipeline.Pipeline;
import org.claimgraph.rdf.DocumentGraph;
import org.claimgraph.rdf.NQuadsOutput;
import org.claimgraph.reader.DocumentReader;
import org.claimgraph.reader.Input;

/**
 * The bulk loader measured as a user runs it: {@code claimgraph load} through the launcher (JVM start-up
 * included) on N-Quads parts of generated documents, extracted once by the standard pipeline and kept
 * under the work directory. The CPU time of a load is its process tree's (the JVM, and the sorts an
 * older build runs), read from this process's reaped-children times in /proc/self/stat.
 */
final class BulkBench {
    /** One {@code claimgraph load}: {@code innerSeconds} is the load as the command timed it, after JVM start-up. */
    record Run(String build, long quads, int parts, double wallSeconds, double innerSeconds, double cpuSeconds, String failure) {
        double quadsPerSecond() { return quads / wallSeconds; }
        double quadsPerSecondAfterStart() { return quads / innerSeconds; }
        double quadsPerCpuSecond() { return quads / cpuSeconds; }
    }

    /** Parts on disk: {@code quads} in all, {@code quadsPerPart} in each of {@code files} (the last may hold fewer). */
    record Parts(List<Path> files, long quads, long documents, long quadsPerPart) {
        /** The first parts, enough to hold {@code quads}. */
        List<Path> firstHolding(long wanted) {
            int n = (int) Math.min(files.size(), Math.max(1, (wanted + quadsPerPart - 1) / quadsPerPart));
            return files.subList(0, n);
        }
    }

    private static final Pattern LOADED = Pattern.compile("loaded ([\\d,]+) quads from \\d+ parts into .* in ([\\d.]+) s");
    private static final int DOCUMENTS_PER_PART = 200;
    private static final long SEED = 11;
    private static final double CLOCK_TICKS_PER_SECOND = 100; // USER_HZ on Linux

    private BulkBench() {}

    /** Parts of at least {@code targetQuads} quads, made now or kept from an earlier run for the same pipeline and generator. */
    static Parts parts(Path work, Pipeline pipeline, CorpusGenerator generator, long targetQuads, int threads, PrintStream progress)
            throws IOException {
        String name = "bulk-parts-" + BigStore.fingerprint(work, pipeline, generator.fresh(), targetQuads);
        Path dir = work.resolve(name);
        Path record = work.resolve(name + ".properties");
        if (Files.exists(record)) {
            Properties p = BigStore.load(record);
            return new Parts(list(dir), Long.parseLong(p.getProperty("quads")), Long.parseLong(p.getProperty("documents")),
                    Long.parseLong(p.getProperty("quadsPerPart")));
        }
        CrashTest.deleteTree(dir);
        progress.printf("bulk: extracting generated documents into N-Quads parts of >= %,d quads in %s (kept for the next run)...%n", targetQuads, dir);
        Path corpus = work.resolve(name + "-corpus");
        BatchRunner runner = new BatchRunner(new DocumentReader(), pipeline, threads);
        CorpusGenerator documents = generator.fresh();
        long quads = 0;
        long firstPart = 0;
        int docs = 0;
        long t0 = System.nanoTime();
        for (int part = 0; quads < targetQuads; part++) {
            List<Path> chunk = documents.write(corpus, "doc", docs, DOCUMENTS_PER_PART, SEED);
            long[] written = new long[1];
            try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(Files.createDirectories(dir)
                    .resolve(String.format(Locale.ROOT, "part-%05d.nq.gz", part))), 1 << 16)) {
                StreamRDF writer = new StreamRDFWrapper(NQuadsOutput.stream(out)) {
                    @Override
                    public void quad(Quad quad) {
                        written[0]++;
                        super.quad(quad);
                    }
                };
                writer.start();
                runner.run(chunk.stream().map(Input::file).iterator(), outcome -> {
                    if (outcome.ok()) DocumentGraph.emit(outcome.document(), writer);
                });
                writer.finish();
            }
            for (Path f : chunk) Files.delete(f);
            if (part == 0) firstPart = written[0];
            quads += written[0];
            docs += chunk.size();
            progress.printf("  %,d documents, %,d quads, %.0f s%n", docs, quads, (System.nanoTime() - t0) / 1e9);
        }
        Files.deleteIfExists(corpus);
        BigStore.save(record, "claimgraph bench bulk-load parts: complete", Map.of("quads", quads, "documents", (long) docs, "quadsPerPart", firstPart));
        return new Parts(list(dir), quads, docs, firstPart);
    }

    /**
     * Runs {@code claimgraph load --db DB PARTS} through the launcher of a checkout ({@code home}, built), as a
     * user runs it; the database stays for the caller.
     */
    static Run load(String build, Path home, List<Path> parts, Path db, Path log) throws IOException, InterruptedException {
        CrashTest.deleteStore(db);
        List<String> args = new ArrayList<>(List.of(home.resolve("claimgraph").toString(), "load", "--db", db.toString()));
        parts.forEach(p -> args.add(p.toString()));
        double cpu0 = reapedChildrenCpuSeconds();
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(args).redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(log.toFile()).start();
        if (!p.waitFor(3, TimeUnit.HOURS)) p.destroyForcibly();
        int exit = p.waitFor();
        double wall = (System.nanoTime() - t0) / 1e9;
        double cpu = reapedChildrenCpuSeconds() - cpu0;
        Matcher m = LOADED.matcher(Files.readString(log));
        if (exit != 0 || !m.find()) return new Run(build, 0, parts.size(), wall, Double.NaN, cpu, "exit " + exit + ", see " + log);
        return new Run(build, Long.parseLong(m.group(1).replace(",", "")), parts.size(), wall, Double.parseDouble(m.group(2)), cpu, null);
    }

    /** CPU seconds (user and system) of this process's children that have ended and been waited for, with theirs. */
    private static double reapedChildrenCpuSeconds() throws IOException {
        String stat = Files.readString(Path.of("/proc/self/stat"));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        // After the command name: state is field 3 of stat(5), cutime 16 and cstime 17.
        return (Long.parseLong(f[16 - 3]) + Long.parseLong(f[17 - 3])) / CLOCK_TICKS_PER_SECOND;
    }

    private static List<Path> list(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".nq.gz")).sorted().toList();
        }
    }
}
