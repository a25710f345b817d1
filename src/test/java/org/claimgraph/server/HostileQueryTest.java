package org.claimgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.claimgraph.doc.Document;
import org.claimgraph.store.GraphStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile queries against a real Fuseki over HTTP: each is answered or refused within the timeout plus
 * 2 s, no thread keeps evaluating after that, and the heap comes back near where it started.
 */
class HostileQueryTest {
    static final long TIMEOUT_MS = 2000;
    static final long GRACE_MS = 2000;
    @TempDir
    static Path dir;
    static GraphStore store;
    static SparqlServer server;
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** The issue's regex: exponential backtracking on 40 a's, hours of matching. */
    static final String REGEX = "SELECT ?m WHERE { BIND(\"" + "a".repeat(40) + "\" AS ?x) BIND(regex(?x, \"^(a+)+\\\\1b$\") AS ?m) }";
    static final String REPLACE = "SELECT ?m WHERE { BIND(\"" + "a".repeat(40) + "\" AS ?x) BIND(replace(?x, \"^(a+)+\\\\1b$\", \"\") AS ?m) }";
    static final String FN_MATCHES = "PREFIX fn: <http://www.w3.org/2005/xpath-functions#> SELECT ?m WHERE { ?s ?p ?o "
            + "BIND(fn:matches(CONCAT(\"" + "a".repeat(40) + "\", STR(?p)), \"^(a+)+\\\\1b$\") AS ?m) }";
    /** Four copies of every triple: about 10^10 rows to count. */
    static final String CARTESIAN = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";

