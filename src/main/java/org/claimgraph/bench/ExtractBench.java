package org.claimgraph.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs {@link ExtractProbe} in a child JVM with {@code -Xmx1g} and reads back what it measured. */
final class ExtractBench {
    static final String HEAP_BOUND = "-Xmx1g";

    record Result(long docs, long failed, long tokens, long chars, long quads, long bytes, long loadMs, long runMs,
                  long cpuMs, long peakHeap, long maxAfterGc, long maxHeap, int threads) {
        double docsPerSecond() { return docs * 1000.0 / runMs; }
        double tokensPerSecond() { return tokens * 1000.0 / runMs; }
        /** Tokens per second of CPU time: what each core does when it is not shared with other processes. */
        double tokensPerCpuSecond() { return tokens * 1000.0 / cpuMs; }
        /** Share of all cores' time the run kept busy: 1.0 means every core all the time. */
        double coreUse(int cores) { return cpuMs / (double) (runMs * cores); }
    }

    private ExtractBench() {}

    static Result run(ChildJvm jvm, Path corpus, int threads, Path log) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of(Integer.toString(threads), corpus.toString()));
        Process p = jvm.command(List.of(HEAP_BOUND), ExtractProbe.class.getName(), args)
                .redirectError(log.toFile()).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(1, TimeUnit.HOURS)) {
            p.destroyForcibly();
            throw new IOException("extraction did not finish within an hour");
        }
        String line = out.lines().filter(l -> l.startsWith(ExtractProbe.PREFIX)).findFirst().orElse(null);
        if (p.exitValue() != 0 || line == null) {
            throw new IOException("extraction in a " + HEAP_BOUND + " JVM failed (exit " + p.exitValue() + "); its stderr: "
                    + log + "\n" + tail(log));
        }
        Map<String, Long> v = new HashMap<>();
        for (String kv : line.substring(ExtractProbe.PREFIX.length()).split(" ")) {
            int eq = kv.indexOf('=');
            v.put(kv.substring(0, eq), Long.parseLong(kv.substring(eq + 1)));
        }
        return new Result(v.get("docs"), v.get("failed"), v.get("tokens"), v.get("chars"), v.get("quads"), v.get("bytes"),
                v.get("loadMs"), v.get("runMs"), v.get("cpuMs"), v.get("peakHeap"), v.get("maxAfterGc"), v.get("maxHeap"),
                v.get("threads").intValue());
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
    }
}
