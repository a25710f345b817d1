package org.claimgraph.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scale-out, end to end through the launcher as a user runs it (JVM start-up and model loading included):
 * plain {@code extract --format nq} beside {@code spark --master local[2]} on the same articles, then
 * {@code load} of the job's parts into a new database. The Spark module is built first, and the start-up caches recorded, untimed.
 */
final class ScaleBench {
    record Result(long words, double extractSeconds, double sparkSeconds, long quads, double loadSeconds, String failure) {
        double extractWordsPerSecond() { return words / extractSeconds; }
        double sparkWordsPerSecond() { return words / sparkSeconds; }
        double ratio() { return extractSeconds / sparkSeconds; }
        double quadsPerSecond() { return quads / loadSeconds; }
    }

    private static final Pattern LOADED = Pattern.compile("loaded ([\\d,]+) quads");

    private ScaleBench() {}

    static Result run(Path home, Path corpus, Path work) throws IOException, InterruptedException {
        Path out = work.resolve("spark-out");
        Path db = work.resolve("bulk-db");
        CrashTest.deleteTree(out);
        CrashTest.deleteStore(db);
        long words = words(corpus);
        String failure = launch(home, work, "spark-build", List.of("spark", "--help"));
        // That build packages the application again, whose start-up cache the next run records: not the timed extract.
        if (failure == null) failure = launch(home, work, "start-up-cache", List.of("--version"));
        long t0 = System.nanoTime();
        if (failure == null) failure = launch(home, work, "extract", List.of("extract", "--format", "nq", corpus.toString()));
        long t1 = System.nanoTime();
        if (failure == null) failure = launch(home, work, "spark", List.of("spark", "--master", "local[2]", "--output", out.toString(), corpus.toString()));
        long t2 = System.nanoTime();
        if (failure == null) failure = launch(home, work, "bulk-load", List.of("load", "--db", db.toString(), out.toString()));
        long t3 = System.nanoTime();
        long quads = 0;
        Matcher m = LOADED.matcher(Files.exists(work.resolve("bulk-load.log")) ? Files.readString(work.resolve("bulk-load.log")) : "");
        if (m.find()) quads = Long.parseLong(m.group(1).replace(",", ""));
        CrashTest.deleteTree(out);
        CrashTest.deleteStore(db);
        return new Result(words, (t1 - t0) / 1e9, (t2 - t1) / 1e9, quads, (t3 - t2) / 1e9, failure);
    }

    /** Runs {@code claimgraph ARGS} through the launcher; null, or what went wrong. */
    private static String launch(Path home, Path work, String name, List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(home.resolve("claimgraph").toString()));
        command.addAll(args);
        Path log = work.resolve(name + ".log");
        Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(log.toFile()).start();
        if (!p.waitFor(2, TimeUnit.HOURS)) p.destroyForcibly();
        return p.waitFor() <= 1 ? null : name + " exited with " + p.exitValue() + ", see " + log;
    }

    private static long words(Path corpus) throws IOException {
        long n = 0;
        try (var files = Files.walk(corpus)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                for (String w : Files.readString(f).split("\\s+")) if (!w.isEmpty()) n++;
            }
        }
        return n;
    }
}
