package org.claimgraph.pipeline;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

import org.claimgraph.doc.Document;
import org.claimgraph.reader.DocumentReader;
import org.claimgraph.reader.Input;
import org.claimgraph.reader.InputRejected;

/**
 * Reads and processes inputs on several threads and hands the outcomes to one consumer in input
 * order. At most a few documents per thread are in flight, so memory stays flat whatever the corpus
 * size: the corpus is streamed, never held.
 * <p>
 * The stages that learn from earlier documents (the actor directory) meet the documents in input
 * order, so a run's IRIs do not depend on thread timing: a document's ordered step starts when both
 * its own earlier stages and the previous document's ordered step are done. No thread waits for
 * that; the step runs on whichever thread finishes last.
 */
public final class BatchRunner {
    private final DocumentReader reader;
    private final Pipeline pipeline;
    private final int threads;

    public BatchRunner(DocumentReader reader, Pipeline pipeline, int threads) {
        this.reader = reader;
        this.pipeline = pipeline;
        this.threads = Math.max(1, threads);
    }

    public static int defaultThreads() { return Runtime.getRuntime().availableProcessors(); }

    public void run(Iterator<Input> inputs, Consumer<Outcome> consumer) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "claimgraph-worker");
            t.setDaemon(true);
            return t;
        });
        try {
            Deque<CompletableFuture<Outcome>> inFlight = new ArrayDeque<>();
            CompletableFuture<Void> previousInOrder = CompletableFuture.completedFuture(null);
            int window = threads * 4;
            while (inputs.hasNext() || !inFlight.isEmpty()) {
                while (inputs.hasNext() && inFlight.size() < window) {
                    Input in = inputs.next();
                    CompletableFuture<Document> before = CompletableFuture.supplyAsync(
                            () -> pipeline.process(read(in), Pipeline.Step.BEFORE_INPUT_ORDER), pool);
                    CompletableFuture<Document> inOrder = before.thenCombine(previousInOrder,
                            (doc, previous) -> pipeline.process(doc, Pipeline.Step.IN_INPUT_ORDER));
                    // The next document's turn comes after this one's, whether this one succeeded or not.
                    previousInOrder = inOrder.handle((doc, error) -> null);
                    inFlight.add(inOrder.thenApplyAsync(doc -> pipeline.process(doc, Pipeline.Step.AFTER_INPUT_ORDER), pool)
                            .handle((doc, error) -> error == null ? Outcome.of(doc) : failed(in, error)));
                }
                consumer.accept(inFlight.poll().join());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private Document read(Input in) {
        try {
            return reader.read(in);
        } catch (InputRejected e) {
            throw new CompletionException(e);
        }
    }

    private static Outcome failed(Input in, Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        if (cause instanceof InputRejected rejected) return Outcome.skipped(in.given(), rejected.getMessage());
        if (cause instanceof RuntimeException || cause instanceof StackOverflowError) return Outcome.failed(in.given(), cause);
        throw new IllegalStateException("processing " + in.given() + " failed", cause);
    }
}
