package org.claimgraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class BigStoreTest {
    @Test
    void theLastChunkIsSizedToTheQuadsStillMissing() {
        assertEquals(200, BigStore.nextChunk(1_000_000, 0, 0), "nothing measured yet: a whole chunk");
        // 400 documents gave 752,000 quads (1,880 each): 248,000 more need 132 documents, not 200.
        assertEquals(132, BigStore.nextChunk(248_000, 400, 752_000));
        assertEquals(1, BigStore.nextChunk(5, 400, 752_000), "a few quads short still adds a document");
        assertEquals(200, BigStore.nextChunk(10_000_000, 400, 752_000), "never more than a chunk at a time");
    }
}
