package org.claimgraph.store;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

import org.claimgraph.doc.Document;

/**
 * Writes documents to the store a few at a time, each group in one transaction. When a group fails,
 * its documents are written one by one so that only the document at fault is lost, and named.
 */
public final class BatchWriter implements AutoCloseable {
    /** Documents per transaction: enough to share the commit's cost, few enough to lose little on a crash. */
    public static final int DEFAULT_SIZE = 32;

    private final GraphStore store;
    private final int size;
    private final BiConsumer<Document, RuntimeException> onFailure;
    private final List<Document> pending = new ArrayList<>();

    public BatchWriter(GraphStore store, int size, BiConsumer<Document, RuntimeException> onFailure) {
        this.store = store;
        this.size = size;
        this.onFailure = onFailure;
    }

    public void add(Document doc) {
        pending.add(doc);
        if (pending.size() >= size) flush();
    }

    public void flush() {
        if (pending.isEmpty()) return;
        try {
            store.putAll(pending);
        } catch (RuntimeException groupFailed) {
            for (Document doc : pending) {
                try {
                    store.put(doc);
                } catch (RuntimeException e) {
                    onFailure.accept(doc, e);
                }
            }
        }
        pending.clear();
    }

    @Override
    public void close() { flush(); }
}
