package org.claimgraph.cli;

import java.io.PrintStream;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.claimgraph.doc.Document;
import org.claimgraph.doc.Printable;
import org.claimgraph.pipeline.BatchRunner;
import org.claimgraph.pipeline.Outcome;
import org.claimgraph.pipeline.Pipeline;
import org.claimgraph.rdf.Provenance;
import org.claimgraph.reader.DocumentReader;
import org.claimgraph.store.BatchWriter;
import org.claimgraph.store.GraphStore;
import org.claimgraph.reader.InputWalker;

/**
 * Runs a batch of inputs through reader and pipeline, hands each document to a sink, names each
 * skipped input on stderr with its reason, and ends with a summary line. A failure in one input
 * never stops the rest.
 */
final class Batch {
    private final PrintStream err;
    private final boolean verbose;
    private final Pipeline pipeline;
    private final DocumentReader reader;
    private final List<String> paths;
    private final int threads;
    private final List<String> skipped = new ArrayList<>();
    private int done;

    Batch(PrintStream err, boolean verbose, DocumentReader reader, Pipeline pipeline, List<String> paths, int threads) {
        this.err = err;
        this.verbose = verbose;
        this.reader = reader;
        this.pipeline = pipeline;
        this.paths = paths;
        this.threads = threads;
    }

    /** Returns the exit status: 0 when every input went in, 1 when some were skipped. */
    int run(String verb, Consumer<Document> sink) {
        return run(verb, sink, () -> {});
    }

    /** As {@link #run(String, Consumer)}, with {@code finish} run before the summary (a last flush). */
    int run(String verb, Consumer<Document> sink, Runnable finish) {
        InputWalker.Expansion expansion = InputWalker.expand(paths);
        for (InputWalker.Rejection r : expansion.rejected()) skip(r.given(), r.reason(), null);
        BatchRunner runner = new BatchRunner(reader, pipeline, threads);
        try (ProgressBar progress = progress(verb, expansion.inputs().size())) {
            runner.run(expansion.inputs().iterator(), outcome -> {
                accept(outcome, sink);
                if (progress != null) progress.step();
            });
        }
        finish.run();
        StringBuilder summary = new StringBuilder().append(done).append(' ').append(verb);
        if (expansion.ignored() > 0) summary.append(", ").append(expansion.ignored()).append(" non-text files ignored");
        if (!skipped.isEmpty()) summary.append(", ").append(skipped.size()).append(" skipped: ").append(String.join(", ", skipped));
        err.println(summary);
        return skipped.isEmpty() ? Main.EXIT_OK : Main.EXIT_SKIPPED;
    }

    /**
     * A progress bar (documents done, documents per second, time left) on stderr when it is a terminal
     * and the batch is long enough to want one; null otherwise, so piped and logged output stays quiet.
     * The launcher tells whether stderr is a terminal: the JVM cannot see it.
     */
    private ProgressBar progress(String verb, int total) {
        if (total < 2 || !"1".equals(System.getenv("CLAIMGRAPH_STDERR_TTY"))) return null;
        return new ProgressBarBuilder().setTaskName(verb)
                .setInitialMax(total).setUnit(" docs", 1).showSpeed().setSpeedUnit(ChronoUnit.SECONDS)
                .setConsumer(new ConsoleProgressBarConsumer(err)).clearDisplayOnFinish().build();
    }

    /** A document the sink accepted but could not keep after all (a failed store write). */
    void failed(Document doc, RuntimeException e) {
        done--;
        skip(doc.input(), e.getMessage() == null ? e.toString() : e.getMessage(), e);
    }

    /** Ingests into the store, {@code docsPerTransaction} documents per transaction, each graph with that provenance. */
    int ingest(GraphStore db, int docsPerTransaction, Provenance provenance) {
        BatchWriter writer = new BatchWriter(db, docsPerTransaction, provenance, this::failed);
        return run("ingested", writer::add, writer::flush);
    }

    private void accept(Outcome outcome, Consumer<Document> sink) {
        if (!outcome.ok()) {
            skip(outcome.input(), outcome.skipped(), outcome.error());
            return;
        }
        try {
            sink.accept(outcome.document());
            done++;
        } catch (RuntimeException e) {
            skip(outcome.input(), e.getMessage() == null ? e.toString() : e.getMessage(), e);
        }
    }

    /** Names and reasons are escaped: a file name with a newline could otherwise forge a summary line. */
    private void skip(String input, String reason, Throwable error) {
        String name = Printable.escape(input), why = Printable.escape(reason);
        err.println("claimgraph: skipped " + name + ": " + why);
        if (verbose && error != null) error.printStackTrace(err);
        skipped.add(name + " (" + why + ")");
    }
}
