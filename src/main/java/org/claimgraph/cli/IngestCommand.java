package org.claimgraph.cli;

import java.util.concurrent.Callable;

import org.claimgraph.pipeline.Pipeline;
import org.claimgraph.store.GraphStore;
import org.claimgraph.store.StoreActors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Extracts files and directories (or - for stdin) into the TDB2 database: one named graph per",
                "document, written in transactions of whole documents. Ingesting a document again replaces its graph."})
final class IngestCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Mixin
    InputOptions inputs;

    @Override
    public Integer call() {
        try (GraphStore db = store.open()) {
            return inputs.batch(Pipeline.standard(StoreActors.directory(db))).ingest(db);
        }
    }
}
