package org.claimgraph.bench;

import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.claimgraph.pipeline.BatchRunner;
import org.claimgraph.pipeline.Pipeline;
import org.claimgraph.queries.QueryLibrary;
import org.claimgraph.reader.DocumentReader;
import org.claimgraph.reader.Input;
import org.claimgraph.server.SparqlServer;
import org.claimgraph.store.BatchWriter;
import org.claimgraph.store.GraphStore;

/**
 * The server under load while it is written to: Fuseki serves the store on 127.0.0.1 while an ingest
 * writes new documents into the same store in this JVM (TDB2: one writer, readers in parallel), and
 * N clients send the library's queries over HTTP for a fixed time, each waiting for its answer before
 * sending the next. Counts every request, error and answer slower than the server's timeout, and the
 * heap after garbage collection at the start, the middle and the end.
 */
final class LoadTest {
    record Result(int clients, double seconds, long requests, Stats latency, Map<String, Stats> perQuery, long errors,
                  long overTimeout, List<String> errorSamples, long ingested, long heapStart, long heapMiddle,
                  long heapEnd, long heapMaxAfterGc, long heapAfter) {
        double requestsPerSecond() { return requests / seconds; }
    }

    /** One query as sent over HTTP: the library query's name and the SPARQL text, its parameter bound or not. */
    record Request(String query, String sparql) {}

    /** The value rotation of each parameterized query: its first parameter bound to each of this many heaviest values. */
    static final int VALUES_PER_QUERY = 8;

    private LoadTest() {}

    /**
     * What the clients send: each query without parameters as it is, each query with one bound in turn to
     * the {@value #VALUES_PER_QUERY} values with the most solutions, as analysts ask it.
     */
    static List<Request> requests(List<QueryLibrary.Named> library, DatasetGraph ds) {
        List<Request> out = new ArrayList<>();
        for (QueryLibrary.Named q : library) {
            if (q.parameters().isEmpty()) {
                out.add(new Request(q.name(), q.text()));
                continue;
            }
            for (Query bound : QueryBench.boundToHeaviest(q, ds, VALUES_PER_QUERY).values()) {
                out.add(new Request(q.name(), bound.serialize()));
            }
        }
        return out;
    }