    @BeforeAll
    static void start() {
        store = GraphStore.open(dir.resolve("tdb2"));
        for (Document d : NewsFixture.documents()) store.put(d);
        server = SparqlServer.start(store.dataset(), 0, true, TIMEOUT_MS);
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    static String endpoint() { return "http://127.0.0.1:" + server.port() + SparqlServer.DATASET + "/sparql"; }

    static HttpRequest query(String q) {
        return HttpRequest.newBuilder(URI.create(endpoint())).header("Content-Type", "application/sparql-query")
                .header("Accept", "application/sparql-results+json").POST(HttpRequest.BodyPublishers.ofString(q)).build();
    }

    /** Sends and times; the answer must come within the timeout plus the grace. */
    static HttpResponse<String> timed(HttpRequest r) throws Exception {
        long t0 = System.nanoTime();
        HttpResponse<String> resp = HTTP.sendAsync(r, HttpResponse.BodyHandlers.ofString())
                .get(TIMEOUT_MS + GRACE_MS + 5000, java.util.concurrent.TimeUnit.MILLISECONDS);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(ms <= TIMEOUT_MS + GRACE_MS, r.uri() + " answered " + resp.statusCode() + " after " + ms + " ms");
        return resp;
    }

    /** No server thread is still inside java.util.regex a moment after the answers. */
    static void noThreadMatching() throws InterruptedException {
        Thread.sleep(300);
        for (Map.Entry<Thread, StackTraceElement[]> e : Thread.getAllStackTraces().entrySet()) {
            boolean inRegex = Arrays.stream(e.getValue()).anyMatch(f -> f.getClassName().startsWith("java.util.regex."));
            assertFalse(inRegex, e.getKey().getName() + " still matches a regex: " + Arrays.toString(e.getValue()));
        }
    }

    @Test
    void backtrackingRegexEndsByTheTimeout() throws Exception {
        for (String q : List.of(REGEX, REPLACE, FN_MATCHES)) {
            HttpResponse<String> r = timed(query(q));
            assertTrue(r.statusCode() >= 400, q + " -> " + r.statusCode() + " " + r.body());
        }
        noThreadMatching();
        // An ordinary regex still works.
        HttpResponse<String> ok = timed(query("SELECT ?m ?r WHERE { BIND(regex(\"Springfield\", \"^spring\", \"i\") AS ?m) "
                + "BIND(replace(\"a-b\"@en, \"-\", \"+\") AS ?r) }"));
        assertEquals(200, ok.statusCode(), ok.body());
        assertTrue(ok.body().contains("\"true\""), ok.body());
        assertTrue(ok.body().contains("a+b"), ok.body());
    }

    @Test
    void cartesianProductEndsByTheTimeout() throws Exception {
        HttpResponse<String> r = timed(query(CARTESIAN));
        assertTrue(r.statusCode() >= 400, r.statusCode() + " " + r.body());
    }

    @Test
    void tenMegabyteQueryIsRefusedAtOnce() throws Exception {
        String big = "SELECT * WHERE { ?s ?p ?o } #" + "x".repeat(10_000_000);
        HttpResponse<String> sized = timed(query(big));
        assertEquals(413, sized.statusCode());
        // Chunked: no Content-Length to refuse by, so the limit is counted as the body is read.
        HttpRequest chunked = HttpRequest.newBuilder(URI.create(endpoint())).header("Content-Type", "application/sparql-query")
                .POST(HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofString(big))).build();
        assertEquals(413, timed(chunked).statusCode());
        HttpRequest form = HttpRequest.newBuilder(URI.create(endpoint())).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(big, StandardCharsets.UTF_8))).build();
        assertEquals(413, timed(form).statusCode());
        HttpRequest longGet = HttpRequest.newBuilder(URI.create(endpoint() + "?query="
                + URLEncoder.encode("SELECT * WHERE { ?s ?p ?o } #" + "x".repeat(2_000_000), StandardCharsets.UTF_8))).build();
        int status = timed(longGet).statusCode();
        assertTrue(status == 414 || status == 431, "long GET: " + status);
    }

    @Test
    void aSearchOfTooManyWordsIsA400() throws Exception {
        String words = String.join("+", java.util.Collections.nCopies(1025, "mayor"));
        HttpResponse<String> r = timed(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/search?q=" + words)).build());
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(r.body().contains("at most"), r.body());
        HttpResponse<String> ok = timed(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/search?q=mayor+doe")).build());
        assertEquals(200, ok.statusCode());
    }

    @Test
    void parsingStopsAtTheDeadline() {
        // Jena's parser takes seconds on a long literal (its buffer is copied as it grows).
        String slow = "SELECT * WHERE { BIND(\"" + "a".repeat(900_000) + "\" AS ?x) }";
        assertFalse(GuardedQuery.parsesBefore(slow, Deadline.after(System.nanoTime(), 20)));
        assertTrue(GuardedQuery.parsesBefore("SELECT * WHERE { ?s ?p ?o }", Deadline.after(System.nanoTime(), 5000)));
        assertTrue(GuardedQuery.parsesBefore("SELECT * WHERE { syntax error", Deadline.after(System.nanoTime(), 5000)),
                "a syntax error is left to Fuseki to report");
    }

    @Test
    void sixtyFourHeavyQueriesAreAnsweredOrRefusedInTimeAndTheHeapComesBack() throws Exception {
        long before = heapAfterGc();
        List<CompletableFuture<Long>> all = new ArrayList<>();
        List<Integer> statuses = java.util.Collections.synchronizedList(new ArrayList<>());
        List<String> retryAfter = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < 64; i++) {
            String q = i % 2 == 0 ? CARTESIAN : "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } ORDER BY ?n";
            long t0 = System.nanoTime();
            all.add(HTTP.sendAsync(query(q), HttpResponse.BodyHandlers.ofString()).thenApply(r -> {
                statuses.add(r.statusCode());
                r.headers().firstValue("Retry-After").ifPresent(retryAfter::add);
                return (System.nanoTime() - t0) / 1_000_000;
            }));
        }
        Thread.sleep(200);
        HttpResponse<String> ask = timed(query("ASK { ?s ?p ?o }"));
        assertTrue(ask.statusCode() == 200 || ask.statusCode() == 503, "ASK during saturation: " + ask.statusCode());
        for (CompletableFuture<Long> f : all) {
            long ms = f.get(TIMEOUT_MS + GRACE_MS + 10_000, java.util.concurrent.TimeUnit.MILLISECONDS);
            assertTrue(ms <= TIMEOUT_MS + GRACE_MS, "a heavy query answered after " + ms + " ms");
        }
        assertEquals(64, statuses.size());
        assertTrue(statuses.stream().allMatch(s -> s == 503), "every heavy query times out or is refused: " + statuses);
        assertFalse(retryAfter.isEmpty(), "refusals carry Retry-After");
        noThreadMatching();
        long after = heapAfterGc();
        assertTrue(after < before + 64L * 1024 * 1024, "heap after GC: " + after / 1_000_000 + " MB, before " + before / 1_000_000 + " MB");
        // The server still answers.
        assertEquals(200, timed(query("ASK { ?s ?p ?o }")).statusCode());
    }

    static long heapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
