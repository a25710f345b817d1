package org.claimgraph.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.claimgraph.rdf.Vocab;

/** SELECT queries the pages and exports run on the store, with claimgraph's prefixes and bound variables. */
final class Sparql {
    static final String PREFIXES = prefixes() + "PREFIX text: <http://jena.apache.org/text#>\n";

    private Sparql() {}

    /** Rows of {@code select} (written without PREFIX lines) with {@code bindings} substituted, in one read transaction. */
    static List<Binding> select(DatasetGraph dataset, String select, Map<String, Node> bindings) {
        BindingBuilder b = BindingBuilder.create();
        bindings.forEach((name, value) -> b.add(Var.alloc(name), value));
        Binding substitution = b.build();
        Deadline deadline = Deadline.current();
        return Txn.calculateRead(dataset, () -> {
            List<Binding> rows = new ArrayList<>();
            QueryExecBuilder builder = QueryExec.dataset(dataset).query(PREFIXES + select).substitution(substitution);
            // In a request, what is left of its timeout; elsewhere the dataset's own.
            if (deadline != null) builder.timeout(deadline.remainingMs(), TimeUnit.MILLISECONDS);
            try (QueryExec exec = builder.build()) {
                RowSet rs = exec.select();
                rs.forEachRemaining(rows::add);
            }
            return rows;
        });
    }

    static List<Binding> select(DatasetGraph dataset, String select) {
        return select(dataset, select, Map.of());
    }

    /** The lexical form of a literal, the IRI of a resource, or null when unbound. */
    static String str(Binding row, String var) {
        Node n = row.get(Var.alloc(var));
        if (n == null) return null;
        return n.isLiteral() ? n.getLiteralLexicalForm() : n.isURI() ? n.getURI() : n.toString();
    }

    static long count(Binding row, String var) {
        String s = str(row, var);
        return s == null ? 0 : Long.parseLong(s);
    }

    private static String prefixes() {
        StringBuilder sb = new StringBuilder();
        Vocab.PREFIXES.getNsPrefixMap().forEach((p, ns) -> sb.append("PREFIX ").append(p).append(": <").append(ns).append(">\n"));
        return sb.toString();
    }
}
