package org.claimgraph.store;

import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.atlas.logging.Log;
import org.apache.jena.query.Query;
import org.apache.jena.query.SortCondition;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingComparator;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.VariableNotBoundException;
import org.apache.jena.sparql.function.FunctionEnv;

/**
 * ORDER BY's comparison, with each row's sort keys evaluated once. Jena 6.0.0's {@link BindingComparator}
 * evaluates the keys of both rows at every comparison, about 2 n log n times for n rows; for the whole
 * list of numeric claims (2,100 rows, one key) that was a tenth of the query. The order is Jena's:
 * the same rules (an unbound or failing key first, then {@link NodeValue#compareAlways}, reversed when
 * descending, ties broken by the rows' terms).
 */
final class SortKeyCache implements Comparator<Binding> {
    private final List<SortCondition> conditions;
    private final FunctionEnv env;
    /** By identity: the sort compares the very row objects it was given. */
    private final Map<Binding, NodeValue[]> keys = new IdentityHashMap<>();

    SortKeyCache(List<SortCondition> conditions, FunctionEnv env) {
        this.conditions = conditions;
        this.env = env;
    }

    @Override
    public int compare(Binding a, Binding b) {
        NodeValue[] keysA = keysOf(a);
        NodeValue[] keysB = keysOf(b);
        for (int i = 0; i < keysA.length; i++) {
            int order = BindingComparator.compareNodesRaw(keysA[i], keysB[i]);
            if (conditions.get(i).getDirection() == Query.ORDER_DESCENDING) order = -order;
            if (order != 0) return order;
        }
        return BindingComparator.compareBindingsSyntactic(a, b);
    }

    private NodeValue[] keysOf(Binding row) {
        return keys.computeIfAbsent(row, r -> {
            NodeValue[] values = new NodeValue[conditions.size()];
            for (int i = 0; i < values.length; i++) {
                try {
                    values[i] = conditions.get(i).getExpression().eval(r, env);
                } catch (VariableNotBoundException e) {
                    // sorts first, as in Jena
                } catch (ExprEvalException e) {
                    Log.warn(this, e.getMessage());
                }
            }
            return values;
        });
    }
}
