package org.claimgraph.reader;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Locale;

import org.claimgraph.doc.Document;
import org.junit.jupiter.api.Test;

/** Throughput of the reader alone: the five seeds read 200 times each, one thread. */
class ReaderThroughputTest {
    private static final int ROUNDS = 200;

    @Test
    void readsTheSeedsQuickly() throws InputRejected {
        DocumentReader reader = new DocumentReader();
        List<Input> seeds = List.of("000", "001", "002", "003", "004").stream().map(n -> Input.file(Seeds.seed(n))).toList();
        for (int i = 0; i < 20; i++) for (Input in : seeds) reader.read(in);   // warm-up: JIT, model load
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long chars = 0;
        long start = System.nanoTime();
        long cpuStart = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < ROUNDS; i++) {
            for (Input in : seeds) {
                Document doc = reader.read(in);
                chars += doc.text().length();
            }
        }
        double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        double seconds = (System.nanoTime() - start) / 1e9;
        int docs = ROUNDS * seeds.size();
        // CPU time is what the reader costs; wall time depends on how busy the machine is
        System.out.printf(Locale.ROOT, "reader: %d documents, %.2f s CPU = %.0f documents/s (%.1f M chars/s); %.2f s wall = %.0f documents/s%n",
                docs, cpu, docs / cpu, chars / cpu / 1e6, seconds, docs / seconds);
        assertTrue(docs / cpu > 100, "the reader must not be the pipeline's bottleneck");
    }
}
