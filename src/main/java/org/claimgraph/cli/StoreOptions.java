package org.claimgraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;

import org.claimgraph.store.GraphStore;
import picocli.CommandLine.Option;

/** --db, shared by the commands that use the TDB2 database. */
public final class StoreOptions {
    @Option(names = "--db", paramLabel = "DIR", description = "TDB2 database directory (default: ${DEFAULT-VALUE}).",
            defaultValue = GraphStore.DEFAULT_DIR)
    Path db;

    /** The database, created when absent: for the commands that write documents into it. */
    GraphStore open() { return GraphStore.open(db); }

    /**
     * The database, which must exist: for the commands that only read or delete. A mistyped --db would
     * otherwise create an empty database there and answer with nothing, as if the documents were not found.
     */
    GraphStore openExisting() {
        if (!Files.isDirectory(db)) {
            throw new IllegalArgumentException("no database at " + db + ": fill one with `claimgraph ingest` (or `claimgraph up`)");
        }
        return open();
    }
}
