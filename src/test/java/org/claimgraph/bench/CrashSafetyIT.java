package org.claimgraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.claimgraph.TestData;
import org.claimgraph.pipeline.Pipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged `claimgraph ingest` killed with SIGKILL at random moments of an ingest: after each
 * restart every document is wholly present or absent, and a re-run leaves every document once and
 * whole with every library query answering. `claimgraph bench` runs the same test 20 times.
 */
class CrashSafetyIT {
    @Test
    void ingestKilledAtRandomLeavesEveryDocumentWholeOrAbsent(@TempDir Path dir) throws Exception {
        Path corpus = dir.resolve("corpus");
        List<Path> files = CorpusGenerator.from(TestData.seeds()).write(corpus, "doc", 0, 8, 1);
        Map<String, String> expected = StoreCensus.expected(Pipeline.standard(), files);
        assertEquals(files.size(), expected.size(), "generated documents must all differ");

        long seed = System.nanoTime();
        CrashTest.Result result = new CrashTest(ChildJvm.packaged(TestData.home()), corpus, dir.resolve("work"), expected,
                TestData.queries(), System.err).run(3, seed);

        assertEquals(0, result.failures(), "seed " + seed + ": " + result.runs());
        assertTrue(result.struck() >= 1, "seed " + seed + ": no kill struck a running ingest: " + result.runs());
    }
}
