package org.claimgraph.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.sparql.core.Quad;
import org.apache.lucene.store.FSDirectory;

/**
 * A new full-text index written in one go from the quads of a bulk load: the same documents
 * {@link SearchIndex} writes, one per indexed quad, with a large in-memory buffer, where the index's
 * default 16 MB made Lucene write a segment (and merge them) every few thousand quads. The quads are
 * indexed on a thread of its own, so the analysis of their texts runs beside the load's pass over the
 * parts and then beside the sorting of the indexes; at most {@link #QUEUED} batches wait for it.
 */
final class TextIndexBuilder implements AutoCloseable {
    private static final double BUFFER_MB = 256;
    private static final int BATCH = 1024;
    /** Batches handed over and not yet indexed: about 130,000 quads, tens of MB of text. */
    private static final int QUEUED = 128;
    private static final List<Quad> END = List.of();

    private final TextIndex index;
    private final EntityDefinition definition;
    private final BlockingQueue<List<Quad>> queue = new ArrayBlockingQueue<>(QUEUED);
    private final Thread worker;
    private List<Quad> batch = new ArrayList<>(BATCH);
    private volatile RuntimeException failure;

    TextIndexBuilder(Path indexDir) {
        try {
            Files.createDirectories(indexDir);
            index = TextDatasetFactory.createLuceneIndex(FSDirectory.open(indexDir), new TextIndexConfig(SearchIndex.definition()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the text index " + indexDir + ": " + e.getMessage(), e);
        }
        ((TextIndexLucene) index).getIndexWriter().getConfig().setRAMBufferSizeMB(BUFFER_MB);
        definition = index.getDocDef();
        worker = Thread.ofPlatform().name("text-index").daemon().start(this::indexQueued);
    }

    /** Hands the quad over for indexing if its predicate is one the index holds. */
    void add(Quad quad) {
        if (!SearchIndex.INDEXED.contains(quad.getPredicate())) return;
        batch.add(quad);
        if (batch.size() == BATCH) handOver();
    }

    private void handOver() {
        put(batch);
        batch = new ArrayList<>(BATCH);
    }

    private void put(List<Quad> quads) {
        if (failure != null) throw failure;
        try {
            queue.put(quads);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while handing quads to the text index", e);
        }
    }

    /**
     * The worker: indexes batches until the end, then commits (Lucene writes the segment it buffered); after
     * a failure it only drains the batches, so that no hand-over waits forever.
     */
    private void indexQueued() {
        try {
            for (List<Quad> quads = queue.take(); quads != END; quads = queue.take()) {
                if (failure == null) index(quads);
            }
            if (failure == null) index.commit();
        } catch (InterruptedException e) {
            // close() of a load that failed: the index is thrown away
        } catch (RuntimeException e) {
            failure = e;
        }
    }

    private void index(List<Quad> quads) {
        try {
            for (Quad q : quads) {
                Entity e = TextQueryFuncs.entityFromQuad(definition, q);
                if (e != null) index.addEntity(e);
            }
        } catch (RuntimeException e) {
            failure = e;
        }
    }

    /** The last quad has been handed over: the worker indexes what is queued and commits, while the caller goes on. */
    void finish() {
        handOver();
        batch = END;
        put(END);
    }

    /** Waits until the index is committed. */
    void await() {
        try {
            worker.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the text index", e);
        }
        if (failure != null) throw failure;
    }

    @Override
    public void close() {
        worker.interrupt();
        try {
            worker.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        index.close();
    }
}
