package org.claimgraph.cli;

import java.util.concurrent.Callable;

import org.claimgraph.pipeline.Pipeline;
import org.claimgraph.store.BatchWriter;
import org.claimgraph.store.GraphStore;
import org.claimgraph.store.StoreActors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Extracts files and directories (or - for stdin) into the TDB2 database, one named graph per document.",
                "Documents are written in transactions of whole documents; ingesting a document again replaces its graph."})
final class IngestCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Mixin
    InputOptions inputs;

    @Mixin
    ProvenanceOptions provenance;

    @Option(names = "--docs-per-transaction", paramLabel = "N",
            description = "Documents written in one transaction (default: ${DEFAULT-VALUE}). More is faster and smaller "
                    + "on disk; fewer shows documents to queries sooner and loses less to a crash.")
    int docsPerTransaction = BatchWriter.DEFAULT_SIZE;

    @Override
    public Integer call() {
        if (docsPerTransaction < 1) throw new ParameterException(spec.commandLine(), "--docs-per-transaction must be at least 1");
        try (GraphStore db = store.open()) {
            return inputs.batch(() -> Pipeline.standard(StoreActors.directory(db))).ingest(db, docsPerTransaction, provenance.provenance());
        }
    }
}
