package org.claimgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.Logger;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Property;
import org.claimgraph.doc.Document;
import org.claimgraph.store.GraphStore;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the update user can and cannot do, over HTTP on a real server started with credentials. */
class UpdateSecurityTest {
    @TempDir
    static Path dir;
    static GraphStore store;
    static SparqlServer server;
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final String GOOD = "editor:s3cret-pw";

    @BeforeAll
    static void start() {
        store = GraphStore.open(dir.resolve("tdb2"));
        for (Document d : NewsFixture.documents()) store.put(d);
        server = SparqlServer.start(store.dataset(),
                new SparqlServer.Settings(0, true, 2000, "editor", "s3cret-pw", List.of("data.example.org")));
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    static String base() { return "http://127.0.0.1:" + server.port(); }

    static HttpResponse<String> update(String body, String authorization) throws Exception {
        return update(server, body, authorization);
    }

    static HttpResponse<String> update(SparqlServer s, String body, String authorization) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.port() + "/claimgraph/update"))
                .header("Content-Type", "application/sparql-update").POST(HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) b.header("Authorization", authorization);
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String basic(String userPassword) {
        return "Basic " + Base64.getEncoder().encodeToString(userPassword.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void loadOfLocalFilesAndOtherHostsIsRefused() throws Exception {
        Path secret = dir.resolve("secret.ttl");
        Files.writeString(secret, "<urn:x:secret> <urn:x:is> \"the server's file\" .\n");
        HttpResponse<String> file = update("LOAD <" + secret.toUri() + "> INTO GRAPH <urn:x:g>", basic(GOOD));
        assertEquals(400, file.statusCode(), file.body());
        assertTrue(file.body().contains("refused"), file.body());
        HttpResponse<String> local = update("LOAD SILENT <http://127.0.0.1:" + server.port() + "/claimgraph/void>", basic(GOOD));
        assertEquals(400, local.statusCode(), local.body());
        HttpResponse<String> ask = HTTP.send(HttpRequest.newBuilder(URI.create(base() + "/claimgraph/sparql?query="
                + java.net.URLEncoder.encode("ASK { <urn:x:secret> ?p ?o }", StandardCharsets.UTF_8)))
                .header("Accept", "text/csv").build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(ask.body().contains("false"), ask.body());
    }

    @Test
    void loadFromAnAllowedHostWorks() throws Exception {
        String docA = NewsFixture.articleA().id();
        try (SparqlServer loader = SparqlServer.start(store.dataset(),
                new SparqlServer.Settings(0, true, 5000, "editor", "s3cret-pw", List.of("127.0.0.1")))) {
            String source = "http://127.0.0.1:" + loader.port() + "/claimgraph/get?graph=" + java.net.URLEncoder.encode(docA, StandardCharsets.UTF_8);
            HttpResponse<String> r = update(loader, "LOAD <" + source + "> INTO GRAPH <urn:x:copy>", basic(GOOD));
            try {
                assertTrue(r.statusCode() == 200 || r.statusCode() == 204, r.statusCode() + " " + r.body());
                HttpResponse<String> ask = HTTP.send(HttpRequest.newBuilder(URI.create(base() + "/claimgraph/sparql?query="
                        + java.net.URLEncoder.encode("ASK { GRAPH <urn:x:copy> { <" + docA + "> ?p ?o } }", StandardCharsets.UTF_8)))
                        .header("Accept", "text/csv").build(), HttpResponse.BodyHandlers.ofString());
                assertTrue(ask.body().contains("true"), ask.body());
            } finally {
                update(loader, "DROP SILENT GRAPH <urn:x:copy>", basic(GOOD));
            }
        }
    }

    @Test
    void aJavascriptIriIsNeverALink() throws Exception {
        String insert = "INSERT DATA { GRAPH <urn:x:same> { <" + NewsFixture.CHAIRMAN + "> "
                + "<http://www.w3.org/2002/07/owl#sameAs> <javascript:alert(document.cookie)> } }";
        HttpResponse<String> ok = update(insert, basic(GOOD));
        assertTrue(ok.statusCode() == 200 || ok.statusCode() == 204, ok.statusCode() + " " + ok.body());
        try {
            String page = HTTP.send(HttpRequest.newBuilder(URI.create(base() + LinkedDataServlet.pageHref(NewsFixture.CHAIRMAN))).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            org.jsoup.nodes.Document html = Jsoup.parse(page);
            assertTrue(page.contains("javascript:alert(document.cookie)"), "the IRI is shown");
            assertTrue(html.select("a[href]").stream().noneMatch(a -> !a.attr("href").startsWith("/") && !a.attr("href").startsWith("http")),
                    "every link is local or http(s): " + html.select("a[href]"));
        } finally {
            update("DROP GRAPH <urn:x:same>", basic(GOOD));
        }
    }

    @Test
    void failedLoginsAreLoggedAndSlowedAndAMalformedHeaderIs401() throws Exception {
        List<String> logged = new ArrayList<>();
        Logger log = (Logger) LogManager.getLogger(BasicAuth.class);
        AbstractAppender appender = new AbstractAppender("test", null, null, true, Property.EMPTY_ARRAY) {
            @Override
            public void append(LogEvent event) { logged.add(event.getMessage().getFormattedMessage()); }
        };
        appender.start();
        log.addAppender(appender);
        // A server of its own: the address it blocks is the tests' too.
        try (SparqlServer own = SparqlServer.start(store.dataset(), new SparqlServer.Settings(0, true, 2000, "editor", "s3cret-pw"))) {
            for (String malformed : List.of("Basic !!!not-base64", "Basic " + Base64.getEncoder().encodeToString("nocolon".getBytes()), "Bearer x")) {
                assertEquals(401, update(own, "CLEAR GRAPH <urn:x:none>", malformed).statusCode(), malformed);
            }
            List<Integer> statuses = new ArrayList<>();
            for (int i = 0; i < 10; i++) statuses.add(update(own, "CLEAR GRAPH <urn:x:none>", basic("editor:guess" + i + "\nforged")).statusCode());
            assertTrue(statuses.contains(429), "repeated failures are slowed down: " + statuses);
            assertTrue(logged.size() >= 5, "failures are logged: " + logged);
            assertTrue(logged.stream().noneMatch(l -> l.contains("\n")), "log lines are escaped: " + logged);
            assertEquals(429, update(own, "CLEAR GRAPH <urn:x:none>", basic(GOOD)).statusCode(), "blocked even with the password");
        } finally {
            log.removeAppender(appender);
        }
        assertFalse(logged.isEmpty());
    }
}
