package org.claimgraph.cli;

import java.util.concurrent.Callable;

import org.claimgraph.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the database with Fuseki until stopped (Ctrl-C): SPARQL query at /claimgraph/sparql,",
                "Graph Store read at /claimgraph/get, read-only."})
final class ServeCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Mixin
    ServerOptions server;

    @Override
    public Integer call() {
        GraphStore db = store.open();
        server.serve(db);
        return Main.EXIT_OK;
    }
}
