package org.claimgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.claimgraph.doc.Document;
import org.claimgraph.doc.Iris;
import org.claimgraph.doc.MentionType;
import org.claimgraph.pipeline.Pipeline;
import org.claimgraph.vocab.CG;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The actors of a store: a newly ingested document links to them, whichever document came first. */
class StoreActorsTest {
    private static final String SURNAME_ONLY = "Governor Abenov did not comment on the closure of the bridge on Monday.\n";
    private static final String FULL_NAME = "Regional governor Daulet Abenov opened the new bridge in Aktobe on Friday.\n";

    @Test
    void aPersonFirstNamedBySurnameGetsTheFullNamesIriInEveryOrder(@TempDir Path dir) {
        assertEquals(Set.of(Iris.actor(MentionType.PERSON, "Abenov")), personsAfterIngesting(dir.resolve("alone"), SURNAME_ONLY));
        Set<String> surnameFirst = personsAfterIngesting(dir.resolve("a"), SURNAME_ONLY, FULL_NAME);
        Set<String> fullNameFirst = personsAfterIngesting(dir.resolve("b"), FULL_NAME, SURNAME_ONLY);
        assertEquals(Set.of(Iris.actor(MentionType.PERSON, "Daulet Abenov")), surnameFirst);
        assertEquals(surnameFirst, fullNameFirst);
    }

    @Test
    void aLaterIngestRunStillKnowsTheRenamedPerson(@TempDir Path dir) {
        ingest(dir, SURNAME_ONLY, FULL_NAME);
        ingest(dir, "Governor Abenov later said the bridge would stay open.\n");
        try (GraphStore store = GraphStore.open(dir)) {
            assertEquals(Set.of(Iris.actor(MentionType.PERSON, "Daulet Abenov")), persons(store));
        }
    }

    /** The IRIs of the persons each document graph names, after ingesting the texts in this order. */
    private static Set<String> personsAfterIngesting(Path db, String... texts) {
        ingest(db, texts);
        try (GraphStore store = GraphStore.open(db)) {
            return persons(store);
        }
    }

    private static void ingest(Path db, String... texts) {
        try (GraphStore store = GraphStore.open(db)) {
            Pipeline pipeline = Pipeline.standard(StoreActors.directory(store));
            try (BatchWriter writer = new BatchWriter(store, BatchWriter.DEFAULT_SIZE, (doc, e) -> { throw e; })) {
                for (String text : texts) {
                    Document doc = new Document("t", text);
                    doc.setId(Iris.document(text));
                    writer.add(pipeline.process(doc));
                }
            }
        }
    }

    private static Set<String> persons(GraphStore store) {
        Set<String> iris = new TreeSet<>();
        Txn.executeRead(store.dataset(), () -> store.dataset()
                .find(Node.ANY, Node.ANY, org.apache.jena.vocabulary.RDF.type.asNode(), CG.Person.asNode())
                .forEachRemaining((Quad q) -> iris.add(q.getSubject().getURI())));
        return iris;
    }
}
