package org.claimgraph.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.claimgraph.vocab.CG;

/**
 * The full-text index (jena-text over Lucene) of actor names (rdfs:label, skos:altLabel: field
 * {@value #NAME_FIELD}, the default field of {@code text:query}) and assertion content
 * (cg:contentText: field {@value #CONTENT_FIELD}). It lives in its own directory beside the
 * database, {@code DIR-text} for a database in {@code DIR}, and joins TDB2's transactions, so every
 * write through the store's dataset (ingest, remove, SPARQL update) updates it in the same commit.
 * One Lucene document per indexed quad, with a uid so that deletes remove it.
 *
 * <p>A database written without the index (an older claimgraph, a deleted index directory) is
 * noticed when opened: the number of indexed quads in the store and of documents in the index
 * differ, and the index is rebuilt from the store.
 */
public final class SearchIndex {
    public static final String NAME_FIELD = "name";
    public static final String CONTENT_FIELD = "content";
    static final List<Node> INDEXED = List.of(RDFS.label.asNode(), SKOS.altLabel.asNode(), CG.contentText.asNode());

    private SearchIndex() {}

    /** The index directory of the database in {@code db}: its sibling {@code <name>-text}. */
    public static Path directoryFor(Path db) {
        Path abs = db.toAbsolutePath().normalize();
        return abs.resolveSibling(abs.getFileName() + "-text");
    }

    static EntityDefinition definition() {
        EntityDefinition def = new EntityDefinition("uri", NAME_FIELD, RDFS.label.asNode());
        def.set(NAME_FIELD, SKOS.altLabel.asNode());
        def.set(CONTENT_FIELD, CG.contentText.asNode());
        def.setUidField("uid");
        return def;
    }

    /** Wraps the TDB2 dataset so that writes go through the index; rebuilds the index first if stale. */
    static DatasetGraph open(DatasetGraph tdb, Path indexDir) {
        TextIndex index;
        try {
            Files.createDirectories(indexDir);
            index = TextDatasetFactory.createLuceneIndex(FSDirectory.open(indexDir), new TextIndexConfig(definition()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the text index " + indexDir + ": " + e.getMessage(), e);
        }
        if (indexedQuads(tdb) != documents(((TextIndexLucene) index).getDirectory())) rebuild(tdb, index);
        return TextDatasetFactory.create(tdb, new WriterBoundTextIndex(index), true);
    }

    private static long indexedQuads(DatasetGraph tdb) {
        return Txn.calculateRead(tdb, () -> {
            long n = 0;
            for (Node p : INDEXED) {
                for (Iterator<Quad> it = tdb.find(Node.ANY, Node.ANY, p, Node.ANY); it.hasNext(); ) {
                    if (it.next().getObject().isLiteral()) n++;
                }
            }
            return n;
        });
    }

    private static long documents(Directory dir) {
        try (DirectoryReader reader = DirectoryReader.open(dir)) {
            return reader.numDocs();
        } catch (IndexNotFoundException e) {
            return -1;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void rebuild(DatasetGraph tdb, TextIndex index) {
        EntityDefinition def = index.getDocDef();
        try {
            ((TextIndexLucene) index).getIndexWriter().deleteAll();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Txn.executeRead(tdb, () -> {
            for (Node p : INDEXED) {
                for (Iterator<Quad> it = tdb.find(Node.ANY, Node.ANY, p, Node.ANY); it.hasNext(); ) {
                    Entity e = TextQueryFuncs.entityFromQuad(def, it.next());
                    if (e != null) index.addEntity(e);
                }
            }
        });
        index.commit();
    }
}
