package org.claimgraph.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.hadoop.conf.Configuration;
import org.apache.spark.SimpleFutureAction;
import org.apache.spark.SparkException;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.CollectionAccumulator;
import org.apache.spark.util.LongAccumulator;
import org.claimgraph.rdf.Provenance;
import scala.jdk.javaapi.CollectionConverters;
import scala.runtime.AbstractFunction0;
import scala.runtime.BoxedUnit;

/**
 * The extraction as a Spark job, in three steps (see {@link ActorReplay}):
 * <ol>
 * <li>every document is read, put through the stages before actor linking and linked alone (knowing no other
 * document), in parallel, and kept as they left it (Spark persists it, in memory or on disk), with the clusters
 * of names it linked;
 * <li>the driver replays the clusters in input order against one actor directory, as one {@code extract} run
 * would have linked them, and keeps its answers to each document whose actors they change: partition by
 * partition as their tasks end, while the later ones still run ({@link OrderedReplay});
 * <li>those documents' actors are linked again with the answers, the later stages run on every document, and
 * each partition writes its documents to {@code OUTPUT/part-NNNNN.nq.gz}, one named graph per document, with
 * the provenance asked for ({@link SecondPass}): each partition as soon as the replay has reached it.
 * </ol>
 * So the quads equal those of {@code claimgraph extract --format nq} over the same inputs. A document that
 * cannot be read or fails is counted among the skipped with its reason and never fails the job.
 */
final class ExtractionJob {
    /** What the job did: documents written, quads, documents linked to an earlier one's actors, skipped inputs with reasons. */
    record Summary(long documents, long quads, long linked, List<String> skipped, int ignored, int parts, double[] seconds) {
        String line() {
            StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "%d extracted, %d quads in %d parts, %d linked to actors of earlier documents "
                    + "(first pass %.1f s, replay %.1f s of it, second pass done %.1f s after it)", documents, quads, parts, linked, seconds[0], seconds[1], seconds[2]));
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
        List<List<Unit>> units = Units.slices(listing.units(), partitions > 0 ? partitions : sc.defaultParallelism() * 2);
        int slices = units.size();

        // One run of units a partition.
        JavaRDD<DocResult> first = sc.parallelize(units, slices).mapPartitions(runs -> firstPass(flat(runs)));
        // As objects: the second pass takes each document as the first left it, with no copy (Spark writes a partition
        // that does not fit in memory to disk, serialized).
        first.persist(StorageLevel.MEMORY_AND_DISK());
        LongAccumulator documents = sc.sc().longAccumulator("documents");
        LongAccumulator quads = sc.sc().longAccumulator("quads");
        CollectionAccumulator<String> failed = sc.sc().collectionAccumulator("skipped");
        SecondPass second = new SecondPass(out, provenance, documents, quads, failed);
        long t0 = System.nanoTime();
        // All partitions in parallel; the driver replays their clusters as they come, without the documents, and each
        // partition's second pass is a job of its own, submitted as soon as its answers are known: it runs when a core
        // is free of the first pass, so neither pass waits for the other's last task.
        OrderedReplay replay = new OrderedReplay();
        SimpleFutureAction<BoxedUnit> firstJob = sc.sc().submitJob(first.rdd(), new OrderedReplay.Records(), partitions(0, slices),
                replay, UNIT);
        List<SimpleFutureAction<BoxedUnit>> writes = new ArrayList<>();
        try {
            for (int p = 0; p < slices; p++) {
                Map<String, Map<String, String>> answers = replay.await(p, firstJob::isCompleted);
                if (answers == null) break;
                writes.add(sc.sc().submitJob(first.rdd(), second.partition(p, answers), partitions(p, p + 1), (index, done) -> BoxedUnit.UNIT, UNIT));
            }
            firstJob.get();
            long t1 = System.nanoTime();
            for (SimpleFutureAction<BoxedUnit> w : writes) w.get();
            long t2 = System.nanoTime();
            skipped.addAll(failed.value());
            Summary summary = new Summary(documents.value(), quads.value(), replay.answered(), skipped, listing.ignored(), writes.size(),
                    new double[] {(t1 - t0) / 1e9, replay.seconds(), (t2 - t1) / 1e9});
            out.write("_SUMMARY", summary.line() + "\n");
            out.write("_SUCCESS", "");
            return summary;
        } catch (SparkException e) {
            throw new IllegalStateException(e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } finally {
            first.unpersist(false);
        }
    }

    private static final AbstractFunction0<BoxedUnit> UNIT = new AbstractFunction0<>() {
        @Override
        public BoxedUnit apply() { return BoxedUnit.UNIT; }
    };

    /** Partitions [from, to) as Spark takes them. */
    private static scala.collection.immutable.Seq<Object> partitions(int from, int to) {
        List<Object> indices = new ArrayList<>();
        for (int i = from; i < to; i++) indices.add(i);
        return CollectionConverters.asScala(indices).toList();
    }

    private static Iterator<Unit> flat(Iterator<List<Unit>> runs) {
        List<Unit> units = new ArrayList<>();
        runs.forEachRemaining(units::addAll);
        return units.iterator();
    }

    /** The first pass over a partition's units. */
    static Iterator<DocResult> firstPass(Iterator<Unit> units) {
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
}
