package org.claimgraph.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.claimgraph.TestData;
import org.claimgraph.bench.CorpusGenerator;
import org.claimgraph.reader.WarcFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The job in local mode: the quads of a plain extract, whatever the partitions; failures are counted, not fatal. */
class SparkCommandTest {
    @TempDir
    Path tmp;

    @Test
    void seedsAndAWarcArchiveGiveTheQuadsOfExtract() throws Exception {
        Path archive = WarcFixture.write(tmp.resolve("crawl.warc.gz"), WarcFixture.seeds(TestData.seeds()));
        Path broken = Files.write(tmp.resolve("broken.html"), new byte[] {0, 1, 2, 3, 0, 0, 7});
        List<String> inputs = List.of(TestData.seeds().toString(), archive.toString(), broken.toString());
        Path out = tmp.resolve("out");
        Run run = spark("--master", "local[2]", "--partitions", "3", "--output", out.toString(), inputs.get(0), inputs.get(1), inputs.get(2));
        assertEquals(1, run.status, "a skipped input: exit status 1\n" + run.err);
        assertTrue(run.err.contains("10 extracted"), run.err);
        assertTrue(run.err.contains("1 skipped: " + broken), run.err);
        assertTrue(Files.readString(out.resolve("_SUMMARY")).contains("10 extracted"));
        Set<String> expected = Quads.extract(inputs);
        assertFalse(expected.isEmpty());
        assertEquals(expected, Quads.parts(out));
        assertEquals(3, Files.list(out).filter(f -> f.getFileName().toString().startsWith("part-")).count());

        Run again = spark("--master", "local[2]", "--output", out.toString(), inputs.get(0));
        assertEquals(2, again.status, "the output must be new");
    }

    @Test
    void localModeDefaultsApplyOnlyThereAndGiveWayToTheUsersSettings() {
        assertEquals("NIO", SparkCommand.conf("local[2]").get("spark.io.mode.default"));
        assertFalse(SparkCommand.conf("spark://127.0.0.1:7077").contains("spark.io.mode.default"));
        System.setProperty("spark.io.mode.default", "EPOLL");   // as spark-submit passes --conf
        try {
            assertEquals("EPOLL", SparkCommand.conf("local[2]").get("spark.io.mode.default"));
        } finally {
            System.clearProperty("spark.io.mode.default");
        }
    }

    @Test
    void aGeneratedCorpusOverSeveralPartitionsLinksActorsAsExtractDoes() throws Exception {
        Path corpus = tmp.resolve("corpus");
        CorpusGenerator.from(TestData.seeds()).write(corpus, "news", 0, 200, 11);
        Path out = tmp.resolve("out");
        Run run = spark("--master", "local[2]", "--partitions", "5", "--output", out.toString(), corpus.toString());
        assertEquals(0, run.status, run.err);
        assertTrue(run.err.contains("200 extracted"), run.err);
        assertFalse(run.err.contains(" 0 linked"), "some documents link to earlier ones: " + run.err);
        assertEquals(Quads.extract(List.of(corpus.toString())), Quads.parts(out));
    }

    @Test
    void claimsProvenanceGivesTheQuadsOfExtractWithIt() throws Exception {
        String seeds = TestData.seeds().toString();
        Path out = tmp.resolve("out");
        Run run = spark("--master", "local[2]", "--provenance", "claims", "--output", out.toString(), seeds);
        assertEquals(0, run.status, run.err);
        Set<String> claims = Quads.parts(out);
        assertEquals(Quads.extract(List.of("--provenance", "claims", seeds)), claims);
        Set<String> full = Quads.extract(List.of(seeds));
        assertTrue(full.containsAll(claims) && claims.size() * 2 < full.size(), "a lean part of the full quads: " + claims.size() + " of " + full.size());
    }

    @Test
    void hadoopUrisAreReadThroughTheHadoopFileSystem() throws Exception {
        Path archive = WarcFixture.write(tmp.resolve("crawl.warc.gz"), WarcFixture.seeds(TestData.seeds()));
        String seeds = "file://" + TestData.seeds().toAbsolutePath().normalize();
        Path out = tmp.resolve("out");
        Run run = spark("--master", "local[2]", "--output", out.toString(), seeds, "file://" + archive);
        assertEquals(0, run.status, run.err);
        assertTrue(run.err.contains("10 extracted"), run.err);
        // The same documents; only the input paths are written as the file system's URIs.
        Set<String> expected = withoutInputPaths(Quads.extract(List.of(TestData.seeds().toString(), archive.toString())));
        assertEquals(expected, withoutInputPaths(Quads.parts(out)));
    }

    private static Set<String> withoutInputPaths(Set<String> quads) {
        Set<String> kept = new java.util.TreeSet<>(quads);
        kept.removeIf(q -> q.contains("#inputPath>"));
        return kept;
    }

    record Run(int status, String err) {}

    static synchronized Run spark(String... args) {
        PrintStream old = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int status = SparkCommand.run(args);
            return new Run(status, err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(old);
        }
    }
}
