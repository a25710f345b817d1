package org.claimgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.claimgraph.doc.Document;
import org.claimgraph.rdf.Provenance;
import org.claimgraph.server.NewsFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The full-text index beside the database: kept current by writes, rebuilt when missing or stale. */
class SearchIndexTest {
    static final String PREFIXES = "PREFIX text: <http://jena.apache.org/text#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
            + "PREFIX cg: <https://w3id.org/claimgraph/ontology#> PREFIX prov: <http://www.w3.org/ns/prov#> ";

    static List<String> subjects(GraphStore store, String textQuery) {
        return Txn.calculateRead(store.dataset(), () -> {
            List<String> out = new ArrayList<>();
            try (QueryExec qe = QueryExec.dataset(store.dataset()).query(PREFIXES
                    + "SELECT DISTINCT ?s WHERE { ?s text:query " + textQuery + " } ORDER BY ?s").build()) {
                qe.select().forEachRemaining(b -> out.add(b.get("s").getURI()));
            }
            return out;
        });
    }

    @Test
    void indexFollowsIngestAndRemoveAndIsRebuiltWhenMissing(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("tdb2");
        Path index = SearchIndex.directoryFor(db);
        assertEquals(dir.resolve("tdb2-text").toAbsolutePath(), index);
        List<Document> docs = NewsFixture.documents();
        try (GraphStore store = GraphStore.open(db)) {
            for (Document d : docs) store.put(d);
            assertEquals(List.of(NewsFixture.MAYOR), subjects(store, "(rdfs:label 'jane')"));
            assertEquals(List.of(NewsFixture.COUNCIL), subjects(store, "'council'"), "aliases are in the name field");
            assertEquals(1, subjects(store, "(cg:contentText 'housing')").size());
            assertTrue(store.remove(docs.get(1).id()));
            assertEquals(List.of(), subjects(store, "(cg:contentText 'housing')"), "removing a document removes it from the index");
        }
        try (Stream<Path> files = Files.walk(index)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
        try (GraphStore store = GraphStore.open(db)) {
            assertEquals(List.of(NewsFixture.CHAIRMAN), subjects(store, "(rdfs:label 'roe')"), "index rebuilt from the store");
            // A search that finds nothing followed by a pattern of several triples (TDB2 used to fail there).
            List<String> none = Txn.calculateRead(store.dataset(), () -> {
                List<String> out = new ArrayList<>();
                try (QueryExec qe = QueryExec.dataset(store.dataset()).query(PREFIXES
                        + "SELECT ?a WHERE { ?a text:query (cg:contentText 'nothingmatches') . ?a cg:contentText ?c ; prov:wasDerivedFrom ?d }").build()) {
                    qe.select().forEachRemaining(b -> out.add(b.toString()));
                }
                return out;
            });
            assertEquals(List.of(), none);
        }
    }

    /** A read transaction that aborts while an ingest writes must leave the ingest's index entries alone. */
    @Test
    void readAbortDuringWriteKeepsTheWritersEntries(@TempDir Path dir) throws Exception {
        List<Document> docs = NewsFixture.documents();
        try (GraphStore store = GraphStore.open(dir.resolve("tdb2"))) {
            store.dataset().begin(TxnType.WRITE);
            store.write(docs.get(0), Provenance.FULL);
            Thread reader = new Thread(() -> {
                store.dataset().begin(TxnType.READ);
                store.dataset().abort();
                store.dataset().end();
            });
            reader.start();
            reader.join();
            store.write(docs.get(1), Provenance.FULL);
            store.dataset().commit();
            store.dataset().end();
            assertEquals(List.of(NewsFixture.CHAIRMAN), subjects(store, "(rdfs:label 'roe')"), "entry written before the reader's abort");
            assertEquals(1, subjects(store, "(cg:contentText 'housing')").size(), "entry written after it");
        }
    }
}
