package org.claimgraph.server;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The embedded Fuseki server: the dataset at /claimgraph, SPARQL query at /claimgraph/sparql (GET
 * and POST), the Graph Store Protocol read-only at /claimgraph/get, no update. The default graph is
 * the union of the document graphs (set on the dataset by the store).
 */
public final class SparqlServer implements AutoCloseable {
    public static final String DATASET = "/claimgraph";
    public static final long DEFAULT_TIMEOUT_MS = 10_000;

    private final FusekiServer server;

    private SparqlServer(FusekiServer server) {
        this.server = server;
    }

    /** Starts on {@code port} (0 picks a free port), bound to all interfaces unless {@code loopback}. */
    public static SparqlServer start(DatasetGraph dataset, int port, boolean loopback, long timeoutMs) {
        dataset.getContext().set(ARQ.queryTimeout, Long.toString(timeoutMs));
        FusekiServer server = FusekiServer.create()
                .port(port)
                .loopback(loopback)
                .enableCors(true)
                .add(DATASET, dataset, false)
                .build();
        server.start();
        return new SparqlServer(server);
    }

    public int port() { return server.getHttpPort(); }

    public String endpoint(String host) {
        return "http://" + host + ":" + port() + DATASET + "/sparql";
    }

    public void join() { server.join(); }

    @Override
    public void close() { server.stop(); }
}
