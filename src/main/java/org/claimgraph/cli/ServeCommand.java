package org.claimgraph.cli;

import java.util.concurrent.Callable;

import org.claimgraph.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the database with Fuseki until stopped (Ctrl-C).",
                "SPARQL query at /claimgraph/sparql, Graph Store read at /claimgraph/get, VoID at /claimgraph/void, "
                        + "the actor network at /claimgraph/export, the browser page at /claimgraph/ui/, linked data at /id/..., "
                        + "the ontology at /ontology, search at /search.",
                "Read-only unless --user and --password-file enable /claimgraph/update."})
final class ServeCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Mixin
    ServerOptions server;

    @Override
    public Integer call() throws java.io.IOException {
        GraphStore db = store.open();
        server.serve(db);
        return Main.EXIT_OK;
    }
}
