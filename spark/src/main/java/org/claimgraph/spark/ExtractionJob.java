package org.claimgraph.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.CollectionAccumulator;
import org.apache.spark.util.LongAccumulator;
import org.claimgraph.actors.ActorReplay;

/**
 * The extraction as a Spark job, in three steps (see {@link ActorReplay}):
 * <ol>
 * <li>every document is read and processed alone, in parallel: its quads and the clusters of names it linked;
 * <li>the driver replays the clusters in input order (partition by partition, never all at once) against one
 * actor directory, as one {@code extract} run would have linked them;
 * <li>the documents the replay answered are processed again with those answers, and each partition writes
 * its documents to {@code OUTPUT/part-NNNNN.nq.gz}, one named graph per document.
 * </ol>
 * So the quads equal those of {@code claimgraph extract --format nq} over the same inputs. A document that
 * cannot be read or fails is counted among the skipped with its reason and never fails the job.
 */
final class ExtractionJob {
    /** What the job did: documents written, quads, documents processed twice, skipped inputs with reasons. */
    record Summary(long documents, long quads, long reprocessed, List<String> skipped, int ignored, int parts) {
        String line() {
            StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "%d extracted, %d quads in %d parts, %d processed again to link actors",
                    documents, quads, parts, reprocessed));
            if (ignored > 0) s.append(", ").append(ignored).append(" non-text files ignored");
            if (!skipped.isEmpty()) s.append(", ").append(skipped.size()).append(" skipped: ").append(String.join(", ", skipped));
            return s.toString();
        }
    }

    private ExtractionJob() {}

    static Summary run(JavaSparkContext sc, List<String> inputs, String output, int partitions) {
        Configuration conf = sc.hadoopConfiguration();
        Path out = new Path(output);
        prepareOutput(out, conf);
        Units.Listing listing = Units.list(inputs, conf);
        List<String> skipped = new ArrayList<>(listing.rejected());
        int slices = Math.max(1, Math.min(listing.units().size(), partitions > 0 ? partitions : sc.defaultParallelism() * 2));

        JavaRDD<DocResult> first = sc.parallelize(listing.units(), slices).mapPartitions(ExtractionJob::firstPass);
        first.persist(StorageLevel.MEMORY_AND_DISK());
        first.count();   // all partitions in parallel; the replay then reads them back one by one, without their quads
        Map<String, Map<String, String>> answers = new HashMap<>();
        ActorReplay replay = new ActorReplay();
        for (Iterator<DocResult> it = first.map(DocResult::withoutQuads).toLocalIterator(); it.hasNext(); ) {
            DocResult r = it.next();
            if (!r.ok()) continue;
            Map<String, String> a = replay.next(r.clusters());
            if (!a.isEmpty()) answers.put(r.key(), a);
        }

        Broadcast<Map<String, Map<String, String>>> given = sc.broadcast(answers);
        LongAccumulator documents = sc.sc().longAccumulator("documents");
        LongAccumulator quads = sc.sc().longAccumulator("quads");
        CollectionAccumulator<String> failed = sc.sc().collectionAccumulator("skipped");
        String dir = out.toString();
        int parts = first.mapPartitionsWithIndex((index, results) -> {
            writePart(dir, index, results, given.value(), documents, quads, failed);
            return List.of(index).iterator();
        }, true).collect().size();
        first.unpersist();
        given.destroy();
        skipped.addAll(failed.value());
        Summary summary = new Summary(documents.value(), quads.value(), answers.size(), skipped, listing.ignored(), parts);
        writeFile(new Path(out, "_SUMMARY"), summary.line() + "\n", conf);
        writeFile(new Path(out, "_SUCCESS"), "", conf);
        return summary;
    }

    private static Iterator<DocResult> firstPass(Iterator<Unit> units) {
        Worker worker = Worker.get();
        List<DocResult> results = new ArrayList<>();
        while (units.hasNext()) {
            Unit unit = units.next();
            try {
                worker.pages(unit, n -> true, (page, name, read) -> results.add(worker.process(unit, page, name, read, Map.of())));
            } catch (RuntimeException e) {
                results.add(new DocResult(unit, 0, unit.given(), null, 0, List.of(), "unreadable (" + e.getMessage() + ")"));
            }
        }
        return results.iterator();
    }

    private static void writePart(String dir, int index, Iterator<DocResult> results, Map<String, Map<String, String>> answers,
                                  LongAccumulator documents, LongAccumulator quads, CollectionAccumulator<String> skipped) throws IOException {
        Path part = new Path(dir, String.format(Locale.ROOT, "part-%05d.nq.gz", index));
        Worker worker = Worker.get();
        try (OutputStream out = part.getFileSystem(new Configuration()).create(part, true)) {
            while (results.hasNext()) {
                DocResult r = results.next();
                Map<String, String> a = answers.get(r.key());
                if (r.ok() && a != null) r = again(worker, r, a);
                if (!r.ok()) {
                    skipped.add(r.given() + " (" + r.skipped() + ")");
                    continue;
                }
                out.write(r.quads());   // each document one gzip member: a multi-member gzip file, as zcat and Jena read it
                documents.add(1);
                quads.add(r.quadCount());
            }
        }
    }

    /** The document processed again with the replay's answers. */
    private static DocResult again(Worker worker, DocResult r, Map<String, String> answers) {
        DocResult[] result = {r};
        worker.pages(r.unit(), n -> n == r.page(), (page, name, read) -> result[0] = worker.process(r.unit(), page, name, read, answers));
        return result[0];
    }

    private static void prepareOutput(Path out, Configuration conf) {
        try {
            FileSystem fs = out.getFileSystem(conf);
            if (fs.exists(out) && fs.listStatus(out).length > 0) {
                throw new IllegalArgumentException(out + " is not empty: give a new output directory");
            }
            fs.mkdirs(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + out + ": " + e.getMessage(), e);
        }
    }

    private static void writeFile(Path file, String text, Configuration conf) {
        try (OutputStream o = file.getFileSystem(conf).create(file, true)) {
            o.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
