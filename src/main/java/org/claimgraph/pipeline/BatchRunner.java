package org.claimgraph.pipeline;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import org.claimgraph.reader.DocumentReader;
import org.claimgraph.reader.Input;
import org.claimgraph.reader.InputRejected;

/**
 * Reads and processes inputs on several threads and hands the outcomes to one consumer in input
 * order. At most a few documents per thread are in flight, so memory stays flat whatever the corpus
 * size: the corpus is streamed, never held.
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
            Deque<Future<Outcome>> inFlight = new ArrayDeque<>();
            InputTurns turns = new InputTurns();
            long submitted = 0;
            int window = threads * 4;
            while (inputs.hasNext() || !inFlight.isEmpty()) {
                while (inputs.hasNext() && inFlight.size() < window) {
                    Input in = inputs.next();
                    InputTurns.Turn turn = turns.turn(submitted++);
                    inFlight.add(pool.submit(() -> processOne(in, turn)));
                }
                consumer.accept(await(inFlight.poll()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Tasks start in submission order (one FIFO queue), so the input whose turn it is always runs. */
    private Outcome processOne(Input in, InputTurns.Turn turn) {
        try {
            return Outcome.of(pipeline.process(reader.read(in), turn));
        } catch (InputRejected e) {
            return Outcome.skipped(in.given(), e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            return Outcome.failed(in.given(), e);
        } finally {
            turn.end();
        }
    }

    private static Outcome await(Future<Outcome> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }
}
