package org.claimgraph.store;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;
import org.claimgraph.doc.Document;
import org.claimgraph.rdf.Provenance;

/**
 * Writes documents to the store a group at a time, each group in one transaction. Each document is
 * written into the open transaction as it arrives, so the writing thread takes one document's write
 * between the documents it waits for and extraction never stalls behind a whole group's write; the
 * commit comes after {@code size} documents. When a write or a commit fails, the group's transaction
 * is aborted and its documents are written again one by one, so that only the document at fault is
 * lost, and named.
 *
 * <p>TDB2 transactions belong to a thread: one writer is used by one thread.
 */
public final class BatchWriter implements AutoCloseable {
    /**
     * Documents per transaction: enough to share the commit's cost and TDB2's copy-on-write of index blocks
     * (1,000 articles took 2.1 GB on disk at 32 per transaction, 0.8 GB at 256), few enough to lose little
     * on a crash.
     */
    public static final int DEFAULT_SIZE = 256;

    private final GraphStore store;
    private final DatasetGraph dataset;
    private final int size;
    private final Provenance provenance;
    private final BiConsumer<Document, RuntimeException> onFailure;
    private final List<Document> pending = new ArrayList<>();

    /** A writer of graphs with full provenance. */
    public BatchWriter(GraphStore store, int size, BiConsumer<Document, RuntimeException> onFailure) {
        this(store, size, Provenance.FULL, onFailure);
    }

    public BatchWriter(GraphStore store, int size, Provenance provenance, BiConsumer<Document, RuntimeException> onFailure) {
        this.store = store;
        this.dataset = store.dataset();
        this.size = size;
        this.provenance = provenance;
        this.onFailure = onFailure;
    }

    public void add(Document doc) {
        if (pending.isEmpty()) dataset.begin(TxnType.WRITE);
        pending.add(doc);
        try {
            store.write(doc, provenance);
        } catch (RuntimeException e) {
            writeAlone();
            return;
        }
        if (pending.size() >= size) flush();
    }

    /** Commits the open group, if any. */
    public void flush() {
        if (pending.isEmpty()) return;
        try {
            dataset.commit();
            dataset.end();
            pending.clear();
        } catch (RuntimeException e) {
            writeAlone();
        }
    }

    /** Gives up the group's transaction and writes its documents again, each in a transaction of its own. */
    private void writeAlone() {
        if (dataset.isInTransaction()) {
            dataset.abort();
            dataset.end();
        }
        List<Document> group = List.copyOf(pending);
        pending.clear();
        for (Document doc : group) {
            try {
                store.put(doc, provenance);
            } catch (RuntimeException e) {
                onFailure.accept(doc, e);
            }
        }
    }

    @Override
    public void close() { flush(); }
}
