package org.claimgraph.server;

import java.util.List;

import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.eclipse.jetty.ee11.servlet.ServletContextHandler;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ForwardedRequestCustomizer;
import org.eclipse.jetty.server.HttpConnectionFactory;

/**
 * The embedded Fuseki server, the one place that builds it. What it serves (README "Publishing"):
 * <ul>
 * <li>{@value #DATASET}/sparql: SPARQL 1.1 query, GET and POST, every standard result format; a GET
 *     without a query returns the SPARQL Service Description. The default graph is the union of
 *     the document graphs (set on the dataset by the store).</li>
 * <li>{@value #DATASET}/get: Graph Store Protocol, read only.</li>
 * <li>{@value #DATASET}/update: SPARQL update, only when started with credentials, behind HTTP Basic
 *     authentication for that one user.</li>
 * <li>{@value #DATASET}/void: the VoID description (also at /.well-known/void).</li>
 * <li>{@value #DATASET}/export?format=graphml|gexf|cytoscape: the actor network.</li>
 * <li>{@value #DATASET}/ui: the browser page (SPARQL editor, actor network, timeline).</li>
 * <li>/id/..., /data/..., /page/..., /ontology, /search: linked data, see {@link LinkedDataServlet};
 *     /ontology/context.jsonld: the JSON-LD context served JSON-LD names.</li>
 * </ul>
 * Every query runs under a timeout; SERVICE calls to other hosts are refused; CORS is on.
 * Hostile input (docs/publishing.md "Limits"): bodies over 1 MiB get 413 ({@link BodyLimit}); requests
 * that query wait in a bounded queue and get 503 when it is full ({@link Admission}); the timeout counts
 * from arrival and covers parsing ({@link GuardedQuery}) and regular expressions ({@link RegexGuard});
 * LOAD reads only allowed hosts ({@link UpdateGuard}); failed logins are logged and slowed ({@link BasicAuth}).
 */
public final class SparqlServer implements AutoCloseable {
    public static final String DATASET = "/claimgraph";
    public static final long DEFAULT_TIMEOUT_MS = 10_000;
    static final String REALM = "claimgraph";

    /**
     * How to serve: {@code port} 0 picks a free port; {@code loopback} listens on 127.0.0.1 only;
     * {@code updateUser} and {@code updatePassword}, both or neither, enable /update for that user.
     */
    public record Settings(int port, boolean loopback, long timeoutMs, String updateUser, String updatePassword,
                           List<String> loadHosts) {
        public Settings {
            if ((updateUser == null) != (updatePassword == null)) {
                throw new IllegalArgumentException("updates need both a user and a password");
            }
            loadHosts = List.copyOf(loadHosts);
        }

        public Settings(int port, boolean loopback, long timeoutMs, String updateUser, String updatePassword) {
            this(port, loopback, timeoutMs, updateUser, updatePassword, List.of());
        }

        public static Settings readOnly(int port, boolean loopback, long timeoutMs) {
            return new Settings(port, loopback, timeoutMs, null, null);
        }

        boolean updates() { return updateUser != null; }
    }

    private final FusekiServer server;

    private SparqlServer(FusekiServer server) {
        this.server = server;
    }

    /** Starts read-only on {@code port} (0 picks a free port). */
    public static SparqlServer start(DatasetGraph dataset, int port, boolean loopback, long timeoutMs) {
        return start(dataset, Settings.readOnly(port, loopback, timeoutMs));
    }

    public static SparqlServer start(DatasetGraph dataset, Settings settings) {
        dataset.getContext().set(ARQ.queryTimeout, Long.toString(settings.timeoutMs()));
        // The server never calls out: a SERVICE clause to another host is refused before any connection.
        dataset.getContext().set(ARQ.httpServiceAllowed, false);
        RegexGuard.install(dataset.getContext());

        DataService.Builder service = DataService.newBuilder(dataset)
                .addEndpoint(Operation.Query, "sparql")
                .addEndpoint(Operation.GSP_R, "get");
        if (settings.updates()) {
            service.addEndpoint(Operation.Update, "update", Auth.policyAllowSpecific(settings.updateUser()));
        }
        // At least 32 may wait: `bench`'s 32 load-test clients, each sending its next query on an answer, queue.
        int running = Admission.defaultRunning(), waiting = Math.max(32, 8 * running);
        FusekiServer.Builder builder = FusekiServer.create()
                .port(settings.port())
                .loopback(settings.loopback())
                .enableCors(true)
                // Threads enough for every admitted request and as many more for refusals and static files.
                .maxServerThreads(2 * (running + waiting) + 8)
                .registerOperation(Operation.Query, new GuardedQuery())
                .add(DATASET, service)
                .addFilter("/*", new BodyLimit())
                .addFilter("/*", new ClientRequests(DATASET + "/sparql"))
                .addFilter("/*", new Admission(running, waiting, settings.timeoutMs()));
        if (settings.updates()) {
            builder.addFilter(DATASET + "/update", new BasicAuth(settings.updateUser(), settings.updatePassword()))
                    .addFilter(DATASET + "/update", new UpdateGuard(settings.loadHosts()));
        }
        builder.addFilter(DATASET + "/sparql", new DatasetDescription.ServiceDescriptionFilter(dataset))
                .addServlet(DATASET + "/void", new DatasetDescription.VoidServlet(dataset))
                .addServlet("/.well-known/void", new DatasetDescription.SeeOtherServlet(DATASET + "/void"))
                .addServlet(DATASET + "/export", new ExportServlet(dataset))
                .addServlet(DATASET + "/ui/*", new UiServlet())
                .addServlet(OntologyServlet.PATH, new OntologyServlet())
                .addServlet(OntologyServlet.CONTEXT_PATH, new OntologyServlet.Context())
                .addServlet("/search", new SearchServlet(dataset))
                .addServlet("", new DatasetDescription.SeeOtherServlet(UiServlet.PATH + "/"));
        LinkedDataServlet linkedData = new LinkedDataServlet(dataset);
        for (String prefix : new String[] {LinkedDataServlet.ID, LinkedDataServlet.DATA, LinkedDataServlet.PAGE}) {
            builder.addServlet(prefix + "*", linkedData);
        }
        FusekiServer server = builder.build();
        // Forms (query=... in a POST) are held to the same size as other bodies.
        server.getJettyServer().getDescendant(ServletContextHandler.class).setMaxFormContentSize(BodyLimit.MAX_BYTES);
        honourProxies(server);
        server.start();
        return new SparqlServer(server);
    }

    /**
     * Behind a TLS proxy the URLs the server writes (VoID, the service description, the JSON-LD
     * context) take the scheme, host and port the proxy was asked for (X-Forwarded-Proto, -Host,
     * -Port). The client's address stays the connection's: X-Forwarded-For and Forwarded (which
     * carries for=) are not read, so no client can claim another's address.
     */
    private static void honourProxies(FusekiServer server) {
        for (Connector c : server.getJettyServer().getConnectors()) {
            HttpConnectionFactory http = c.getConnectionFactory(HttpConnectionFactory.class);
            if (http == null) continue;
            ForwardedRequestCustomizer forwarded = new ForwardedRequestCustomizer();
            forwarded.setForwardedForHeader(null);
            forwarded.setForwardedHeader(null);
            http.getHttpConfiguration().addCustomizer(forwarded);
        }
    }

    public int port() { return server.getHttpPort(); }

    public String endpoint(String host) {
        return "http://" + host + ":" + port() + DATASET + "/sparql";
    }

    public void join() { server.join(); }

    @Override
    public void close() { server.stop(); }
}
