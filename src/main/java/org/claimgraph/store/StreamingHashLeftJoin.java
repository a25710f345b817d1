package org.claimgraph.store;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.algebra.OpVars;
import org.apache.jena.sparql.algebra.op.OpLeftJoin;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.engine.iterator.QueryIter1;
import org.apache.jena.sparql.expr.ExprList;

/**
 * OPTIONAL as a hash join that reads the right side into a table once and streams the left rows,
 * extending each left row with its matches. Jena 6.0.0's own hash left join builds each result by
 * copying every variable of the left row into a new row under the right one, so its cost per row grows
 * with the number of fields already joined; a query that adds six optional fields to a few thousand
 * rows spent half its time there. Here the left row is the parent of the result, and only the right
 * row's own variables are added.
 */
final class StreamingHashLeftJoin extends QueryIter1 {
    private final QueryIterator right;
    private final Var key;
    private final ExprList conditions;

    /** Right rows by their value of {@link #key}; read at the first request, not when the plan is made. */
    private Map<Node, List<Binding>> rightByKey;
    /** Right rows without a value for the key: they may match any left row. */
    private final List<Binding> rightWithoutKey = new ArrayList<>();

    private Binding leftRow;
    private Iterator<Binding> candidates;
    private boolean leftRowMatched;
    private Binding pending;

    StreamingHashLeftJoin(OpLeftJoin op, QueryIterator left, QueryIterator right, ExecutionContext execCxt) {
        super(left, execCxt);
        this.right = right;
        this.key = joinKey(op);
        this.conditions = op.getExprs();
    }

    /**
     * A variable both sides can bind, preferring one every left row binds. Any shared variable gives
     * correct answers (each candidate is still checked on every shared variable); a variable the left
     * side always binds keeps the candidates per left row few.
     */
    private static Var joinKey(OpLeftJoin op) {
        Set<Var> rightVars = OpVars.visibleVars(op.getRight());
        for (Var v : OpVars.fixedVars(op.getLeft())) {
            if (rightVars.contains(v)) return v;
        }
        for (Var v : OpVars.visibleVars(op.getLeft())) {
            if (rightVars.contains(v)) return v;
        }
        return null;
    }

    @Override
    protected boolean hasNextBinding() {
        if (pending != null) return true;
        if (rightByKey == null) {
            // Nothing on the left: the right side is not read at all.
            if (!getInput().hasNext()) return false;
            readRight();
        }
        while (true) {
            if (candidates == null) {
                if (!getInput().hasNext()) return false;
                leftRow = getInput().next();
                candidates = candidatesFor(leftRow);
                leftRowMatched = false;
            }
            while (candidates.hasNext()) {
                Binding joined = join(leftRow, candidates.next());
                if (joined != null) {
                    leftRowMatched = true;
                    pending = joined;
                    return true;
                }
            }
            candidates = null;
            if (!leftRowMatched) {
                pending = leftRow;
                return true;
            }
        }
    }

    @Override
    protected Binding moveToNextBinding() {
        if (!hasNextBinding()) throw new NoSuchElementException();
        Binding row = pending;
        pending = null;
        return row;
    }

    private void readRight() {
        rightByKey = new HashMap<>();
        right.forEachRemaining(row -> {
            Node value = key == null ? null : row.get(key);
            if (value == null) rightWithoutKey.add(row);
            else rightByKey.computeIfAbsent(value, k -> new ArrayList<>(1)).add(row);
        });
        right.close();
    }

    private Iterator<Binding> candidatesFor(Binding left) {
        Node value = key == null ? null : left.get(key);
        Iterator<Binding> keyed = value == null
                ? Iter.flatMap(rightByKey.values().iterator(), List::iterator)
                : rightByKey.getOrDefault(value, Collections.emptyList()).iterator();
        return rightWithoutKey.isEmpty() ? keyed : Iter.concat(keyed, rightWithoutKey.iterator());
    }

    /** The left row extended by the right one, or null when they disagree on a variable or fail the conditions. */
    private Binding join(Binding left, Binding rightRow) {
        BindingBuilder joined = Binding.builder(left);
        for (Iterator<Var> vars = rightRow.vars(); vars.hasNext();) {
            Var v = vars.next();
            Node mine = left.get(v);
            Node theirs = rightRow.get(v);
            if (mine == null) joined.add(v, theirs);
            else if (!mine.equals(theirs)) return null;
        }
        Binding row = joined.build();
        return conditions == null || conditions.isSatisfied(row, getExecContext()) ? row : null;
    }

    @Override
    protected void requestSubCancel() {
        right.cancel();
    }

    @Override
    protected void closeSubIterator() {
        right.close();
        rightByKey = null;
        rightWithoutKey.clear();
    }
}
