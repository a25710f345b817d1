package org.claimgraph.cli;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import com.sun.management.OperatingSystemMXBean;
import org.claimgraph.store.BulkLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Bulk-loads N-Quads parts (what `claimgraph spark` writes, or `extract --format nq` saved) into a new TDB2 database "
                + "and its full-text index in one parse, then writes each index from the quads sorted in memory (beyond a third of the heap, in sorted runs on disk beside DIR); "
                + "serve and query then work on it. Progress goes to stderr, one line per step.",
                "The database is built beside DIR and moved into place only when whole: a failed load leaves no database behind. "
                        + "Documents are not re-linked to actors: the parts keep the IRIs they were written with."})
final class LoadCommand implements Callable<Integer> {
    @Option(names = "--db", paramLabel = "DIR", required = true,
            description = "The new database's directory: absent or empty (full-text index in DIR-text).")
    Path db;

    @Option(names = "--verbose", description = "Print stack traces of errors.")
    boolean verbose;

    @Parameters(arity = "1..*", paramLabel = "PART", description = "N-Quads files (.nq, .nq.gz) or folders of them.")
    List<String> parts;

    @Override
    public Integer call() {
        List<Path> files = BulkLoader.parts(parts);
        long start = System.nanoTime();
        BulkLoader.Result result = BulkLoader.load(db, files, stage ->
                System.err.printf(Locale.ROOT, "load: %s (at %.0f s, %.0f CPU-s)%n", stage, (System.nanoTime() - start) / 1e9, cpuSeconds()));
        double seconds = (System.nanoTime() - start) / 1e9;
        System.err.printf(Locale.ROOT, "loaded %,d quads from %d parts into %s in %.1f s (%,.0f quads/s, index included; %.0f CPU-s in this JVM)%n",
                result.quads(), result.parts(), db, seconds, result.quads() / Math.max(seconds, 1e-9), cpuSeconds());
        return Main.EXIT_OK;
    }

    /** CPU time of this JVM so far, all threads. */
    private static double cpuSeconds() {
        return ManagementFactory.getPlatformMXBean(OperatingSystemMXBean.class).getProcessCpuTime() / 1e9;
    }
}
