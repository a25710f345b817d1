package org.claimgraph.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import org.claimgraph.pipeline.BatchRunner;
import org.claimgraph.pipeline.Pipeline;
import org.claimgraph.queries.QueryLibrary;
import org.claimgraph.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measures claimgraph on this machine and prints tables of speed, latency, memory and crash safety.",
                "Extraction speed and heap (in a -Xmx1g JVM), ingest speed into TDB2 (on Linux with the CPU time of its threads "
                        + "by role: the writer, the extraction workers, the JIT compilers, the collector), query latency on a store "
                        + "of >= --triples quads (built once, kept in --work), Fuseki under load while an ingest runs, crash safety "
                        + "of ingest under SIGKILL, and scale-out: extract beside `claimgraph spark --master local[2]` on the same articles "
                        + "and the bulk loader's rate (the first run builds the Spark module), and the bulk part: `claimgraph load` of --bulk-quads quads "
                        + "(beside --baseline's load of the first --baseline-quads) and the queries timed on that store. On a virtual machine each part also says how much of the CPU the host took for other "
                        + "guests meanwhile (steal, from /proc/stat).",
                "With --corpus, the output opens with that corpus (path, files, words) and extract, ingest, the profile and the "
                        + "summary measure its articles; without it, documents are generated from seeds/ (reordered paragraphs, changed "
                        + "figures and names). The stores of queries, load and crash are generated in both cases, to reach any size."})
public final class BenchCommand implements Callable<Integer> {
    enum Part { profile, extract, ingest, queries, load, crash, scale, bulk }

    static final double TARGET_TOKENS_PER_SECOND = 25_000;
    static final double TARGET_ARTICLES_PER_MINUTE = 1_000;
    static final double TARGET_QUERY_P95_MS = 100;
    static final long TARGET_HEAP = 1L << 30;
    static final double TARGET_SPARK_RATIO = 0.85;
    static final double TARGET_BULK_QUADS_PER_SECOND = 150_000;
    /** On a virtual machine, latencies rise and rates fall while the host runs other guests: each part says how much it took. */
    private static final String STEAL = "CPU time taken by the host (steal)";

    @Option(names = "--corpus", paramLabel = "DIR", description = "Articles to extract and ingest (default: --docs generated ones); also the sources of generated documents.")
    Path corpus;

    @Option(names = "--docs", defaultValue = "1000", description = "Generated documents for extract and ingest (default: ${DEFAULT-VALUE}).")
    int docs;

    @Option(names = "--triples", defaultValue = "1000000", description = "Quads in the store the queries run on (default: ${DEFAULT-VALUE}).")
    long triples;

    @Option(names = "--bulk-quads", defaultValue = "10000000",
            description = "Quads the bulk part loads with `claimgraph load` (parts extracted once, kept in --work), then runs the queries on (default: ${DEFAULT-VALUE}).")
    long bulkQuads;

    @Option(names = "--baseline", paramLabel = "DIR",
            description = "A built claimgraph checkout (e.g. `git archive main`) whose `load` the bulk part runs beside this build's.")
    Path baseline;

    @Option(names = "--baseline-quads", defaultValue = "1000000",
            description = "Quads both builds load in the bulk part's comparison, the first parts of --bulk-quads (default: ${DEFAULT-VALUE}).")
    long baselineQuads;

    @Option(names = "--query-runs", defaultValue = "100",
            description = "Timed runs of each query (default: ${DEFAULT-VALUE}; fewer when they pass 30 s), after at least 5 s of untimed warm-up runs.")
    int queryRuns;

    @Option(names = "--crash-runs", defaultValue = "20", description = "Ingests killed with SIGKILL (default: ${DEFAULT-VALUE}).")
    int crashRuns;

    @Option(names = "--crash-docs", defaultValue = "60", description = "Documents in the corpus of the crash test (default: ${DEFAULT-VALUE}).")
    int crashDocs;

    @Option(names = "--load-seconds", defaultValue = "60", description = "Duration of the load test (default: ${DEFAULT-VALUE}).")
    int loadSeconds;

    @Option(names = "--clients", defaultValue = "32", description = "Concurrent HTTP clients of the load test (default: ${DEFAULT-VALUE}).")
    int clients;

