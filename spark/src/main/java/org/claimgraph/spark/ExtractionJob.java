package org.claimgraph.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

import org.apache.hadoop.conf.Configuration;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.CollectionAccumulator;
import org.apache.spark.util.LongAccumulator;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.claimgraph.rdf.Provenance;
import scala.reflect.ClassTag$;

/**
 * The extraction as a Spark job, in three steps (see {@link ActorReplay}):
 * <ol>
 * <li>every document is read and put through the stages before actor linking, alone and in parallel, and
 * kept as they left it (Spark persists it, in memory or on disk), with the clusters of names it links;
 * <li>the driver replays the clusters in input order against one actor directory, as one {@code extract} run
 * would have linked them, and keeps its answers to each document: partition by partition as their tasks end,
 * while the later ones still run ({@link OrderedReplay});
 * <li>each document's actors are linked with those answers and the later stages run, and each partition
 * writes its documents to {@code OUTPUT/part-NNNNN.nq.gz}, one named graph per document, with the provenance asked for.
 * </ol>
 * So the quads equal those of {@code claimgraph extract --format nq} over the same inputs. A document that
 * cannot be read or fails is counted among the skipped with its reason and never fails the job.
 */
final class ExtractionJob {
    /** What the job did: documents written, quads, documents linked to an earlier one's actors, skipped inputs with reasons. */
    record Summary(long documents, long quads, long linked, List<String> skipped, int ignored, int parts, double[] seconds) {
        String line() {
            StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "%d extracted, %d quads in %d parts, %d linked to actors of earlier documents "
                    + "(first pass %.1f s, replay %.1f s of it, second pass %.1f s)", documents, quads, parts, linked, seconds[0], seconds[1], seconds[2]));
            if (ignored > 0) s.append(", ").append(ignored).append(" non-text files ignored");
            if (!skipped.isEmpty()) s.append(", ").append(skipped.size()).append(" skipped: ").append(String.join(", ", skipped));
            return s.toString();
        }
    }

    private ExtractionJob() {}

    static Summary run(JavaSparkContext sc, List<String> inputs, String output, int partitions, Provenance provenance) {
        Configuration conf = sc.hadoopConfiguration();
        OutputDir out = new OutputDir(output);
        out.prepare(conf);
        Units.Listing listing = Units.list(inputs, conf);
        List<String> skipped = new ArrayList<>(listing.rejected());
        int slices = Math.max(1, Math.min(listing.units().size(), partitions > 0 ? partitions : sc.defaultParallelism() * 2));

        JavaRDD<DocResult> first = sc.parallelize(listing.units(), slices).mapPartitions(ExtractionJob::firstPass);
        first.persist(StorageLevel.MEMORY_AND_DISK_SER());   // compressed with LZ4 (spark.rdd.compress), far faster than gzip
        long t0 = System.nanoTime();
        // All partitions in parallel; the driver replays their clusters as they come, without the documents.
        OrderedReplay replay = new OrderedReplay();
        sc.sc().runJob(first.rdd(), new OrderedReplay.Records(), replay, ClassTag$.MODULE$.apply(List.class));
        Map<String, Map<String, String>> answers = replay.answers(first.getNumPartitions());

        long t1 = System.nanoTime();
        Broadcast<Map<String, Map<String, String>>> given = sc.broadcast(answers);
        LongAccumulator documents = sc.sc().longAccumulator("documents");
        LongAccumulator quads = sc.sc().longAccumulator("quads");
        CollectionAccumulator<String> failed = sc.sc().collectionAccumulator("skipped");
        int parts = first.mapPartitionsWithIndex((index, results) -> {
            writePart(out, index, results, given.value(), provenance, documents, quads, failed);
            return List.of(index).iterator();
        }, true).collect().size();
        long t2 = System.nanoTime();
        first.unpersist();
        given.destroy();
        skipped.addAll(failed.value());
        Summary summary = new Summary(documents.value(), quads.value(), answers.size(), skipped, listing.ignored(), parts,
                new double[] {(t1 - t0) / 1e9, replay.seconds(), (t2 - t1) / 1e9});
        out.write("_SUMMARY", summary.line() + "\n");
        out.write("_SUCCESS", "");
        return summary;
    }

    private static Iterator<DocResult> firstPass(Iterator<Unit> units) {
        Worker worker = Worker.get();
        List<DocResult> results = new ArrayList<>();
        while (units.hasNext()) {
            Unit unit = units.next();
            try {
                worker.pages(unit, (page, name, read) -> results.add(worker.first(unit, page, name, read)));
            } catch (RuntimeException e) {
                results.add(DocResult.skipped(unit, 0, unit.given(), "unreadable (" + e.getMessage() + ")"));
            }
        }
        return results.iterator();
    }

    private static void writePart(OutputDir out, int index, Iterator<DocResult> results, Map<String, Map<String, String>> answers,
                                  Provenance provenance, LongAccumulator documents, LongAccumulator quads, CollectionAccumulator<String> skipped) throws IOException {
        Worker worker = Worker.get();
        try (OutputStream file = out.create(String.format(Locale.ROOT, "part-%05d.nq.gz", index));
             OutputStream gz = fastGzip(file)) {
            StreamRDF writer = StreamRDFWriter.getWriterStream(gz, RDFFormat.NQUADS);
            long[] count = {0};
            StreamRDF counting = new StreamRDFWrapper(writer) {
                @Override
                public void quad(Quad quad) {
                    count[0]++;
                    super.quad(quad);
                }
            };
            counting.start();
            while (results.hasNext()) {
                DocResult r = results.next();
                String failed = r.ok() ? worker.second(r, answers.getOrDefault(r.key(), Map.of()), counting, provenance) : r.skipped();
                if (failed != null) {
                    skipped.add(r.given() + " (" + failed + ")");
                    continue;
                }
                documents.add(1);
            }
            counting.finish();
            quads.add(count[0]);
        }
    }

    /**
     * Gzip's fastest level: N-Quads of news compress 18 to 1 with it against 21 to 1 at the default 6, in two
     * thirds of the CPU (gzip -1 and -6 of 300 articles' 105 MB: 0.47 and 0.74 CPU-s).
     */
    private static OutputStream fastGzip(OutputStream file) throws IOException {
        return new GZIPOutputStream(file, 1 << 16) {
            { def.setLevel(Deflater.BEST_SPEED); }
        };
    }
}
