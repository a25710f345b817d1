package org.claimgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.claimgraph.doc.Document;
import org.claimgraph.doc.Iris;
import org.claimgraph.doc.ReaderComment;
import org.claimgraph.doc.Span;
import org.claimgraph.server.NewsFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Grouped writes: whole groups commit together, and a document that cannot be written costs only itself. */
class BatchWriterTest {
    @Test
    void aDocumentThatFailsIsNamedAndTheRestOfItsGroupIsKept(@TempDir Path dir) {
        List<Document> good = NewsFixture.documents();
        Document bad = new Document("bad.txt", "A short text.");
        bad.setId(Iris.document(bad.text()));
        bad.comments().add(new ReaderComment(new Span(0, 500), "someone", null, -1)); // past the end of the text
        List<String> failed = new ArrayList<>();
        try (GraphStore store = GraphStore.open(dir.resolve("tdb2"))) {
            try (BatchWriter writer = new BatchWriter(store, 10, (doc, e) -> failed.add(doc.input()))) {
                writer.add(good.get(0));
                writer.add(bad);
                writer.add(good.get(1));
            }
            assertEquals(List.of("bad.txt"), failed);
            assertTrue(store.contains(good.get(0).id()));
            assertTrue(store.contains(good.get(1).id()));
            assertFalse(store.contains(bad.id()));
        }
    }

    @Test
    void aGroupBecomesVisibleToOtherThreadsWhenItCommits(@TempDir Path dir) throws Exception {
        List<Document> docs = NewsFixture.documents();
        try (GraphStore store = GraphStore.open(dir.resolve("tdb2"));
             BatchWriter writer = new BatchWriter(store, 2, (doc, e) -> { throw e; })) {
            writer.add(docs.get(0));
            assertFalse(seenByAnotherThread(store, docs.get(0).id()), "half a group is not visible");
            writer.add(docs.get(1));
            assertTrue(seenByAnotherThread(store, docs.get(0).id()), "a full group commits");
        }
    }

    private static boolean seenByAnotherThread(GraphStore store, String iri) throws InterruptedException {
        boolean[] seen = new boolean[1];
        Thread t = new Thread(() -> seen[0] = store.contains(iri));
        t.start();
        t.join();
        return seen[0];
    }
}
