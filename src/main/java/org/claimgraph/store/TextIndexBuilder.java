package org.claimgraph.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

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
 * default 16 MB made Lucene write a segment (and merge them) every few thousand quads.
 */
final class TextIndexBuilder implements AutoCloseable {
    private static final double BUFFER_MB = 256;

    private final TextIndex index;
    private final EntityDefinition definition;

    TextIndexBuilder(Path indexDir) {
        try {
            Files.createDirectories(indexDir);
            index = TextDatasetFactory.createLuceneIndex(FSDirectory.open(indexDir), new TextIndexConfig(SearchIndex.definition()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the text index " + indexDir + ": " + e.getMessage(), e);
        }
        ((TextIndexLucene) index).getIndexWriter().getConfig().setRAMBufferSizeMB(BUFFER_MB);
        definition = index.getDocDef();
    }

    /** Indexes the quad if its predicate is one the index holds. */
    void add(Quad quad) {
        if (!SearchIndex.INDEXED.contains(quad.getPredicate())) return;
        Entity e = TextQueryFuncs.entityFromQuad(definition, quad);
        if (e != null) index.addEntity(e);
    }

    void commit() { index.commit(); }

    @Override
    public void close() { index.close(); }
}
