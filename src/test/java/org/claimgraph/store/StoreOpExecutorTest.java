package org.claimgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.resultset.ResultsCompare;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The store's executor: patterns that get no input rows give no rows, not Jena 6.0.0's internal error
 * (apache/jena#3763), OPTIONALs joined by hash give exactly the rows of Jena's own hash left join,
 * OPTIONALs looked up row by row give Jena's rows in Jena's order, and ORDER BY gives Jena's order.
 */
class StoreOpExecutorTest {
    private static final String DATA = """
            PREFIX : <http://example.org/>
            GRAPH :g1 {
              :a1 :m 1 ; :p 1, 2 ; :k :k1 .
              :a2 :m 5 ; :p 3 .
              :a3 :m 0 ; :k :k2 .
              :k1 :v "one" .
              :k2 :v "two", "deux" .
            }
            GRAPH :g2 { :b1 :w 7 . :a4 :m 2 ; :p 9 . }
            """;

    @Test
    void aPatternAfterAnEmptyStepGivesNoRows(@TempDir Path dir) {
        try (GraphStore store = storeWith(dir, "PREFIX : <http://example.org/> :doc { :a :p :b }")) {
            // The first step matches nothing; the next pattern has two triples and so is reordered by TDB2.
            List<Binding> rows = BothExecutors.ours(store.dataset(), QueryFactory.create("PREFIX : <http://example.org/> "
                    + "SELECT * WHERE { ?x :absent ?y . FILTER NOT EXISTS { ?x :p true } ?y :p ?z . ?z :p ?w }"));
            assertEquals(0, rows.size());
        }
    }

    /**
     * Jena joins an OPTIONAL by hash ("leftjoin", here {@link StreamingHashLeftJoin}: the same rows, in
     * any order) or looks it up row by row ("conditional", here by the row's node ids: the same rows in
     * the same order).
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        # several matches for some left rows, none for others
        leftjoin    | SELECT * { ?a :m ?m OPTIONAL { SELECT ?a ?p { ?a :p ?p } } }
        conditional | SELECT * { ?a :m ?m OPTIONAL { ?a :p ?p } }
        # inside each graph, as the library's queries ask; a pattern of two quads
        leftjoin    | SELECT * { GRAPH ?g { ?a :m ?m OPTIONAL { SELECT ?a ?p { ?a :p ?p } } } }
        conditional | SELECT * { GRAPH ?g { ?a :m ?m OPTIONAL { ?a :k ?k . ?k :v ?v } } }
        # a condition on both sides' variables
        leftjoin    | SELECT * { ?a :m ?m OPTIONAL { { SELECT ?a ?p { ?a :p ?p } } FILTER (?p > ?m) } }
        # the shared variable is unbound in some left rows: every right row may match those
        leftjoin    | SELECT * { ?a :m ?m OPTIONAL { ?a :k ?k } OPTIONAL { SELECT ?k ?v { ?k :v ?v } } }
        # some right rows do not bind the shared variable: they match every left row
        leftjoin    | SELECT * { ?a :m ?m OPTIONAL { SELECT ?a ?x { { ?a :p ?x } UNION { ?b :w ?x } } } }
        # no shared variable
        leftjoin    | SELECT * { ?a :m ?m OPTIONAL { SELECT ?v { ?k :v ?v } } }
        # two shared variables, the second one disagreeing for some rows
        leftjoin    | SELECT * { ?a :m ?m OPTIONAL { SELECT ?a ?m { ?a :p ?m } } }
        # nothing on the right
        leftjoin    | SELECT * { ?a :m ?m OPTIONAL { SELECT ?a ?z { ?a :absent ?z } } }
        conditional | SELECT * { ?a :m ?m OPTIONAL { ?a :absent ?z } }
        # nothing on the left
        leftjoin    | SELECT * { ?a :absent ?m OPTIONAL { SELECT ?a ?p { ?a :p ?p } } }
        conditional | SELECT * { ?a :absent ?m OPTIONAL { ?a :p ?p } }
        # optional after optional: the left rows have grown, matched or not
        leftjoin    | SELECT * { ?a :m ?m OPTIONAL { SELECT ?a ?p { ?a :p ?p } } OPTIONAL { SELECT ?a ?k { ?a :k ?k } } }
        conditional | SELECT * { GRAPH ?g { ?a :m ?m OPTIONAL { ?a :p ?p } OPTIONAL { ?a :k ?k } } }
        # left rows made by BIND, not read from the store
        conditional | SELECT * { ?a :m ?m BIND (?m + 1 AS ?n) OPTIONAL { ?a :p ?p } }
        # a run of optionals about one subject in its graph, read once: several matches, none, a second
        # subject reached through the first, a pattern of two quads, a field bound by an earlier optional
        conditional | SELECT * { GRAPH ?g { ?a :m ?m OPTIONAL { ?a :p ?p } OPTIONAL { ?a :k ?k } OPTIONAL { ?a :absent ?z } OPTIONAL { ?k :v ?v } } }
        conditional | SELECT * { GRAPH ?g { ?a :m ?m OPTIONAL { ?a :k ?k ; :p ?p } OPTIONAL { ?a :p ?q } OPTIONAL { ?a :m ?n } } }
        conditional | SELECT * { GRAPH ?g { ?a :m ?m OPTIONAL { ?a :p ?p } OPTIONAL { ?a :p ?p ; :k ?k } OPTIONAL { ?a :m ?p } } }
        # the pattern before the run joins it: rows without its fields are dropped (a filter splits the pattern)
        conditional | SELECT * { GRAPH ?g { ?a :m ?m FILTER (?m < 5) ?a :p ?p OPTIONAL { ?a :k ?k } OPTIONAL { ?a :absent ?z } } }
        conditional | SELECT * { GRAPH ?g { ?a :m ?m FILTER (?m < 5) ?a :k ?k ; :p ?p OPTIONAL { ?a :p ?q } OPTIONAL { ?k :v ?v } } }
        # a pattern before the run about another subject stays out of it
        conditional | SELECT * { GRAPH ?g { ?a :m ?m FILTER (?m < 5) ?a :k ?k OPTIONAL { ?k :v ?v } OPTIONAL { ?k :v ?w } } }
        # the run's rows made by BIND, and a graph named by its IRI
        conditional | SELECT * { GRAPH ?g { ?a :m ?m BIND (?m + 1 AS ?n) OPTIONAL { ?a :p ?p } OPTIONAL { ?a :k ?k } } }
        conditional | SELECT * { GRAPH :g1 { ?a :m ?m OPTIONAL { ?a :p ?p } OPTIONAL { ?a :k ?k } OPTIONAL { ?k :v ?v } } }
        """)
    void optionalsGiveJenasRows(String operator, String where, @TempDir Path dir) {
        Query query = QueryFactory.create("PREFIX : <http://example.org/> " + where);
        assertTrue(Algebra.optimize(Algebra.compile(query)).toString().contains("(" + operator),
                "the case must reach the " + operator + " it tests");
        Answers answers = answers(dir, query);
        if (operator.equals("conditional")) assertEquals(answers.jenas(), answers.ours(), "the same rows in the same order");
        else assertTrue(ResultsCompare.equalsByTerm(answers.jenas(), answers.ours()), answers::toString);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // unbound keys sort first; ties fall back to the rows' terms
        "SELECT * { ?a :m ?m OPTIONAL { ?a :k ?k } } ORDER BY ?k",
        "SELECT * { ?a :m ?m OPTIONAL { ?a :k ?k } } ORDER BY DESC(?k) ?m",
        // an expression, and one that fails for some rows (a number and a string do not add)
        "SELECT * { ?s ?p ?o } ORDER BY STR(?o) ?s",
        "SELECT * { ?s ?p ?o } ORDER BY DESC(?o + 1) ?p",
        // every row ties: the order is the rows' terms alone
        "SELECT * { GRAPH ?g { ?s ?p ?o } } ORDER BY (STRLEN(\"same\"))",
    })
    void sortsInJenasOrder(String where, @TempDir Path dir) {
        Answers answers = answers(dir, QueryFactory.create("PREFIX : <http://example.org/> " + where));
        assertTrue(answers.ours().size() > 3, "enough rows to order");
        assertEquals(answers.jenas(), answers.ours(), "rows compare by their terms, in order");
    }

    /** A query's rows on {@link #DATA} by the store's executor and by TDB2's. */
    private record Answers(List<Binding> ours, List<Binding> jenas) {}

    private static Answers answers(Path dir, Query query) {
        try (GraphStore store = storeWith(dir, DATA)) {
            return new Answers(BothExecutors.ours(store.dataset(), query), BothExecutors.jenas(store.dataset(), query));
        }
    }

    private static GraphStore storeWith(Path dir, String trig) {
        GraphStore store = GraphStore.open(dir);
        Txn.executeWrite(store.dataset(), () -> RDFParser.create().fromString(trig).lang(Lang.TRIG)
                .parse(store.dataset()));
        return store;
    }
}
