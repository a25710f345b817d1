package org.claimgraph.cli;

import java.nio.file.Path;

import org.claimgraph.store.GraphStore;
import picocli.CommandLine.Option;

/** --db, shared by the commands that use the TDB2 database. */
public final class StoreOptions {
    @Option(names = "--db", paramLabel = "DIR", description = "TDB2 database directory (default: ${DEFAULT-VALUE}).",
            defaultValue = GraphStore.DEFAULT_DIR)
    Path db;

    GraphStore open() { return GraphStore.open(db); }
}
