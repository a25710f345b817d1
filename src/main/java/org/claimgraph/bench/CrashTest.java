package org.claimgraph.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.system.Txn;
import org.claimgraph.queries.QueryLibrary;
import org.claimgraph.store.GraphStore;
import org.claimgraph.vocab.CG;

/**
 * Crash safety of ingest, tested for real: the {@code claimgraph ingest} command runs in a child JVM
 * over a corpus and is killed with SIGKILL at a random moment; the store is then opened (TDB2 recovers
 * from its journal) and every document graph in it must be whole: the same number of sentences, zones,
 * mentions, assertions, quantities... as that document ingested alone, and no node of the document
 * referred to but missing ({@link StoreCensus#signatures}): each document wholly present or absent. On every other run a second ingest, which
 * replaces documents already there, is killed too, so an interrupted replacement is tested as well.
 * Then the ingest is run again to its end and the store must hold every document once, whole, and
 * answer every query of the library.
 */
public final class CrashTest {
    /** One kill: when it struck, whether the child was still running, how many whole documents were found after. */
    public record Kill(long afterMs, boolean struck, int wholeDocuments) {}

    /** One run: its kills and the first problem found, null when the store was always consistent. */
    public record Run(int index, List<Kill> kills, String failure) {}

    public record Result(int documents, long startupMs, long fullIngestMs, List<Run> runs) {
        public long failures() { return runs.stream().filter(r -> r.failure() != null).count(); }
        public long struck() { return runs.stream().flatMap(r -> r.kills().stream()).filter(Kill::struck).count(); }
        /** Kills after which some documents but not all were in the store: the store was caught between commits. */
        public long leftPart() {
            return runs.stream().flatMap(r -> r.kills().stream())
                    .filter(k -> k.wholeDocuments() > 0 && k.wholeDocuments() < documents).count();
        }
    }

    private static final List<String> CHILD_JVM = List.of("-Xmx1g");
    /** Small transactions, so that kills also strike between commits and leave a part of the corpus. */
    static final int DOCS_PER_TRANSACTION = 4;
    private static final long QUERY_TIMEOUT_MS = 30_000;

    private final ChildJvm jvm;
    private final Path corpus;
    private final Path work;
    private final Map<String, String> expected;
    private final List<QueryLibrary.Named> queries;
    private final PrintStream progress;

    /**
     * @param expected the signature of each document's graph when ingested alone
     *                 ({@link StoreCensus#expected}); its size is the number of documents in {@code corpus}
     */
    public CrashTest(ChildJvm jvm, Path corpus, Path work, Map<String, String> expected, Path queries, PrintStream progress) {
        this.jvm = jvm;
        this.corpus = corpus;
        this.work = work;
        this.expected = Map.copyOf(expected);
        this.queries = QueryLibrary.load(queries);
        this.progress = progress;
    }

    public Result run(int runs, long seed) throws IOException, InterruptedException {
        Random rng = new Random(seed);
        java.nio.file.Files.createDirectories(work);
        // Kills fall between the first write (after JVM start and model loading) and the end of an uninterrupted ingest.
        Path nothing = java.nio.file.Files.createDirectories(work.resolve("empty-corpus"));
        long t0 = System.nanoTime();
        ingestToEnd(work.resolve("startup"), nothing);
        long startupMs = (System.nanoTime() - t0) / 1_000_000;
        Path reference = work.resolve("reference");
        t0 = System.nanoTime();
        ingestToEnd(reference, corpus);
        long fullMs = (System.nanoTime() - t0) / 1_000_000;
        String problem = checkComplete(reference);
        if (problem != null) throw new IllegalStateException("an uninterrupted ingest is already wrong: " + problem);
        progress.printf("crash: corpus of %d documents, %d per transaction; in a child JVM, ingest starts writing after ~%d ms and ends after %d ms%n",
                expected.size(), DOCS_PER_TRANSACTION, startupMs, fullMs);

        List<Run> results = new ArrayList<>();
        for (int i = 1; i <= runs; i++) {
            Path db = work.resolve("run-" + i);
            List<Kill> kills = new ArrayList<>();
            String failure = null;
            int killCount = i % 2 == 0 ? 2 : 1;
            for (int k = 0; k < killCount && failure == null; k++) {
                long delay = startupMs + (long) (rng.nextDouble() * Math.max(1, fullMs - startupMs));
                boolean struck = ingestAndKill(db, delay);
                var partial = checkPartial(db);
                kills.add(new Kill(delay, struck, partial.whole()));
                failure = partial.problem();
            }
            if (failure == null) {
                ingestToEnd(db, corpus);
                failure = checkComplete(db);
            }
            Run run = new Run(i, kills, failure);
            results.add(run);
            progress.printf("crash run %2d: %s -> %s%n", i, describe(kills), failure == null ? "consistent" : "FAILED: " + failure);
            if (failure == null) deleteStore(db);
        }
        deleteStore(reference);
        deleteStore(work.resolve("startup"));
        return new Result(expected.size(), startupMs, fullMs, results);
    }

