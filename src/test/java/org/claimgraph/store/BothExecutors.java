package org.claimgraph.store;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.Query;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.solver.OpExecutorTDB2;

/** A SELECT's rows from the store's own executor or from TDB2's, for tests that compare the two. */
public final class BothExecutors {
    private BothExecutors() {}

    public static List<Binding> ours(DatasetGraph ds, Query query) {
        return rows(ds, query, false);
    }

    public static List<Binding> jenas(DatasetGraph ds, Query query) {
        return rows(ds, query, true);
    }

    private static List<Binding> rows(DatasetGraph ds, Query query, boolean jenas) {
        return Txn.calculateRead(ds, () -> {
            QueryExecBuilder builder = QueryExec.dataset(ds).query(query);
            if (jenas) builder = builder.set(ARQConstants.sysOpExecutorFactory, OpExecutorTDB2.OpExecFactoryTDB);
            try (QueryExec exec = builder.build()) {
                List<Binding> rows = new ArrayList<>();
                // Copied: TDB2's rows read their terms from the store lazily, and callers compare them later.
                exec.select().forEachRemaining(row -> rows.add(Binding.builder().addAll(row).build()));
                return rows;
            }
        });
    }
}
