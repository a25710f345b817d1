package org.claimgraph.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.claimgraph.doc.Iris;
import org.claimgraph.pipeline.BatchRunner;
import org.claimgraph.pipeline.Pipeline;
import org.claimgraph.rdf.DocumentGraph;
import org.claimgraph.reader.DocumentReader;
import org.claimgraph.reader.Input;
import org.claimgraph.reader.InputRejected;
import org.claimgraph.store.BatchWriter;
import org.claimgraph.store.GraphStore;

/**
 * A TDB2 store of at least a given number of quads, built by ingesting generated documents through
 * the standard pipeline, and kept under the work directory for the next run. Its name carries a
 * fingerprint of what the pipeline makes of sample documents, so a changed pipeline (or generator,
 * or target) gets a new store instead of being measured on a stale one.
 */
final class BigStore {
    record Info(Path dir, long quads, long documents, long buildMs, boolean cached) {}

    private static final String GENERATOR_VERSION = "1";
    private static final long SEED = 7;
    private static final int CHUNK = 200;

    private BigStore() {}

    /**
     * Documents to add next: {@value #CHUNK} at first, then as many as the quads per document so far say
     * the target still needs, so the store ends just over the target rather than up to a chunk beyond it.
     */
    static int nextChunk(long missingQuads, int docs, long quads) {
        if (docs == 0 || quads == 0) return CHUNK;
        long perDocument = Math.max(1, quads / docs);
        return (int) Math.clamp((missingQuads + perDocument - 1) / perDocument, 1, CHUNK);
    }

    static Info prepare(Path work, Pipeline pipeline, CorpusGenerator generator, long targetQuads, int threads,
                        PrintStream progress) throws IOException {
        String name = "store-" + fingerprint(work, pipeline, generator.fresh(), targetQuads);
        Path dir = work.resolve(name);
        Path record = work.resolve(name + ".properties");
        if (Files.exists(record)) {
            Properties p = load(record);
            return new Info(dir, Long.parseLong(p.getProperty("quads")), Long.parseLong(p.getProperty("documents")),
                    Long.parseLong(p.getProperty("buildMs")), true);
        }
        removeStale(work);
        progress.printf("building a store of >= %,d quads in %s (kept for the next run)...%n", targetQuads, dir);
        Path corpus = work.resolve(name + "-corpus");
        long t0 = System.nanoTime();
        long quads = 0;
        int docs = 0;
        BatchRunner runner = new BatchRunner(new DocumentReader(), pipeline, threads);
        CorpusGenerator documents = generator.fresh();
        try (GraphStore store = GraphStore.open(dir)) {
            while (quads < targetQuads) {
                List<Path> chunk = documents.write(corpus, "doc", docs, nextChunk(targetQuads - quads, docs, quads), SEED);
                // Grouped transactions as `claimgraph ingest` writes them.
                try (BatchWriter writer = new BatchWriter(store, BatchWriter.DEFAULT_SIZE, (doc, e) -> { throw e; })) {
                    runner.run(chunk.stream().map(Input::file).iterator(), outcome -> {
                        if (outcome.ok()) writer.add(outcome.document());
                    });
                }
                docs += chunk.size();
                for (Path f : chunk) Files.delete(f);
                quads = StoreCensus.quads(store.dataset());
                progress.printf("  %,d documents, %,d quads, %.0f s%n", docs, quads, (System.nanoTime() - t0) / 1e9);
            }
        }
        Files.deleteIfExists(corpus);
        long buildMs = (System.nanoTime() - t0) / 1_000_000;
        save(record, "claimgraph bench store: complete", Map.of("quads", quads, "documents", (long) docs, "buildMs", buildMs));
        return new Info(dir, quads, docs, buildMs, false);
    }

    /**
     * A hash of the sorted N-Quads the pipeline makes of the first generated documents, the generator,
     * the target and the store's indexes.
     */
    static String fingerprint(Path work, Pipeline pipeline, CorpusGenerator generator, long targetQuads) throws IOException {
        Path sample = work.resolve("fingerprint-sample");
        generator.write(sample, "doc", 0, 5, SEED);
        ByteArrayOutputStream nq = new ByteArrayOutputStream();
        StreamRDF out = StreamRDFWriter.getWriterStream(nq, RDFFormat.NQUADS);
        out.start();
        DocumentReader reader = new DocumentReader();
        try (var files = Files.list(sample)) {
            for (Path f : files.sorted().toList()) {
                try {
                    DocumentGraph.emit(pipeline.process(reader.read(new Input(f.toString(), f))), out);
                } catch (InputRejected e) {
                    // a rejected sample changes nothing in the fingerprint but its absence
                }
            }
        }
        out.finish();
        CrashTest.deleteTree(sample);
        String quads = nq.toString(StandardCharsets.UTF_8).lines().sorted().collect(java.util.stream.Collectors.joining("\n"));
        String indexes = String.join(",", GraphStore.LAYOUT.getQuadIndexes());
        return Iris.sha256(GENERATOR_VERSION + "|" + targetQuads + "|" + indexes + "|" + quads).substring(0, 12);
    }

    private static void removeStale(Path work) throws IOException {
        try (var entries = Files.list(work)) {
            for (Path p : entries.filter(p -> p.getFileName().toString().startsWith("store-")).toList()) {
                if (Files.isDirectory(p)) CrashTest.deleteTree(p);
                else Files.delete(p);
            }
        }
    }

    /** Writes the record of something built and kept under the work directory: its existence says it is complete. */
    static void save(Path record, String comment, Map<String, Long> values) throws IOException {
        Properties p = new Properties();
        values.forEach((k, v) -> p.setProperty(k, Long.toString(v)));
        try (Writer w = Files.newBufferedWriter(record)) {
            p.store(w, comment);
        }
    }

    static Properties load(Path record) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(record)) {
            p.load(r);
        }
        return p;
    }
}