    private static String describe(List<Kill> kills) {
        StringBuilder s = new StringBuilder();
        for (Kill k : kills) {
            if (!s.isEmpty()) s.append("; ");
            s.append(k.struck() ? "SIGKILL at " + k.afterMs() + " ms" : "ended before " + k.afterMs() + " ms")
                    .append(", ").append(k.wholeDocuments()).append(" whole documents after restart");
        }
        return s.toString();
    }

    private ProcessBuilder ingest(Path db, Path documents) {
        return jvm.claimgraph(CHILD_JVM, List.of("ingest", "--db", db.toString(),
                        "--docs-per-transaction", Integer.toString(DOCS_PER_TRANSACTION), documents.toString()))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.appendTo(work.resolve("ingest-stderr.log").toFile()));
    }

    private void ingestToEnd(Path db, Path documents) throws IOException, InterruptedException {
        Process p = ingest(db, documents).start();
        if (!p.waitFor(30, TimeUnit.MINUTES)) {
            p.destroyForcibly().waitFor();
            throw new IllegalStateException("ingest did not end within 30 minutes");
        }
        if (p.exitValue() != 0) {
            throw new IllegalStateException("ingest exited with " + p.exitValue() + "; see " + work.resolve("ingest-stderr.log"));
        }
    }

    /** Starts an ingest and kills it with SIGKILL after {@code delayMs}; false when it had already ended. */
    private boolean ingestAndKill(Path db, long delayMs) throws IOException, InterruptedException {
        Process p = ingest(db, corpus).start();
        boolean ended = p.waitFor(delayMs, TimeUnit.MILLISECONDS);
        if (!ended) {
            p.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no finally blocks, no flush
            p.waitFor();
        }
        return !ended;
    }

    private record Partial(int whole, String problem) {}

    /** After a crash: every graph in the store is a whole document, as ingested alone. */
    private Partial checkPartial(Path db) {
        try (GraphStore store = GraphStore.open(db)) {
            Map<String, String> found = StoreCensus.signatures(store.dataset());
            for (var e : found.entrySet()) {
                String want = expected.get(e.getKey());
                if (want == null) return new Partial(found.size(), "graph " + e.getKey() + " is no document of the corpus");
                if (!want.equals(e.getValue())) {
                    return new Partial(found.size(), "document " + e.getKey() + " holds " + e.getValue() + ", whole it has " + want);
                }
            }
            return new Partial(found.size(), null);
        }
    }

    /** After a full ingest: every document present once and whole, and every query answers. */
    private String checkComplete(Path db) {
        Partial partial = checkPartial(db);
        if (partial.problem() != null) return partial.problem();
        if (partial.whole() != expected.size()) return partial.whole() + " documents in the store, " + expected.size() + " in the corpus";
        try (GraphStore store = GraphStore.open(db)) {
            var ds = DatasetFactory.wrap(store.dataset());
            String count = "SELECT (COUNT(?d) AS ?n) (COUNT(DISTINCT ?d) AS ?distinct) WHERE { GRAPH ?g { ?d a <" + CG.Document.getURI() + "> } }";
            long[] n = Txn.calculateRead(ds, () -> {
                try (QueryExecution qe = QueryExecution.dataset(ds).query(count).build()) {
                    var row = qe.execSelect().next();
                    return new long[] {row.getLiteral("n").getLong(), row.getLiteral("distinct").getLong()};
                }
            });
            if (n[0] != expected.size() || n[1] != expected.size()) {
                return n[0] + " document nodes (" + n[1] + " distinct) for " + expected.size() + " documents";
            }
            for (QueryLibrary.Named q : queries) {
                try {
                    QueryBench.rows(q.query(), store.dataset(), QUERY_TIMEOUT_MS);
                } catch (RuntimeException e) {
                    return "query " + q.name() + " failed: " + e;
                }
            }
        }
        return null;
    }

    /** Deletes a store: its TDB2 directory and the full-text index beside it. */
    static void deleteStore(Path db) throws IOException {
        deleteTree(db);
        deleteTree(org.claimgraph.store.SearchIndex.directoryFor(db));
    }

    static void deleteTree(Path dir) throws IOException {
        if (!java.nio.file.Files.exists(dir)) return;
        try (var walk = java.nio.file.Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) java.nio.file.Files.delete(p);
        }
    }
}
