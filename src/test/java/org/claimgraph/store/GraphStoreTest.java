package org.claimgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.RDF;
import org.claimgraph.doc.Document;
import org.claimgraph.rdf.DocumentGraph;
import org.claimgraph.server.NewsFixture;
import org.claimgraph.vocab.CG;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store's index layout: four quad indexes in a new store, TDB2's six kept in an older one, the same answers from both. */
class GraphStoreTest {
    private static final Set<String> FOUR = Set.of("GSPO", "SPOG", "POSG", "OSPG");
    private static final Set<String> SIX = Set.of("GSPO", "GPOS", "GOSP", "SPOG", "POSG", "OSPG");

    @Test
    void aNewStoreHasFourQuadIndexesAndKeepsThemWhenReopened(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("tdb2");
        try (GraphStore store = GraphStore.open(db)) {
            NewsFixture.documents().forEach(store::put);
        }
        assertEquals(FOUR, quadIndexFiles(db));
        try (GraphStore store = GraphStore.open(db)) {
            Document doc = NewsFixture.documents().get(1);
            assertTrue(store.contains(doc.id()));
            assertEquals(mentionsInMemory(doc), mentionsOf(store.dataset(), doc));
        }
        assertEquals(FOUR, quadIndexFiles(db));
    }

    @Test
    void aPatternThatNamesAGraphAndLeavesItsSubjectOpenFindsWhatTheDocumentHas(@TempDir Path dir) {
        try (GraphStore store = GraphStore.open(dir.resolve("tdb2"))) {
            List<Document> docs = NewsFixture.documents();
            docs.forEach(store::put);
            for (Document doc : docs) {
                Set<String> expected = mentionsInMemory(doc);
                assertFalse(expected.isEmpty(), "the fixture's documents have mentions");
                assertEquals(expected, mentionsOf(store.dataset(), doc), doc.id());
            }
        }
    }

    @Test
    void aStoreMadeWithTdb2sDefaultsKeepsItsSixIndexes(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("tdb2");
        DatasetGraph older = DatabaseMgr.connectDatasetGraph(db.toString());
        Node g = NodeFactory.createURI("https://example.org/older-document");
        Txn.executeWrite(older, () -> older.add(g, g, CG.about.asNode(), g));
        TDBInternal.expel(older);
        assertEquals(SIX, quadIndexFiles(db));

        Document doc = NewsFixture.documents().get(0);
        try (GraphStore store = GraphStore.open(db)) {
            store.put(doc);
            assertTrue(store.contains(g.getURI()));
            assertEquals(mentionsInMemory(doc), mentionsOf(store.dataset(), doc));
        }
        assertEquals(SIX, quadIndexFiles(db));
    }

    /** The document's mentions, asked with its graph named and the subject open (TDB2's GPOS pattern). */
    private static Set<String> mentionsOf(DatasetGraph dataset, Document doc) {
        String query = "SELECT ?m WHERE { GRAPH <" + doc.id() + "> { ?m a <" + CG.Mention.getURI() + "> } }";
        return Txn.calculateRead(dataset, () -> {
            Set<String> found = new TreeSet<>();
            try (QueryExec exec = QueryExec.dataset(dataset).query(query).build()) {
                exec.select().forEachRemaining(row -> found.add(row.get("m").getURI()));
            }
            return found;
        });
    }

    private static Set<String> mentionsInMemory(Document doc) {
        DatasetGraph mem = DatasetGraphFactory.create();
        DocumentGraph.emit(doc, StreamRDFLib.dataset(mem));
        Set<String> found = new TreeSet<>();
        mem.find(Node.ANY, Node.ANY, RDF.type.asNode(), CG.Mention.asNode())
                .forEachRemaining((Quad q) -> found.add(q.getSubject().getURI()));
        return found;
    }

    /** The quad indexes on disk: TDB2 keeps one B+tree file (NAME.bpt) per index in the store's data directory. */
    private static Set<String> quadIndexFiles(Path db) throws Exception {
        Set<String> names = new TreeSet<>();
        try (Stream<Path> data = Files.list(db)) {
            for (Path d : data.filter(Files::isDirectory).toList()) {
                try (Stream<Path> files = Files.list(d)) {
                    files.map(f -> f.getFileName().toString())
                            .filter(n -> n.matches("[GSPO]{4}\\.bpt"))
                            .forEach(n -> names.add(n.substring(0, 4)));
                }
            }
        }
        return names;
    }
}