    @Option(names = "--timeout", defaultValue = "10", paramLabel = "SECONDS", description = "Server query timeout in the load test (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Option(names = "--threads", description = "Worker threads of extraction and ingest (default: the number of cores).")
    int threads = BatchRunner.defaultThreads();

    @Option(names = "--work", paramLabel = "DIR", description = "Working directory; keeps the big store between runs (default: target/bench).")
    Path work;

    @Option(names = "--skip", split = ",", paramLabel = "PART", description = "Parts to leave out: ${COMPLETION-CANDIDATES}.")
    Set<Part> skip = Set.of();

    private final PrintStream out = System.out;
    private final PrintStream progress = System.err;

    @Override
    public Integer call() throws Exception {
        Path home = Path.of(System.getProperty("claimgraph.home", "."));
        if (work == null) work = home.resolve("target/bench");
        Files.createDirectories(work);
        Path queries = home.resolve("queries");
        Path sources = corpus != null ? corpus : home.resolve("seeds");
        CorpusGenerator generator = CorpusGenerator.from(sources);
        Machine machine = Machine.current();
        printMachine(machine);

        long t0 = System.nanoTime();
        Pipeline pipeline = Pipeline.standard();
        double loadSeconds = (System.nanoTime() - t0) / 1e9;
        progress.printf("pipeline: %s, models loaded in %.1f s%n", stageNames(pipeline), loadSeconds);

        Path benchCorpus = corpus != null ? corpus : BenchFiles.generated(generator, work.resolve("corpus"), docs, 1);
        List<Path> files = BenchFiles.listFiles(benchCorpus);
        CorpusInfo corpusInfo = CorpusInfo.of(benchCorpus, corpus != null, files);
        corpusInfo.print(out);
        Summary summary = new Summary(corpusInfo);

        // The profile gets a pipeline of its own: the actors it links would otherwise change what the pipeline
        // makes of the store's documents, and with it the store's fingerprint, so a cached store went unused.
        if (!skip.contains(Part.profile)) profile(Pipeline.standard(), files.subList(0, Math.min(files.size(), 100)));
        if (!skip.contains(Part.extract)) extract(benchCorpus, machine, summary);
        if (!skip.contains(Part.ingest)) ingest(benchCorpus, files.size(), summary);
        if (!skip.contains(Part.queries) || !skip.contains(Part.load)) {
            BigStore.Info big = BigStore.prepare(work, pipeline, generator, triples, threads, progress);
            if (!skip.contains(Part.queries)) queries(big, big.cached() ? "cached from an earlier run" : "built now", QueryLibrary.load(queries), summary);
            if (!skip.contains(Part.load)) load(big, pipeline, generator, QueryLibrary.load(queries), summary);
        }
        if (!skip.contains(Part.crash)) crash(pipeline, generator, queries, summary);
        if (!skip.contains(Part.scale)) scale(home, benchCorpus, summary);
        if (!skip.contains(Part.bulk)) bulk(home, pipeline, generator, QueryLibrary.load(queries), summary);
        summary.report.print(out);
        return summary.allMet ? 0 : 1;
    }

    private void printMachine(Machine m) {
        new Report("Machine", "what", "value")
                .row("cores", m.cores())
                .row("CPU", m.cpu())
                .row("memory", Report.mib(m.physicalMemory()))
                .row("OS", m.os())
                .row("JVM", m.jvm())
                .row("max heap of this JVM", Report.mib(m.maxHeap()))
                .row("heap of extract/ingest child JVMs", (String.join(" ", ChildJvm.batchOptions()) + " " + ExtractBench.HEAP_BOUND).strip())
                .row("worker threads", threads)
                .row("load average (1 min) at start", Machine.loadAverage())
                .print(out);
    }

    private void profile(Pipeline pipeline, List<Path> sample) {
        progress.println("profile: timing each stage on one thread...");
        StageProfile.Result r = StageProfile.run(pipeline, sample);
        Report t = new Report(String.format(Locale.ROOT, "Where extraction time goes (one thread, %d documents, %,d tokens, after warm-up)",
                r.docs(), r.tokens()), "stage", "CPU ms per document", "share", "tokens per CPU-second");
        for (StageProfile.Stage s : r.stages()) {
            t.row(s.name(), s.nanos() / 1e6 / r.docs(), Report.percent((double) s.nanos() / r.totalNanos()),
                    r.tokens() / (s.nanos() / 1e9));
        }
        t.row("all (one thread)", r.totalNanos() / 1e6 / r.docs(), "100%", r.tokens() / (r.totalNanos() / 1e9)).print(out);
    }

    private void extract(Path benchCorpus, Machine machine, Summary summary) throws IOException, InterruptedException {
        progress.println("extract: running the extraction path in a child JVM with " + ExtractBench.HEAP_BOUND + "...");
        Machine.CpuTicks before = Machine.CpuTicks.now();
        ExtractBench.Result r = ExtractBench.run(ChildJvm.likeThisOne(), benchCorpus, threads, work.resolve("extract-stderr.log"));
        double steal = Machine.CpuTicks.now().stealShareSince(before);
        new Report("extract (reader + Pipeline.standard() + N-Quads writer, " + r.threads() + " threads, JVM " + ExtractBench.HEAP_BOUND + ")", "what", "value")
                .row("documents", r.docs())
                .row("skipped", r.failed())
                .row("tokens", r.tokens())
                .row("characters", r.chars())
                .row("quads written", r.quads())
                .row("N-Quads written", Report.mib(r.bytes()))
                .row("model loading (s)", r.loadMs() / 1000.0)
                .row("extraction (s)", r.runMs() / 1000.0)
                .row("documents/s", r.docsPerSecond())
                .row("tokens/s", r.tokensPerSecond())
                .row("CPU use (of all cores)", Report.percent(r.coreUse(machine.cores())))
                .row("tokens per CPU-second", r.tokensPerCpuSecond())
                .row("tokens/s projected on " + r.threads() + " unshared cores", r.tokensPerCpuSecond() * Math.min(r.threads(), machine.cores()))
                .row(STEAL, Report.percent(steal))
                .row("load average (1 min) after", Machine.loadAverage())
                .row("peak heap used (sum of pool peaks)", Report.mib(r.peakHeap()))
                .row("largest heap after a GC", Report.mib(r.maxAfterGc()))
                .row("max heap", Report.mib(r.maxHeap()))
                .print(out);
        summary.add("extract tokens/s (" + r.threads() + " threads)", r.tokensPerSecond(), ">= 25,000", r.tokensPerSecond() >= TARGET_TOKENS_PER_SECOND);
        summary.add("extract documents/s", r.docsPerSecond(), null, true);
        summary.add("extract peak heap", Report.mib(r.peakHeap()), "<= 1 GiB (ran in " + ExtractBench.HEAP_BOUND + ")",
                r.peakHeap() <= TARGET_HEAP && r.maxHeap() <= TARGET_HEAP);
    }

    private void ingest(Path benchCorpus, int documents, Summary summary) throws IOException, InterruptedException {
        progress.println("ingest: `claimgraph ingest` into a new TDB2 store in a child JVM...");
        Path db = work.resolve("ingest-db");
        CrashTest.deleteStore(db);
        Machine.CpuTicks before = Machine.CpuTicks.now();
        long t0 = System.nanoTime();
        Process p = ChildJvm.likeThisOne().claimgraph(List.of(ExtractBench.HEAP_BOUND),
                        List.of("ingest", "--db", db.toString(), "--threads", Integer.toString(threads), benchCorpus.toString()))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(work.resolve("ingest-stderr.log").toFile()).start();
        ThreadCpu threadCpu = new ThreadCpu(p.pid());
        try {
            if (!p.waitFor(2, TimeUnit.HOURS)) p.destroyForcibly();
        } finally {
            threadCpu.close();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        double steal = Machine.CpuTicks.now().stealShareSince(before);
        if (p.exitValue() != 0) progress.println("ingest: exit " + p.exitValue() + ", see " + work.resolve("ingest-stderr.log"));
        Map<String, Long> graphs;
        long quads;
        try (GraphStore store = GraphStore.open(db)) {
            graphs = StoreCensus.quadsPerGraph(store.dataset());
            quads = StoreCensus.quads(store.dataset());
        }
        long size = BenchFiles.directorySize(db);
        CrashTest.deleteStore(db);
        double articlesPerMinute = graphs.size() * 60 / seconds;
        Report t = new Report("ingest (`claimgraph ingest`, end to end: JVM start, model loading, extraction, TDB2 writes)", "what", "value")
                .row("documents in corpus", documents)
                .row("documents stored", graphs.size())
                .row("quads stored", quads)
                .row("quads per document", quads / (double) Math.max(1, graphs.size()))
                .row("wall time (s)", seconds)
                .row("documents/s", graphs.size() / seconds)
                .row("articles/minute", articlesPerMinute)
                .row("triples/s", quads / seconds)
                .row("store on disk", Report.mib(size))
                .row(STEAL, Report.percent(steal));
        threadCpu.byRole().forEach((role, u) -> t.row("CPU s (s waiting for a CPU): " + role.label,
                String.format(Locale.ROOT, "%.1f (%.1f)", u.cpuSeconds(), u.waitSeconds())));
        t.row("load average (1 min) after", Machine.loadAverage()).print(out);
        summary.add("ingest articles/minute (end to end)", articlesPerMinute, ">= 1,000", articlesPerMinute >= TARGET_ARTICLES_PER_MINUTE && p.exitValue() == 0);
        summary.add("ingest triples/s", quads / seconds, null, true);
    }

    /** {@code origin} says how the store was made, for the table's title. */
    private void queries(BigStore.Info big, String origin, List<QueryLibrary.Named> library, Summary summary) {
        progress.println("queries: timing each query, bound to its heaviest value and unbound...");
        Report t = new Report(String.format(Locale.ROOT, "queries/ on a store of %,d quads, %,d documents (%s; built in %.0f s, %s on disk)",
                big.quads(), big.documents(), origin, big.buildMs() / 1000.0,
                Report.mib(BenchFiles.directorySize(big.dir()))), "query", "asked as", "rows", "runs", "median ms", "p95 ms", "max ms", "host steal", "p95 < 100 ms");
        try (GraphStore store = GraphStore.open(big.dir())) {
            for (QueryBench.Result r : QueryBench.run(library, store.dataset(), queryRuns)) {
                QueryBench.Timing asked = r.asked();
                boolean met = asked.error() == null && asked.latency().p95Ms() < TARGET_QUERY_P95_MS;
                if (r.bound() != null) timingRow(t, r.query(), r.boundTo(), r.bound(), Report.verdict(met));
                timingRow(t, r.query(), r.boundTo() == null ? "whole answer" : "whole answer (unbound, for sizing)", r.whole(),
                        r.bound() == null ? Report.verdict(met) : "");
                summary.add("query p95 " + r.query() + (r.boundTo() != null ? " (" + r.boundTo() + ")" : ""),
                        asked.latency().p95Ms(), "< 100 ms", met);
            }
        }
        t.print(out);
    }

    private static void timingRow(Report t, String query, String askedAs, QueryBench.Timing timing, String verdict) {
        t.row(query, askedAs, timing.rows(), timing.latency().count(), timing.latency().medianMs(), timing.latency().p95Ms(),
                timing.latency().maxMs(), Report.percent(timing.stealShare()), timing.error() != null ? "ERROR " + timing.error() : verdict);
    }

    private void load(BigStore.Info big, Pipeline pipeline, CorpusGenerator generator, List<QueryLibrary.Named> library,
                      Summary summary) throws IOException, InterruptedException {
        Path db = work.resolve("load-db");
        CrashTest.deleteStore(db);
        BenchFiles.copyTree(big.dir(), db);
        List<Path> fresh = BenchFiles.listFiles(BenchFiles.generated(generator.fresh(), work.resolve("load-corpus"), 400, 3));
        progress.printf("load: %d clients for %d s on 127.0.0.1 while ingesting %d new documents in a loop...%n",
                clients, loadSeconds, fresh.size());
        LoadTest.Result r;
        double steal;
        try (GraphStore store = GraphStore.open(db)) {
            List<LoadTest.Request> requests = LoadTest.requests(library, store.dataset());
            Machine.CpuTicks before = Machine.CpuTicks.now();
            r = LoadTest.run(store, pipeline, fresh, requests, clients, loadSeconds, timeoutSeconds * 1000L, threads, progress);
            steal = Machine.CpuTicks.now().stealShareSince(before);
        }
        CrashTest.deleteStore(db);
        Report t = new Report(String.format(Locale.ROOT, "load: %d clients, %.0f s, Fuseki on 127.0.0.1 over the %,d-quad store while ingesting",
                r.clients(), r.seconds(), big.quads()), "what", "value")
                .row("requests", r.requests())
                .row("throughput (requests/s)", r.requestsPerSecond())
                .row("latency p50 (ms)", r.latency().medianMs())
                .row("latency p99 (ms)", r.latency().p99Ms())
                .row("latency max (ms)", r.latency().maxMs())
                .row("errors", r.errors())
                .row("over the " + timeoutSeconds + " s timeout", r.overTimeout())
                .row("documents ingested meanwhile", r.ingested())
                .row(STEAL, Report.percent(steal))
                .row("load average (1 min) after", Machine.loadAverage())
                .row("heap after GC at start", Report.mib(r.heapStart()))
                .row("heap after GC at the middle", Report.mib(r.heapMiddle()))
                .row("heap after GC at the end", Report.mib(r.heapEnd()))
                .row("largest heap after a GC", Report.mib(r.heapMaxAfterGc()))
                .row("heap after the load, after a full GC", Report.mib(r.heapAfter()));
        for (String e : r.errorSamples()) t.row("error", e);
        t.print(out);
        Report perQuery = new Report("load: latency per query", "query", "requests", "p50 ms", "p99 ms", "max ms");
        r.perQuery().forEach((q, s) -> perQuery.row(q, s.count(), s.medianMs(), s.p99Ms(), s.maxMs()));
        perQuery.print(out);
        summary.add("load requests/s (" + r.clients() + " clients)", r.requestsPerSecond(), null, true);
        summary.add("load p99 ms", r.latency().p99Ms(), null, true);
        summary.add("load errors", r.errors(), "0", r.errors() == 0);
        summary.add("load requests over timeout", r.overTimeout(), "0", r.overTimeout() == 0);
    }

    private void scale(Path home, Path benchCorpus, Summary summary) throws IOException, InterruptedException {
        progress.println("scale: `claimgraph extract`, then `claimgraph spark --master local[2]` on the same articles, then `claimgraph load`...");
        ScaleBench.Result r = ScaleBench.run(home, benchCorpus, work);
        Report t = new Report("scale-out (through the launcher, start-up included): extract vs Spark local[2], and the bulk loader", "what", "value")
                .row("words", r.words())
                .row("extract --format nq (s)", r.extractSeconds())
                .row("extract words/s", r.extractWordsPerSecond())
                .row("spark --master local[2] (s)", r.sparkSeconds())
                .row("spark words/s", r.sparkWordsPerSecond())
                .row("spark / extract", r.ratio())
                .row("load: quads", r.quads())
                .row("load (s, text index included)", r.loadSeconds())
                .row("load quads/s", r.quadsPerSecond())
                .row("load average (1 min) after", Machine.loadAverage());
        if (r.failure() != null) t.row("FAILED", r.failure());
        t.print(out);
        summary.add("spark local[2] / extract (words/s)", r.ratio(), ">= 0.85", r.failure() == null && r.ratio() >= TARGET_SPARK_RATIO);
        summary.add("bulk load quads/s", r.quadsPerSecond(), ">= 150,000", r.failure() == null && r.quadsPerSecond() >= TARGET_BULK_QUADS_PER_SECOND);
    }

    private void bulk(Path home, Pipeline pipeline, CorpusGenerator generator, List<QueryLibrary.Named> library, Summary summary)
            throws IOException, InterruptedException {
        BulkBench.Parts parts = BulkBench.parts(work, pipeline, generator, bulkQuads, threads, progress);
        Path db = work.resolve("bulk-db");
        List<Path> first = parts.firstHolding(baselineQuads);
        List<BulkBench.Run> runs = new ArrayList<>();
        Machine.CpuTicks before = Machine.CpuTicks.now();
        progress.printf("bulk: `claimgraph load` of %d parts%s, then of all %d...%n", first.size(), baseline != null ? " by both builds" : "", parts.files().size());
        if (baseline != null) runs.add(BulkBench.load("baseline " + baseline, baseline, first, db, work.resolve("bulk-baseline.log")));
        runs.add(BulkBench.load("this build", home, first, db, work.resolve("bulk-first.log")));
        BulkBench.Run all = BulkBench.load("this build", home, parts.files(), db, work.resolve("bulk-all.log"));
        runs.add(all);
        Report t = new Report("bulk load: `claimgraph load` through the launcher into a new database with its text index (CPU: its process tree, with any processes it runs)",
                "build", "parts", "quads", "wall s", "quads/s", "quads/s after JVM start", "CPU s", "quads per CPU-second");
        for (BulkBench.Run r : runs) {
            if (r.failure() != null) t.row(r.build(), r.parts(), "FAILED: " + r.failure(), "", "", "", "", "");
            else t.row(r.build(), r.parts(), r.quads(), r.wallSeconds(), r.quadsPerSecond(), r.quadsPerSecondAfterStart(), r.cpuSeconds(), r.quadsPerCpuSecond());
        }
        t.print(out);
        new Report("bulk load: the machine meanwhile", "what", "value")
                .row(STEAL, Report.percent(Machine.CpuTicks.now().stealShareSince(before)))
                .row("load average (1 min) after", Machine.loadAverage())
                .print(out);
        summary.add(String.format(Locale.ROOT, "bulk load quads/s (%,d quads, start-up included)", all.quads()), all.quadsPerSecond(), ">= 150,000",
                all.failure() == null && all.quadsPerSecond() >= TARGET_BULK_QUADS_PER_SECOND);
        if (all.failure() == null) {
            queries(new BigStore.Info(db, all.quads(), parts.documents(), Math.round(all.wallSeconds() * 1000), false),
                    "bulk-loaded by `claimgraph load`", library, summary);
        }
        CrashTest.deleteStore(db);
    }

    private void crash(Pipeline pipeline, CorpusGenerator generator, Path queries, Summary summary) throws IOException, InterruptedException {
        Path dir = work.resolve("crash");
        CrashTest.deleteTree(dir);
        Path crashCorpus = BenchFiles.generated(generator.fresh(), dir.resolve("corpus"), crashDocs, 5);
        progress.printf("crash: %d runs over %d documents...%n", crashRuns, crashDocs);
        Map<String, String> expected = StoreCensus.expected(pipeline, BenchFiles.listFiles(crashCorpus));
        CrashTest.Result r = new CrashTest(ChildJvm.likeThisOne(), crashCorpus, dir, expected, queries, progress)
                .run(crashRuns, 42);
        Report t = new Report(String.format(Locale.ROOT, "crash safety: `claimgraph ingest` of %d documents killed with SIGKILL (first write after ~%.1f s, uninterrupted end %.1f s)",
                r.documents(), r.startupMs() / 1000.0, r.fullIngestMs() / 1000.0), "run", "kills (ms after start) -> whole documents after restart", "result");
        for (CrashTest.Run run : r.runs()) {
            StringBuilder kills = new StringBuilder();
            for (CrashTest.Kill k : run.kills()) {
                if (!kills.isEmpty()) kills.append("; ");
                kills.append(k.struck() ? "" : "(ended first) ").append(k.afterMs()).append(" -> ").append(k.wholeDocuments());
            }
            t.row(run.index(), kills, run.failure() == null ? "every document whole or absent; complete after re-run; queries answer" : "FAILED: " + run.failure());
        }
        t.print(out);
        if (r.failures() == 0) CrashTest.deleteTree(dir);
        summary.add("crash runs consistent", (r.runs().size() - r.failures()) + "/" + r.runs().size() + " (" + r.struck() + " kills struck, "
                        + r.leftPart() + " left a part of the corpus)",
                "all", r.failures() == 0);
    }

    private static String stageNames(Pipeline pipeline) {
        return String.join(" -> ", pipeline.components().stream().map(c -> c.getClass().getSimpleName()).toList());
    }
}