    static Result run(GraphStore store, Pipeline pipeline, List<Path> newDocuments, List<Request> queries,
                      int clients, int seconds, long timeoutMs, int ingestThreads, PrintStream progress) throws InterruptedException {
        System.gc();
        long heapStart = HeapWatch.usedNow();
        try (HeapWatch heap = new HeapWatch();
             SparqlServer server = SparqlServer.start(store.dataset(), 0, true, timeoutMs)) {
            String base = "http://127.0.0.1:" + server.port() + SparqlServer.DATASET + "/sparql?query=";
            List<URI> uris = queries.stream().map(q -> URI.create(base + URLEncoder.encode(q.sparql(), StandardCharsets.UTF_8))).toList();
            AtomicBoolean stop = new AtomicBoolean();
            AtomicLong ingested = new AtomicLong();
            Thread ingest = startIngest(store, pipeline, newDocuments, ingestThreads, stop, ingested);

            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5)).build();
            long t0 = System.nanoTime();
            Tally tally = new Tally(queries, timeoutMs, t0 + seconds * 1_000_000_000L);
            List<Thread> threads = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int client = c;
                threads.add(Thread.ofPlatform().name("bench-client-" + c).start(() -> tally.client(client, http, uris)));
            }
            long middle = seconds * 500L;
            Thread.sleep(middle);
            long heapMiddle = heap.afterGcAt(middle);
            for (Thread t : threads) t.join();
            double elapsed = (System.nanoTime() - t0) / 1e9;
            long heapEnd = heap.afterGcAt(Long.MAX_VALUE);
            stop.set(true);
            ingest.join();
            progress.printf("load: %d clients done; ingest stopped after %,d documents%n", clients, ingested.get());

            List<long[]> all = tally.all();
            long heapMax = heap.maxAfterGc();
            System.gc();
            return new Result(clients, elapsed, all.size(), Stats.of(all.stream().mapToLong(s -> s[1]).toArray()), tally.perQuery(all),
                    tally.errors.get(), tally.overTimeout.get(), List.copyOf(tally.errorSamples), ingested.get(), heapStart, heapMiddle,
                    heapEnd, heapMax, HeapWatch.usedNow());
        }
    }

    /** Writes the documents in grouped transactions, as `claimgraph ingest` does, until told to stop. */
    private static Thread startIngest(GraphStore store, Pipeline pipeline, List<Path> documents, int threads, AtomicBoolean stop,
                                      AtomicLong ingested) {
        return Thread.ofPlatform().name("bench-ingest").start(() -> {
            try (BatchWriter writer = new BatchWriter(store, BatchWriter.DEFAULT_SIZE, (doc, e) -> { throw e; })) {
                new BatchRunner(new DocumentReader(), pipeline, threads).run(cycle(documents, stop), outcome -> {
                    if (outcome.ok()) {
                        writer.add(outcome.document());
                        ingested.incrementAndGet();
                    }
                });
            }
        });
    }

    /** The clients' answers: each client's (query index, nanoseconds) samples, errors, and answers past the timeout. */
    private static final class Tally {
        private final List<Request> queries;
        private final long timeoutMs;
        private final long deadline;
        private final Map<Integer, List<long[]>> samples = new ConcurrentHashMap<>();
        private final AtomicLong errors = new AtomicLong();
        private final AtomicLong overTimeout = new AtomicLong();
        private final List<String> errorSamples = Collections.synchronizedList(new ArrayList<>());

        Tally(List<Request> queries, long timeoutMs, long deadline) {
            this.queries = queries;
            this.timeoutMs = timeoutMs;
            this.deadline = deadline;
        }

        /** One client: the queries in turn from its own place in the list, each after the last one's answer. */
        void client(int client, HttpClient http, List<URI> uris) {
            List<long[]> mine = new ArrayList<>();
            samples.put(client, mine);
            for (int i = client; System.nanoTime() < deadline; i++) {
                int q = i % uris.size();
                HttpRequest req = HttpRequest.newBuilder(uris.get(q)).header("Accept", "application/sparql-results+json")
                        .timeout(Duration.ofMillis(timeoutMs + 5_000)).GET().build();
                long s = System.nanoTime();
                String failure;
                try {
                    failure = send(http, req, queries.get(q).query());
                } catch (InterruptedException e) {
                    return;
                }
                long d = System.nanoTime() - s;
                if (d > timeoutMs * 1_000_000L && failure == null) overTimeout.incrementAndGet();
                if (failure != null) {
                    errors.incrementAndGet();
                    if (errorSamples.size() < 5) errorSamples.add(failure);
                }
                mine.add(new long[] {q, d});
            }
        }

        /** Null when answered; else what went wrong. */
        private String send(HttpClient http, HttpRequest req, String query) throws InterruptedException {
            try {
                HttpResponse<Void> r = http.send(req, HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 503) overTimeout.incrementAndGet(); // Fuseki's answer to a query past its timeout
                return r.statusCode() == 200 ? null : "HTTP " + r.statusCode() + " for " + query;
            } catch (HttpTimeoutException e) {
                overTimeout.incrementAndGet();
                return "client timeout for " + query;
            } catch (java.io.IOException e) {
                return e + " for " + query;
            }
        }

        List<long[]> all() {
            List<long[]> all = new ArrayList<>();
            samples.values().forEach(all::addAll);
            return all;
        }

        Map<String, Stats> perQuery(List<long[]> all) {
            Map<String, Stats> perQuery = new TreeMap<>();
            for (String name : queries.stream().map(Request::query).distinct().toList()) {
                perQuery.put(name, Stats.of(all.stream().filter(s -> queries.get((int) s[0]).query().equals(name)).mapToLong(s -> s[1]).toArray()));
            }
            return perQuery;
        }
    }

    /** The documents over and over (each pass replaces the graphs of the last) until told to stop. */
    private static Iterator<Input> cycle(List<Path> files, AtomicBoolean stop) {
        return new Iterator<>() {
            int next;

            @Override
            public boolean hasNext() { return !stop.get() && !files.isEmpty(); }

            @Override
            public Input next() {
                if (!hasNext()) throw new NoSuchElementException();
                Path f = files.get(next++ % files.size());
                return new Input(f.toString(), f);
            }
        };
    }
}
