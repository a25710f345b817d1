package org.claimgraph.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.expr.aggregate.AggregatorFactory;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.claimgraph.queries.QueryLibrary;

/**
 * Latency of each library query on a store: warm-up runs, then timed runs, each read to its last row.
 * A query with a parameter is timed twice: as the analyst asks it, bound to one value (the value with
 * the most solutions: the heaviest question of its kind), and unbound (the whole answer, for sizing).
 *
 * <p>The latency wanted is a running server's, so each query first runs for {@link #WARM_UP_NANOS}
 * untimed: a JVM that has answered a query a few times is still compiling its path. In a fresh JVM the
 * whole list of numeric claims took 1.2 s the first time; timed after 2 s of warm-up, its p95 was
 * 120-230 ms, and 86-90 ms once the JIT was done, which took 5-10 s.
 */
final class QueryBench {
    /** {@code bound} is null for a query without parameters; {@code boundTo} names the value it was bound to. */
    record Result(String query, String boundTo, Timing bound, Timing whole) {
        /** The timing the target applies to: the analyst's question. */
        Timing asked() { return bound != null ? bound : whole; }
    }

    /** {@code stealShare}: the share of the machine's CPU time its host took while the timed runs ran. */
    record Timing(long rows, Stats latency, double stealShare, String error) {}

    /** Untimed runs of each query last at least this long, and are at least {@link #MIN_WARM_UP}. */
    private static final long WARM_UP_NANOS = 5_000_000_000L;
    private static final int MIN_WARM_UP = 3;
    private static final long TIMEOUT_MS = 60_000;
    /**
     * Warm-up, and then the timed runs, stop once they have used this much time (after one run at least),
     * so one slow query cannot stall the bench.
     */
    private static final long BUDGET_NANOS = 30_000_000_000L;

    private QueryBench() {}

    static List<Result> run(List<QueryLibrary.Named> queries, DatasetGraph ds, int runs) {
        List<Result> results = new ArrayList<>();
        for (QueryLibrary.Named q : queries) {
            Timing whole = time(q.query(), ds, runs);
            if (q.parameters().isEmpty()) {
                results.add(new Result(q.name(), null, null, whole));
                continue;
            }
            String parameter = "?" + q.parameters().getFirst().name();
            Map<Node, Query> heaviest = boundToHeaviest(q, ds, 1);
            if (heaviest.isEmpty()) {
                results.add(new Result(q.name(), parameter + " (no value in the store)", null, whole));
                continue;
            }
            Map.Entry<Node, Query> bound = heaviest.entrySet().iterator().next();
            results.add(new Result(q.name(), parameter + " = " + shortName(bound.getKey()), time(bound.getValue(), ds, runs), whole));
        }
        return results;
    }

    /** The query with its first parameter bound to each of its {@code n} heaviest values, heaviest first. */
    static Map<Node, Query> boundToHeaviest(QueryLibrary.Named q, DatasetGraph ds, int n) {
        String parameter = q.parameters().getFirst().name();
        Map<Node, Query> out = new LinkedHashMap<>();
        for (Node value : topValues(q, ds, n)) out.put(value, q.bind(Map.of(parameter, value)));
        return out;
    }

    /**
     * The {@code n} values of the query's first parameter that the most solutions of its pattern have,
     * most first: the heaviest questions of its kind.
     */
    private static List<Node> topValues(QueryLibrary.Named q, DatasetGraph ds, int n) {
        Var var = Var.alloc(q.parameters().getFirst().name());
        Query count = new Query();
        count.setPrefixMapping(q.query().getPrefixMapping());
        count.setQuerySelectType();
        count.setQueryPattern(q.query().getQueryPattern());
        count.addGroupBy(var);
        count.addResultVar(var);
        Var solutions = Var.alloc("solutions");
        count.addResultVar(solutions, count.allocAggregate(AggregatorFactory.createCount(false)));
        count.addOrderBy(solutions, Query.ORDER_DESCENDING);
        count.addOrderBy(var, Query.ORDER_ASCENDING);
        count.setLimit(n);
        List<Node> out = new ArrayList<>();
        Txn.executeRead(ds, () -> {
            try (QueryExec exec = QueryExec.dataset(ds).query(count).timeout(TIMEOUT_MS, TimeUnit.MILLISECONDS).build()) {
                exec.select().forEachRemaining(row -> {
                    Node v = row.get(var);
                    if (v != null) out.add(v);
                });
            }
        });
        return out;
    }

    /** Runs a SELECT to its last row in a read transaction; returns the number of rows. */
    static long rows(Query query, DatasetGraph ds, long timeoutMs) {
        return Txn.calculateRead(ds, () -> {
            try (QueryExec exec = QueryExec.dataset(ds).query(query).timeout(timeoutMs, TimeUnit.MILLISECONDS).build()) {
                RowSet rs = exec.select();
                long count = 0;
                while (rs.hasNext()) {
                    rs.next();
                    count++;
                }
                return count;
            }
        });
    }

    private static Timing time(Query query, DatasetGraph ds, int runs) {
        long rows = 0;
        long[] nanos = new long[runs];
        int done = 0;
        String error = null;
        Machine.CpuTicks before = Machine.CpuTicks.now();
        try {
            long warmUpStart = System.nanoTime();
            for (int i = 0; i < MIN_WARM_UP || System.nanoTime() - warmUpStart < WARM_UP_NANOS; i++) {
                rows = rows(query, ds, TIMEOUT_MS);
                if (System.nanoTime() - warmUpStart >= BUDGET_NANOS) break;
            }
            long spent = 0;
            before = Machine.CpuTicks.now();
            while (done < runs && spent < BUDGET_NANOS) {
                long t = System.nanoTime();
                rows = rows(query, ds, TIMEOUT_MS);
                long d = System.nanoTime() - t;
                spent += d;
                nanos[done++] = d;
            }
        } catch (RuntimeException e) {
            error = e.toString();
        }
        return new Timing(rows, Stats.of(Arrays.copyOf(nanos, done)), Machine.CpuTicks.now().stealShareSince(before), error);
    }

    /** The last path segment of an IRI, or a literal's text: enough to name the value in a report. */
    static String shortName(Node value) {
        if (value.isURI()) return value.getURI().substring(value.getURI().lastIndexOf('/') + 1);
        return value.isLiteral() ? '"' + value.getLiteralLexicalForm() + '"' : value.toString();
    }
}
