package org.claimgraph.cli;

import org.claimgraph.server.SparqlServer;
import org.claimgraph.store.GraphStore;
import picocli.CommandLine.Option;

/** --port and --timeout, shared by serve and up. */
public final class ServerOptions {
    @Option(names = "--port", defaultValue = "3030", description = "HTTP port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--timeout", defaultValue = "10", paramLabel = "SECONDS", description = "Query timeout in seconds (default: ${DEFAULT-VALUE}).")
    double timeoutSeconds;

    @Option(names = "--localhost", description = "Listen on 127.0.0.1 only.")
    boolean localhost;

    /** Starts the server, prints the endpoint, and blocks until the process is stopped. */
    void serve(GraphStore db) {
        SparqlServer s = SparqlServer.start(db.dataset(), port, localhost, Math.round(timeoutSeconds * 1000));
        Runtime.getRuntime().addShutdownHook(new Thread(s::close));
        System.out.println("SPARQL endpoint: " + s.endpoint("localhost"));
        System.out.flush();
        s.join();
    }
}
