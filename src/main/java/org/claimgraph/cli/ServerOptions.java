package org.claimgraph.cli;

import java.io.IOException;
import java.net.BindException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.claimgraph.server.SparqlServer;
import org.claimgraph.store.GraphStore;
import picocli.CommandLine.Option;

/** --port, --timeout, --localhost, the update credentials and LOAD's hosts, shared by serve and up. */
public final class ServerOptions {
    @Option(names = "--port", defaultValue = "3030", description = "HTTP port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--timeout", defaultValue = "10", paramLabel = "SECONDS", description = "Query timeout in seconds (default: ${DEFAULT-VALUE}).")
    double timeoutSeconds;

    @Option(names = "--localhost", description = "Listen on 127.0.0.1 only.")
    boolean localhost;

    @Option(names = "--user", paramLabel = "NAME",
            description = "Enable SPARQL update at /claimgraph/update for this user (HTTP Basic auth; needs --password-file).")
    String user;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "File whose first line is the update user's password (keep it readable by you only).")
    Path passwordFile;

    @Option(names = "--load-host", paramLabel = "HOST",
            description = "A host whose http(s) IRIs SPARQL LOAD may read (repeatable). Without it, LOAD is refused; "
                    + "file: IRIs always are.")
    List<String> loadHosts = new ArrayList<>();

    /** Starts the server, prints the endpoint, and blocks until the process is stopped. */
    void serve(GraphStore db) throws IOException {
        if ((user == null) != (passwordFile == null)) {
            throw new IllegalArgumentException("--user and --password-file go together");
        }
        String password = null;
        if (passwordFile != null) {
            password = Files.readAllLines(passwordFile, StandardCharsets.UTF_8).stream().findFirst().orElse("").strip();
            if (password.isEmpty()) throw new IllegalArgumentException("the password file " + passwordFile + " is empty");
        }
        if (port < 0 || port > 65535) throw new IllegalArgumentException("--port " + port + ": a port is 0 to 65535 (0 picks a free one)");
        SparqlServer s;
        try {
            s = SparqlServer.start(db.dataset(), new SparqlServer.Settings(port, localhost,
                    Math.round(timeoutSeconds * 1000), user, password, loadHosts));
        } catch (RuntimeException e) {  // Jetty's words were "java.io.IOException: Failed to bind to 0.0.0.0/0.0.0.0:3030"
            if (!causedBy(e, BindException.class)) throw e;
            throw new IllegalArgumentException("port " + port + " is in use: choose another with --port (0 picks a free one)", e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(s::close));
        System.out.println("SPARQL endpoint: " + s.endpoint("localhost"));
        System.out.println("Browser page:    http://localhost:" + s.port() + SparqlServer.DATASET + "/ui/");
        if (user != null) System.out.println("SPARQL update:   http://localhost:" + s.port() + SparqlServer.DATASET + "/update (user " + user + ")");
        System.out.flush();
        s.join();
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable c = e; c != null; c = c.getCause()) if (type.isInstance(c)) return true;
        return false;
    }
}
