package org.claimgraph.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;
import org.apache.spark.TaskContext;
import org.apache.spark.util.CollectionAccumulator;
import org.apache.spark.util.LongAccumulator;
import org.claimgraph.rdf.NQuadsOutput;
import org.claimgraph.rdf.Provenance;
import scala.jdk.javaapi.CollectionConverters;
import scala.runtime.AbstractFunction1;
import scala.runtime.BoxedUnit;

/**
 * The job's second pass: each partition's documents finished (linked again where the replay's answers change
 * their actors, then the later stages) and written to its part, {@code OUTPUT/part-NNNNN.nq.gz}; the documents,
 * quads and failures counted in the job's accumulators.
 */
record SecondPass(OutputDir out, Provenance provenance, LongAccumulator documents, LongAccumulator quads,
                  CollectionAccumulator<String> skipped) implements Serializable {

    /** The task of partition {@code index}, with the replay's answers to its documents. */
    AbstractFunction1<scala.collection.Iterator<DocResult>, BoxedUnit> partition(int index, Map<String, Map<String, String>> answers) {
        return new Task(this, index, answers);
    }

    private static final class Task extends AbstractFunction1<scala.collection.Iterator<DocResult>, BoxedUnit> implements Serializable {
        private final SecondPass pass;
        private final int index;
        private final Map<String, Map<String, String>> answers;

        Task(SecondPass pass, int index, Map<String, Map<String, String>> answers) {
            this.pass = pass;
            this.index = index;
            this.answers = answers;
        }

        @Override
        public BoxedUnit apply(scala.collection.Iterator<DocResult> results) {
            try {
                pass.write(index, CollectionConverters.asJava(results), answers);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return BoxedUnit.UNIT;
        }
    }

    private void write(int index, Iterator<DocResult> results, Map<String, Map<String, String>> answers) throws IOException {
        Worker worker = Worker.get();
        try (OutputStream file = out.create(String.format(Locale.ROOT, "part-%05d.nq.gz", index));
             OutputStream gz = fastGzip(file)) {
            StreamRDF writer = NQuadsOutput.stream(gz);
            long[] count = {0};
            StreamRDF counting = new StreamRDFWrapper(writer) {
                @Override
                public void quad(Quad quad) {
                    count[0]++;
                    super.quad(quad);
                }
            };
            counting.start();
            for (Iterator<DocResult> docs = unchanged(results); docs.hasNext(); ) {
                DocResult r = docs.next();
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
     * The documents as the first pass left them. The second pass changes them where they are kept: a task that runs
     * again after a failure extracts its documents again from their inputs.
     */
    private static Iterator<DocResult> unchanged(Iterator<DocResult> results) {
        if (TaskContext.get() == null || TaskContext.get().attemptNumber() == 0) return results;
        Map<Integer, Unit> units = new LinkedHashMap<>();
        results.forEachRemaining(r -> units.putIfAbsent(r.unit().index(), r.unit()));
        return ExtractionJob.firstPass(units.values().iterator());
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
