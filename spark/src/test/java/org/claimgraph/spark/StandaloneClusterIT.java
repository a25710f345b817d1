package org.claimgraph.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.claimgraph.TestData;
import org.claimgraph.rdf.Provenance;
import org.claimgraph.reader.WarcFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real standalone cluster, not local mode: a master and two workers, each its own JVM on 127.0.0.1, from
 * the module's own jars (target/lib and the module jar as SPARK_HOME/jars, an empty conf/); each worker
 * starts an executor JVM of 1 core and 1 GB. The job runs on them and its quads equal a plain extract's.
 * At the end the workers and their executors (their child processes) and the master are stopped.
 */
class StandaloneClusterIT {
    private final List<Process> daemons = new ArrayList<>();

    @TempDir
    Path tmp;

    @Test
    @Timeout(600)
    void theJobRunsOnAMasterAndTwoWorkers() throws Exception {
        Path home = sparkHome();
        int port = freePort();
        String master = "spark://127.0.0.1:" + port;
        daemons.add(start(home, "master", "org.apache.spark.deploy.master.Master", "--host", "127.0.0.1", "--port", Integer.toString(port),
                "--webui-port", Integer.toString(freePort())));
        for (int i = 0; i < 2; i++) {
            daemons.add(start(home, "worker-" + i, "org.apache.spark.deploy.worker.Worker", "--host", "127.0.0.1", "--cores", "1", "--memory", "1g",
                    "--webui-port", Integer.toString(freePort()), "--work-dir", Files.createDirectories(tmp.resolve("work-" + i)).toString(), master));
        }

        Path archive = WarcFixture.write(tmp.resolve("crawl.warc.gz"), WarcFixture.seeds(TestData.seeds()));
        List<String> inputs = List.of(TestData.seeds().toAbsolutePath().toString(), archive.toString());
        Path out = tmp.resolve("out");
        SparkConf conf = new SparkConf().setAppName("claimgraph cluster test").setMaster(master)
                .set("spark.ui.enabled", "false").set("spark.driver.host", "127.0.0.1").set("spark.driver.bindAddress", "127.0.0.1")
                .set("spark.executor.memory", "1g").set("spark.executor.cores", "1").set("spark.cores.max", "2");
        ExtractionJob.Summary summary;
        try (JavaSparkContext sc = new JavaSparkContext(conf)) {
            long deadline = System.nanoTime() + 120_000_000_000L;
            // The driver counts itself among the block managers: two executors make three.
            while (sc.sc().getExecutorMemoryStatus().size() < 3 && System.nanoTime() < deadline) Thread.sleep(250);
            assertEquals(3, sc.sc().getExecutorMemoryStatus().size(), "two executors joined: " + logs());
            summary = ExtractionJob.run(sc, inputs, out.toString(), 4, Provenance.FULL);
        }
        assertEquals(10, summary.documents(), summary.line());
        assertTrue(summary.skipped().isEmpty(), summary.line());
        assertEquals(Quads.extract(inputs), Quads.parts(out));
    }

    /** SPARK_HOME with jars/ (links to the module's runtime jars and its own jar) and an empty conf/. */
    private Path sparkHome() throws IOException {
        Path module = TestData.home().resolve("spark/target").toAbsolutePath();
        Path home = tmp.resolve("spark-home");
        Path jars = Files.createDirectories(home.resolve("jars"));
        Files.createDirectories(home.resolve("conf"));
        try (var libs = Files.list(module.resolve("lib"))) {
            for (Path jar : libs.toList()) Files.createSymbolicLink(jars.resolve(jar.getFileName()), jar);
        }
        Files.createSymbolicLink(jars.resolve("claimgraph-spark.jar"), module.resolve("claimgraph-spark.jar"));
        return home;
    }

    private Process start(Path home, String name, String mainClass, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-Dspark.master.rest.enabled=false", "-cp", home.resolve("jars") + "/*", mainClass));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(tmp.resolve(name + ".log").toFile());
        Map<String, String> env = pb.environment();
        env.put("SPARK_HOME", home.toString());
        env.put("SPARK_CONF_DIR", home.resolve("conf").toString());
        env.put("SPARK_SCALA_VERSION", "2.13");   // without it an executor's launch fails: "Cannot find any build directories"
        env.put("SPARK_LOCAL_IP", "127.0.0.1");
        env.put("JAVA_HOME", System.getProperty("java.home"));
        return pb.start();
    }

    private String logs() throws IOException {
        StringBuilder s = new StringBuilder();
        try (var files = Files.list(tmp)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".log")).toList()) s.append("\n== ").append(f.getFileName()).append('\n').append(Files.readString(f));
        }
        return s.toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    /** Workers first, with their executor JVMs (their children), then the master. */
    @AfterEach
    void stopCluster() throws InterruptedException {
        for (Process p : daemons.reversed()) {
            p.descendants().forEach(ProcessHandle::destroy);
            p.destroy();
        }
        for (Process p : daemons) {
            if (!p.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly().waitFor();
            }
        }
    }
}
