package org.claimgraph.store;

import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.algebra.op.OpBGP;
import org.apache.jena.sparql.algebra.op.OpConditional;
import org.apache.jena.sparql.algebra.op.OpFilter;
import org.apache.jena.sparql.algebra.op.OpLeftJoin;
import org.apache.jena.sparql.algebra.op.OpOrder;
import org.apache.jena.sparql.algebra.op.OpQuadPattern;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.iterator.QueryIterDefaulting;
import org.apache.jena.sparql.engine.iterator.QueryIterPeek;
import org.apache.jena.sparql.engine.iterator.QueryIterRepeatApply;
import org.apache.jena.sparql.engine.iterator.QueryIterSingleton;
import org.apache.jena.sparql.engine.iterator.QueryIterSort;
import org.apache.jena.sparql.engine.main.OpExecutorFactory;
import org.apache.jena.tdb2.solver.OpExecutorTDB2;
import org.apache.jena.tdb2.solver.QC2;
import org.apache.jena.tdb2.store.DatasetGraphTDB;

/**
 * TDB2's query executor with four changes:
 * <ul>
 * <li>a fix: Jena 6.0.0 fails a pattern of two or more triples that receives no input rows
 * ("ARQInternalErrorException: Peek iterator is already empty", apache/jena#3763, HTTP 500 from
 * Fuseki) instead of giving no rows. That happens whenever an earlier part of a query matches nothing,
 * e.g. the library's queries on a store without assertions. Here such patterns get no rows;</li>
 * <li>OPTIONALs that Jena joins by hash use {@link StreamingHashLeftJoin}, whose cost per row does
 * not grow with the number of fields already joined;</li>
 * <li>ORDER BY evaluates each row's sort keys once ({@link SortKeyCache});</li>
 * <li>a run of OPTIONALs that Jena joins by index lookups, one per row, inside a named graph, is
 * looked up by the row's node ids in one step when two or more of its patterns ask about one subject,
 * whose quads are then read once ({@link OptionalChain}). Any other such OPTIONAL looks up its quad
 * pattern with the row as TDB2's input instead of rewriting the pattern with the row's terms. Jena's
 * way turns each of the row's node ids into a term, builds and plans a new pattern, and TDB2 turns the
 * terms back into ids: on 10 M quads, 13% of the CPU of figures-by-counted-thing (nine such OPTIONALs) and 20%
 * of conflicting-figures.</li>
 * </ul>
 */
final class StoreOpExecutor extends OpExecutorTDB2 {
    static final OpExecutorFactory FACTORY = StoreOpExecutor::new;

    private StoreOpExecutor(ExecutionContext execCxt) {
        super(execCxt);
    }

    @Override
    protected QueryIterator execute(OpOrder op, QueryIterator input) {
        // Rows that spill to disk come back as new objects: the cache would only grow.
        if (execCxt.getContext().isDefined(ARQ.spillToDiskThreshold)) return super.execute(op, input);
        QueryIterator rows = exec(op.getSubOp(), input);
        return new QueryIterSort(rows, new SortKeyCache(op.getConditions(), execCxt), execCxt);
    }

    @Override
    protected QueryIterator execute(OpLeftJoin op, QueryIterator input) {
        QueryIterator left = exec(op.getLeft(), input);
        QueryIterator right = exec(op.getRight(), root());
        return new StreamingHashLeftJoin(op, left, right, execCxt);
    }

    @Override
    protected QueryIterator execute(OpConditional op, QueryIterator input) {
        OptionalChain.Run run = OptionalChain.Run.of(op);
        if (run != null && execCxt.getDataset() instanceof DatasetGraphTDB tdb && QC2.getFilter(execCxt.getContext()) == null) {
            return new OptionalChain(exec(run.left(), input), run, tdb, execCxt);
        }
        if (!(op.getRight() instanceof OpQuadPattern right)) return super.execute(op, input);
        return new QueryIterRepeatApply(exec(op.getLeft(), input), execCxt) {
            @Override
            protected QueryIterator nextStage(Binding row) {
                QueryIterator matches = StoreOpExecutor.super.execute(right, QueryIterSingleton.create(row, execCxt));
                return new QueryIterDefaulting(matches, row, execCxt);
            }
        };
    }

    @Override
    protected QueryIterator execute(OpBGP op, QueryIterator input) {
        QueryIterPeek peek = QueryIterPeek.create(input, execCxt);
        return peek.hasNext() ? super.execute(op, peek) : peek;
    }

    @Override
    protected QueryIterator execute(OpQuadPattern op, QueryIterator input) {
        QueryIterPeek peek = QueryIterPeek.create(input, execCxt);
        return peek.hasNext() ? super.execute(op, peek) : peek;
    }

    @Override
    protected QueryIterator execute(OpFilter op, QueryIterator input) {
        QueryIterPeek peek = QueryIterPeek.create(input, execCxt);
        return peek.hasNext() ? super.execute(op, peek) : peek;
    }
}
