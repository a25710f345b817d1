package org.claimgraph.spark;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.claimgraph.cli.Main;
import org.claimgraph.cli.ProvenanceOptions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code claimgraph spark}: the extraction as a Spark job. The same class is the main class under
 * {@code spark-submit}, which then gives the master and the executors' resources.
 */
@Command(name = "claimgraph spark", mixinStandardHelpOptions = true, version = Main.VERSION,
        description = {"Runs the extraction as an Apache Spark job and writes OUTPUT/part-NNNNN.nq.gz (N-Quads, one named graph per document).",
                "Inputs: files, directories and WARC archives as for extract, or files on a Hadoop file system (hdfs://, s3a:// with its connector). "
                        + "Actor IRIs are those of one `claimgraph extract` run over the same inputs; documents that fail are counted and reported, never fail the job. "
                        + "`claimgraph load --db DIR OUTPUT` then makes a database of the parts."})
public final class SparkCommand implements Callable<Integer> {
    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master: local[N], spark://HOST:PORT, yarn... (default: what spark-submit gives, else local[*]).")
    String master;

    @Option(names = "--output", paramLabel = "DIR", required = true, description = "Output directory (a path or Hadoop URI): absent or empty.")
    String output;

    @Option(names = "--partitions", paramLabel = "N",
            description = "Partitions, one part file each, runs of inputs of about equal bytes (default: twice the cores the job has).")
    int partitions;

    @Mixin
    ProvenanceOptions provenance;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files, directories, WARC archives (.warc, .warc.gz) or Hadoop URIs and globs.")
    List<String> inputs;

    @Override
    public Integer call() {
        Worker.preferJdkStax();
        // Decided before SparkConf, whose creation (Spark's logging and utilities) is a quarter of Spark's start.
        String given = master != null ? master : System.getProperty("spark.master", "local[*]");
        if (given.startsWith("local")) preloadModels();
        try (JavaSparkContext sc = new JavaSparkContext(conf(given))) {
            sc.setLogLevel("WARN");
            double started = sinceStart();
            ExtractionJob.Summary summary = ExtractionJob.run(sc, inputs, output, partitions, provenance.provenance());
            System.err.printf(Locale.ROOT, "%s; Spark was up %.1f s after the command started%n", summary.line(), started);
            return summary.skipped().isEmpty() ? 0 : 1;
        }
    }

    /**
     * The job's configuration on {@code master}. Every default gives way to a setting of the user's (--conf of
     * spark-submit, -Dspark.*): SparkConf reads those first.
     */
    static SparkConf conf(String master) {
        SparkConf conf = new SparkConf().setAppName("claimgraph extract").setIfMissing("spark.ui.enabled", "false")
                .setIfMissing("spark.rdd.compress", "true")
                // The first pass's records (clusters of names, a few KB a document) reach the driver as task results,
                // which it replays and drops as they come: their sum may pass the 1 GiB default.
                .setIfMissing("spark.driver.maxResultSize", "0");
        if (master.startsWith("local")) {
            // One JVM: its RPC and block transfer never carry data between machines, so Java's own sockets serve;
            // Netty's epoll transport first copied its native library to a temporary file and loaded it.
            conf.setIfMissing("spark.io.mode.default", "NIO");
        }
        return conf.setMaster(master);
    }

    /**
     * In local mode the executors are this JVM: their models load while Spark starts, which keeps one core
     * of two busy at most, so the models load on the other. A failure here is the first task's to report.
     */
    private static void preloadModels() {
        Thread.ofPlatform().daemon().name("preload models").start(() -> {
            try {
                Worker.get();
            } catch (RuntimeException e) {
                // the first task calls Worker.get() again and fails with the reason
            }
        });
    }

    /** Seconds since this process started (the launcher's, which runs the JVM in its place), 0 where unknown. */
    private static double sinceStart() {
        return ProcessHandle.current().info().startInstant().map(t -> Duration.between(t, Instant.now()).toMillis() / 1e3).orElse(0.0);
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command; the exit status as claimgraph's: 0 all went in, 1 some skipped, 2 usage or fatal error. */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new SparkCommand());
        cli.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            cmd.getErr().println("claimgraph: " + (ex.getMessage() != null ? ex.getMessage() : ex.toString()));
            return 2;
        });
        cli.setExitCodeExceptionMapper(ex -> 2);
        return cli.execute(args);
    }
}
