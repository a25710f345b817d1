package org.claimgraph.bench;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.sparql.core.DatasetGraph;

/** Latency of each library query on a store: a few warm-up runs, then timed runs, each read to its last row. */
final class QueryBench {
    record Result(String query, long rows, Stats latency, String error) {}

    private static final int WARM_UP = 3;
    private static final long TIMEOUT_MS = 60_000;
    /** A query is not run again once it has used this much time, so one slow query cannot stall the bench. */
    private static final long BUDGET_NANOS = 60_000_000_000L;

    private QueryBench() {}

    static List<Result> run(List<QueryLibrary.Named> queries, DatasetGraph ds, int runs) {
        List<Result> results = new ArrayList<>();
        for (QueryLibrary.Named q : queries) results.add(runOne(q, ds, runs));
        return results;
    }

    private static Result runOne(QueryLibrary.Named q, DatasetGraph ds, int runs) {
        long rows = 0;
        long[] nanos = new long[runs];
        int done = 0;
        long spent = 0;
        try {
            for (int i = 0; i < WARM_UP + runs && spent < BUDGET_NANOS; i++) {
                long t = System.nanoTime();
                rows = QueryLibrary.rows(q, ds, TIMEOUT_MS);
                long d = System.nanoTime() - t;
                spent += d;
                if (i >= WARM_UP) nanos[done++] = d;
            }
            if (done == 0) return new Result(q.name(), rows, Stats.of(new long[0]), "over the time budget in warm-up");
            return new Result(q.name(), rows, Stats.of(java.util.Arrays.copyOf(nanos, done)), null);
        } catch (RuntimeException e) {
            return new Result(q.name(), rows, Stats.of(java.util.Arrays.copyOf(nanos, done)), e.toString());
        }
    }
}
