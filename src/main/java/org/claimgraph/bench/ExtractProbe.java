package org.claimgraph.bench;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;
import org.claimgraph.doc.Document;
import org.claimgraph.doc.Sentence;
import org.claimgraph.pipeline.BatchRunner;
import org.claimgraph.pipeline.Pipeline;
import org.claimgraph.rdf.DocumentGraph;
import org.claimgraph.rdf.NQuadsOutput;
import org.claimgraph.reader.DocumentReader;
import org.claimgraph.reader.InputWalker;

/**
 * The extraction path of {@code extract --format nq} (walker, reader, standard pipeline on all cores,
 * N-Quads writer), run in a JVM of its own with a bounded heap, its output counted and dropped. Prints
 * one line: {@code PROBE key=value...} with counts, times and the heap it used. Started by
 * {@link ExtractBench}; usage: {@code ExtractProbe THREADS PATH...}.
 */
public final class ExtractProbe {
    static final String PREFIX = "PROBE ";

    private ExtractProbe() {}

    public static void main(String[] args) {
        int threads = Integer.parseInt(args[0]);
        List<String> paths = List.of(args).subList(1, args.length);
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        try (HeapWatch heap = new HeapWatch()) {
            long t0 = System.nanoTime();
            Pipeline pipeline = Pipeline.standard();
            long loaded = System.nanoTime();
            long cpu0 = os.getProcessCpuTime();

            CountingSink bytes = new CountingSink();
            AtomicLong quads = new AtomicLong();
            StreamRDF writer = new StreamRDFWrapper(NQuadsOutput.stream(bytes)) {
                @Override
                public void quad(Quad quad) {
                    quads.incrementAndGet();
                    super.quad(quad);
                }
            };
            long[] docs = new long[1], tokens = new long[1], chars = new long[1], failed = new long[1];
            writer.start();
            var inputs = InputWalker.expand(paths).inputs();
            new BatchRunner(new DocumentReader(), pipeline, threads).run(inputs.iterator(), outcome -> {
                if (!outcome.ok()) {
                    failed[0]++;
                    return;
                }
                Document doc = outcome.document();
                docs[0]++;
                chars[0] += doc.text().length();
                for (Sentence s : doc.sentences()) tokens[0] += s.tokens().size();
                DocumentGraph.emit(doc, writer);
            });
            writer.finish();
            long end = System.nanoTime();
            System.out.println(PREFIX + String.format(Locale.ROOT,
                    "docs=%d failed=%d tokens=%d chars=%d quads=%d bytes=%d loadMs=%d runMs=%d cpuMs=%d peakHeap=%d maxAfterGc=%d maxHeap=%d threads=%d",
                    docs[0], failed[0], tokens[0], chars[0], quads.get(), bytes.count, (loaded - t0) / 1_000_000,
                    (end - loaded) / 1_000_000, (os.getProcessCpuTime() - cpu0) / 1_000_000, heap.peakUsed(),
                    heap.maxAfterGc(), Runtime.getRuntime().maxMemory(), threads));
        }
    }

    /** Drops what is written, counting the bytes. */
    private static final class CountingSink extends OutputStream {
        long count;

        @Override
        public void write(int b) { count++; }

        @Override
        public void write(byte[] b, int off, int len) { count += len; }
    }
}
