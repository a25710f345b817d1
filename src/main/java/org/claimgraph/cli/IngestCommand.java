package org.claimgraph.cli;

import java.util.List;
import java.util.concurrent.Callable;

import org.claimgraph.pipeline.BatchRunner;
import org.claimgraph.pipeline.Pipeline;
import org.claimgraph.store.GraphStore;
import org.claimgraph.store.StoreActors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Extracts files and directories (or - for stdin) into the TDB2 database: one named graph per",
                "document, each written in its own transaction. Ingesting a document again replaces its graph."})
final class IngestCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Mixin
    ReadOptions read;

    @Option(names = "--threads", description = "Worker threads (default: the number of cores).")
    int threads = BatchRunner.defaultThreads();

    @Option(names = "--verbose", description = "Print stack traces of errors.")
    boolean verbose;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, directories (walked recursively) or - for stdin.")
    List<String> paths;

    @Override
    public Integer call() {
        try (GraphStore db = store.open()) {
            return new Batch(System.err, verbose, read.reader(paths), Pipeline.standard(StoreActors.directory(db))).ingest(paths, threads, db);
        }
    }
}
