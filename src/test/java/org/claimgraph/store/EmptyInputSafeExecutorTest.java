package org.claimgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Patterns that get no input rows give no rows, not Jena 6.0.0's internal error (apache/jena#3763). */
class EmptyInputSafeExecutorTest {
    @Test
    void aPatternAfterAnEmptyStepGivesNoRows(@TempDir Path dir) {
        try (GraphStore store = GraphStore.open(dir)) {
            Txn.executeWrite(store.dataset(), () -> store.dataset().add(Quad.create(NodeFactory.createURI("urn:doc"),
                    NodeFactory.createURI("urn:a"), NodeFactory.createURI("urn:p"), NodeFactory.createURI("urn:b"))));
            Dataset ds = DatasetFactory.wrap(store.dataset());
            // The first step matches nothing; the next pattern has two triples and so is reordered by TDB2.
            String sparql = "SELECT * WHERE { ?x <urn:absent> ?y . FILTER NOT EXISTS { ?x <urn:p> true } ?y <urn:p> ?z . ?z <urn:p> ?w }";
            long rows = Txn.calculateRead(ds, () -> {
                try (QueryExecution qe = QueryExecution.dataset(ds).query(sparql).build()) {
                    var rs = qe.execSelect();
                    long n = 0;
                    while (rs.hasNext()) {
                        rs.next();
                        n++;
                    }
                    return n;
                }
            });
            assertEquals(0, rows);
        }
    }
}
