package org.claimgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.claimgraph.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The application as a user runs it: `claimgraph up` in its own JVM ingests the seeds into an empty
 * database, serves them, and answers SPARQL over HTTP; the launcher script keeps the JVM's own words
 * out of what a command prints.
 */
class LauncherIT {
    @Test
    void upIngestsTheSeedsAndServesThem(@TempDir Path dir) throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Path home = TestData.home();
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cp = home.resolve("target/claimgraph.jar") + java.io.File.pathSeparator + home.resolve("target/lib/*");
        Process p = new ProcessBuilder(List.of(javaBin, "-cp", cp, "-Dclaimgraph.home=" + home, "org.claimgraph.cli.Main",
                "up", "--db", dir.resolve("tdb2").toString(), "--port", Integer.toString(port), "--localhost"))
                .redirectError(dir.resolve("stderr.txt").toFile()).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line = out.readLine();
            assertNotNull(line, "up printed nothing; stderr in " + dir);
            assertTrue(line.contains("http://localhost:" + port + "/claimgraph/sparql"), line);
            String q = "PREFIX cg: <https://w3id.org/claimgraph/ontology#> SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d a cg:Document }";
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                    "http://127.0.0.1:" + port + "/claimgraph/sparql?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8)))
                    .header("Accept", "text/csv").build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode());
            assertEquals("5", r.body().strip().split("\r?\n")[1]);
            // The rest of what `up` publishes answers too: the page, VoID, the ontology, the network export.
            for (String path : new String[] {"/claimgraph/ui/", "/claimgraph/void", "/ontology", "/claimgraph/export?format=cytoscape"}) {
                HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + path)).build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(200, page.statusCode(), path);
            }
        } finally {
            p.destroy();
            p.waitFor(20, TimeUnit.SECONDS);
        }
    }

    /**
     * A warning of the JVM's (here: the launcher's young generation does not fit the user's small initial heap)
     * goes to stderr, never into the N-Quads that `extract` prints on stdout. A small maximum heap runs too:
     * with the launcher's fixed young generation in it, the JVM could not load the start-up cache and stopped.
     */
    @Test
    void jvmWarningsStayOutOfStdout(@TempDir Path dir) throws Exception {
        Path home = TestData.home();
        // The build of this `mvn verify` packaged the jar moments ago: tell the launcher it is current.
        Files.writeString(home.resolve("target/.built"), "");
        ProcessBuilder pb = new ProcessBuilder(List.of("bash", home.resolve("claimgraph").toString(), "extract", "--format", "nq",
                TestData.seed("000").toString()))
                .redirectOutput(dir.resolve("out.nq").toFile()).redirectError(dir.resolve("err.txt").toFile());
        pb.environment().put("CLAIMGRAPH_JAVA_OPTS", "-Xms200m");
        Process p = pb.start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "extract did not end");
        String err = Files.readString(dir.resolve("err.txt"));
        assertEquals(0, p.exitValue(), err);
        assertTrue(err.contains("[warning]"), "the JVM did not warn, so this test shows nothing: " + err);
        List<String> out = Files.readAllLines(dir.resolve("out.nq"));
        assertTrue(out.size() > 100, "only " + out.size() + " lines");
        for (String line : out) assertTrue(line.startsWith("<") && line.endsWith(" ."), "not an N-Quad: " + line);

        pb.environment().put("CLAIMGRAPH_JAVA_OPTS", "-Xmx200m");
        Process small = pb.start();
        assertTrue(small.waitFor(120, TimeUnit.SECONDS), "extract did not end");
        assertEquals(0, small.exitValue(), Files.readString(dir.resolve("err.txt")));
        assertEquals(out, Files.readAllLines(dir.resolve("out.nq")));
    }
    /**
     * JDK 25's start-up cache is an optimisation only: a damaged cache (here: junk bytes) gives the same
     * N-Quads and a silent stderr, and after a new build the launcher records the cache again.
     */
    @Test
    void aStartUpCacheThatCannotBeUsedChangesNothing(@TempDir Path dir) throws Exception {
        assumeTrue(Runtime.version().feature() >= 25, "the launcher records the cache on JDK 25 and later only");
        Path home = TestData.home();
        Path cache = home.resolve("target/claimgraph.aot");
        Path built = home.resolve("target/.built");
        Files.writeString(built, "");
        String good = extractSeed(home, dir, "first");
        assertTrue(Files.size(cache) > 1_000_000, "no cache recorded; see target/claimgraph.aot.log");
        try {
            Files.write(cache, "not a cache".getBytes(StandardCharsets.UTF_8));
            assertEquals(good, extractSeed(home, dir, "damaged"));
            String err = Files.readString(dir.resolve("damaged.err"));
            assertEquals("1 extracted", err.strip(), "the JVM spoke of the damaged cache");
        } finally {
            // A build newer than the cache: the next run records it again.
            Files.setLastModifiedTime(built, FileTime.fromMillis(System.currentTimeMillis() + 2_000));
        }
        assertEquals(good, extractSeed(home, dir, "rebuilt"));
        assertTrue(Files.size(cache) > 1_000_000, "the damaged cache was not recorded again");
    }

    /**
     * The cache's training run covers `extract --format nq`: none of Jena's classes (its writer, its
     * start-up) comes from the jars. Trained on `extract` as JSON lines alone, 867 of them did.
     */
    @Test
    void theStartUpCacheHoldsJenasClassesForNQuads(@TempDir Path dir) throws Exception {
        assumeTrue(Runtime.version().feature() >= 25, "the launcher records the cache on JDK 25 and later only");
        Path home = TestData.home();
        Files.writeString(home.resolve("target/.built"), "");
        Path loaded = dir.resolve("classes.txt");
        ProcessBuilder pb = new ProcessBuilder(List.of("bash", home.resolve("claimgraph").toString(), "extract", "--format", "nq",
                TestData.seed("000").toString()))
                .redirectOutput(dir.resolve("out.nq").toFile()).redirectError(dir.resolve("err.txt").toFile());
        pb.environment().put("CLAIMGRAPH_JAVA_OPTS", "-Xlog:class+load=info:file=" + loaded);
        Process p = pb.start();
        assertTrue(p.waitFor(300, TimeUnit.SECONDS), "extract did not end");
        assertEquals(0, p.exitValue(), Files.readString(dir.resolve("err.txt")));
        List<String> classes = Files.readAllLines(loaded);
        assertTrue(classes.stream().filter(l -> l.contains("shared objects file")).count() > 1_000, "the cache was not used");
        List<String> fromJars = classes.stream().filter(l -> l.contains(" org.apache.jena.") && l.contains("source: file:")).toList();
        assertEquals(List.of(), fromJars.subList(0, Math.min(5, fromJars.size())), fromJars.size() + " of Jena's classes came from jars");
    }

    /** `claimgraph extract --format nq` of one seed through the launcher; its stderr goes to NAME.err in dir. */
    private static String extractSeed(Path home, Path dir, String name) throws Exception {
        Process p = new ProcessBuilder(List.of("bash", home.resolve("claimgraph").toString(), "extract", "--format", "nq",
                TestData.seed("000").toString()))
                .redirectOutput(dir.resolve(name + ".nq").toFile()).redirectError(dir.resolve(name + ".err").toFile()).start();
        assertTrue(p.waitFor(300, TimeUnit.SECONDS), "extract did not end");
        assertEquals(0, p.exitValue(), Files.readString(dir.resolve(name + ".err")));
        String out = Files.readString(dir.resolve(name + ".nq"));
        assertTrue(out.lines().count() > 100, out);
        return out;
    }
}
