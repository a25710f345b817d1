package org.claimgraph.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.syntax.PatternVars;
import org.apache.jena.system.Txn;
import org.claimgraph.TestData;
import org.claimgraph.pipeline.Pipeline;
import org.claimgraph.reader.DocumentReader;
import org.claimgraph.reader.Input;
import org.claimgraph.store.BothExecutors;
import org.claimgraph.store.GraphStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each query of the analysts' library (queries/*.rq) on the seeds, ingested by the real pipeline into
 * a real TDB2 store, returns the rows the articles support. Reader comments never show up.
 */
class QueryLibraryTest {
    @TempDir
    static Path dir;
    static GraphStore store;

    @BeforeAll
    static void ingestSeeds() throws Exception {
        store = GraphStore.open(dir.resolve("tdb2"));
        Pipeline pipeline = Pipeline.standard();
        DocumentReader reader = new DocumentReader();
        try (var seeds = Files.list(TestData.seeds())) {
            for (Path p : seeds.sorted().toList()) store.put(pipeline.process(reader.read(new Input(p.toString(), p))));
        }
        // an invented article with a plain, a negated and a hedged report of a figure
        Path hedged = dir.resolve("hedged.txt");
        Files.writeString(hedged, "Flood toll rises\n\nOSLO, March 3, 2016 - The regional governor said 140 people had died in the floods. "
                + "A police spokesman did not say whether 35 people were still missing. "
                + "The mayor reportedly told aides that 60 houses had collapsed. "
                + "Two officials were accused of taking $4 million in bribes.\n");
        store.put(pipeline.process(reader.read(new Input(hedged.toString(), hedged))));
    }

    @AfterAll
    static void close() { store.close(); }

    private static List<Map<String, String>> run(String file) throws Exception {
        return run(file, Map.of());
    }

    /** The rows of a library query with some of its parameters bound. */
    private static List<Map<String, String>> run(String file, Map<String, String> params) throws Exception {
        QueryLibrary.Named named = QueryLibrary.read(TestData.queries().resolve(file));
        Map<String, Node> values = new HashMap<>();
        params.forEach((k, v) -> values.put(k, QueryLibrary.value(v)));
        Query query = named.bind(values);
        Dataset ds = DatasetFactory.wrap(store.dataset());
        return Txn.calculateRead(ds, () -> {
            List<Map<String, String>> rows = new ArrayList<>();
            try (QueryExecution qe = QueryExecution.create(query, ds)) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) {
                    QuerySolution s = rs.next();
                    Map<String, String> row = new HashMap<>();
                    s.varNames().forEachRemaining(v -> {
                        RDFNode n = s.get(v);
                        row.put(v, n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString());
                    });
                    rows.add(row);
                }
            }
            return rows;
        });
    }

    private static void assertRow(List<Map<String, String>> rows, String what, Predicate<Map<String, String>> row) {
        assertTrue(rows.stream().anyMatch(row), what + " not in " + rows);
    }

    private static boolean has(Map<String, String> row, String var, String value) {
        String v = row.get(var);
        return v != null && v.contains(value);
    }

    private static boolean number(Map<String, String> row, String var, double value) {
        String v = row.get(var);
        return v != null && Double.parseDouble(v) == value;
    }

    /** The store joins OPTIONALs and sorts by its own code; on real data every query must give Jena's rows, in Jena's order. */
    @Test
    void everyQueryGivesTheRowsOfJenasOwnExecutor() {
        for (QueryLibrary.Named named : QueryLibrary.load(TestData.queries())) {
            List<Binding> ours = BothExecutors.ours(store.dataset(), named.query());
            assertFalse(ours.isEmpty(), named.name() + " has rows on the seeds");
            assertEquals(BothExecutors.jenas(store.dataset(), named.query()), ours, named.name() + ": the same rows in the same order");
        }
    }

    @Test
    void numericClaimsWithClaimantAndDate() throws Exception {
        List<Map<String, String>> rows = run("numeric-claims.rq");
        assertRow(rows, "Gerasimov's 54,000 on 2017-11-07", r -> has(r, "claimant", "Gerasimov") && number(r, "value", 54000)
                && has(r, "when", "2017-11-07") && has(r, "counted", "members of illegal armed units"));
        assertRow(rows, "Gerasimov's 70,000 militants", r -> has(r, "claimant", "Gerasimov") && number(r, "value", 70000));
        assertRow(rows, "Putin's 5,000 to 7,000", r -> has(r, "claimant", "Putin") && number(r, "min", 5000) && number(r, "max", 7000));
        assertRow(rows, "Putin's 2015-10 estimate", r -> has(r, "claimant", "Putin") && has(r, "when", "2015-10"));
        assertRow(rows, "Rogachev's 8,000 flights", r -> has(r, "claimant", "Rogachev") && number(r, "value", 8000));
        assertRow(rows, "Putin's 4,000 Russian citizens", r -> has(r, "claimant", "Putin") && number(r, "value", 4000)
                && has(r, "counted", "Russian citizens"));
    }

    /** The list leaves out exactly the figures stated in reader comments, as counted by another idiom. */
    @Test
    void numericClaimsLeaveReaderCommentsOut() throws Exception {
        String prefix = "PREFIX cg: <https://w3id.org/claimgraph/ontology#> ";
        long inComments = count(prefix + "SELECT * { GRAPH ?d { ?a cg:quantity ?q ; cg:inComment true } }");
        long outside = count(prefix + "SELECT * { GRAPH ?d { ?a cg:quantity ?q ; cg:polarity cg:Positive ; cg:certainty cg:Certain ;"
                + " cg:reportTime cg:NonFuture FILTER NOT EXISTS { ?a cg:inComment true } } }");
        assertTrue(inComments > 0, "the seeds' reader comments state figures");
        assertEquals(outside, run("numeric-claims.rq").size());
    }

    /** Figures of negated, uncertain or future reports are left out unless ?hedged is bound, and then marked. */
    @Test
    void figuresOfNegatedOrHedgedReportsOnlyOnRequest() throws Exception {
        List<Map<String, String>> plain = run("numeric-claims.rq");
        assertRow(plain, "the governor's 140 dead", r -> number(r, "value", 140) && !r.containsKey("factuality"));
        assertFalse(plain.stream().anyMatch(r -> number(r, "value", 35) || number(r, "value", 60)), "negated or hedged figures listed: " + plain);
        List<Map<String, String>> all = run("numeric-claims.rq", Map.of("hedged", "true"));
        assertEquals(plain.size() + 2, all.size());
        assertRow(all, "35 missing, not said", r -> number(r, "value", 35) && has(r, "factuality", "negative"));
        assertRow(all, "60 houses, reportedly", r -> number(r, "value", 60) && has(r, "factuality", "probable"));
        for (String q : List.of("figures-by-counted-thing.rq", "conflicting-figures.rq")) {
            assertTrue(run(q, Map.of("hedged", "true")).size() >= run(q).size(), q);
        }
    }

    /** A figure whose report names no claimant (an agentless passive) is listed all the same, its claimant empty. */
    @Test
    void figuresWithoutAClaimantAreListed() throws Exception {
        assertRow(run("numeric-claims.rq"), "the $4 million in bribes, an accusation by no one named",
                r -> number(r, "value", 4000000) && !r.containsKey("claimant"));
    }

    private static long count(String sparql) {
        return BothExecutors.ours(store.dataset(), QueryFactory.create(sparql)).size();
    }

    @Test
    void figuresByCountedThingAndConflicts() throws Exception {
        assertRow(run("figures-by-counted-thing.rq"), "30,000 barrels a day", r -> has(r, "counted", "barrels a day") && number(r, "value", 30000));
        assertRow(run("conflicting-figures.rq"), "30,000 against 40,000-50,000 barrels",
                r -> has(r, "head", "barrels") && has(r, "claims", "30,000") && has(r, "claims", "40,000-50,000")
                        && number(r, "lowest", 30000) && number(r, "highest", 50000));
    }

    @Test
    void actorsWithTheirRoles() throws Exception {
        List<Map<String, String>> rows = run("actor-roles.rq");
        assertRow(rows, "Lavrov, Foreign Minister of Russia", r -> has(r, "actorLabel", "Lavrov") && has(r, "role", "Foreign Minister") && has(r, "inLabel", "Russia"));
        assertRow(rows, "Renzi, Prime Minister of Italy", r -> has(r, "actorLabel", "Renzi") && has(r, "role", "Prime Minister") && has(r, "inLabel", "Italy"));
        assertRow(rows, "Gerasimov, Chief of the General Staff", r -> has(r, "actorLabel", "Gerasimov") && has(r, "role", "General Staff"));
    }

    @Test
    void whoSaidWhatAboutWhom() throws Exception {
        assertRow(run("who-said-what-about.rq"), "Kerry on Assad", r -> has(r, "speakerLabel", "Kerry") && has(r, "aboutLabel", "Assad"));
        assertRow(run("actor-network.rq"), "Gerasimov speaks about the United States",
                r -> has(r, "speakerLabel", "Gerasimov") && has(r, "aboutLabel", "United States"));
    }

    @Test
    void claimsOfAnActorLeaveReaderCommentsOut() throws Exception {
        List<Map<String, String>> rows = run("claims-of-actor.rq");
        assertRow(rows, "Kerry's direct quote", r -> has(r, "speakerLabel", "Kerry") && has(r, "kind", "direct") && has(r, "content", "self-defeating"));
        assertRow(rows, "Lavrov to Radio Russia", r -> has(r, "speakerLabel", "Lavrov") && has(r, "addressee", "Radio Russia"));
        assertFalse(rows.stream().anyMatch(r -> has(r, "content", "Poroshenko") || has(r, "content", "unicorns")),
                "a reader comment's words reached the article's claims");
    }

    @Test
    void aBoundParameterNarrowsTheAnswerToOneActorOrThing() throws Exception {
        List<Map<String, String>> all = run("claims-of-actor.rq");
        String lavrov = all.stream().filter(r -> has(r, "speakerLabel", "Lavrov")).findFirst().orElseThrow().get("actor");
        List<Map<String, String>> his = run("claims-of-actor.rq", Map.of("actor", lavrov));
        assertEquals(all.stream().filter(r -> lavrov.equals(r.get("actor"))).count(), his.size());
        assertTrue(his.size() >= 2 && his.stream().allMatch(r -> lavrov.equals(r.get("actor"))), his.toString());

        List<Map<String, String>> barrels = run("figures-by-counted-thing.rq", Map.of("head", "barrels"));
        assertFalse(barrels.isEmpty());
        assertTrue(barrels.stream().allMatch(r -> has(r, "counted", "barrels")), barrels.toString());

        String us = run("actor-network.rq").stream().filter(r -> has(r, "aboutLabel", "United States")).findFirst().orElseThrow().get("about");
        List<Map<String, String>> around = run("actor-network.rq", Map.of("actor", us));
        assertFalse(around.isEmpty());
        assertTrue(around.stream().allMatch(r -> us.equals(r.get("speaker")) || us.equals(r.get("about"))), around.toString());
    }

    @Test
    void everyDeclaredParameterIsAVariableOfItsQuery() throws Exception {
        List<QueryLibrary.Named> library = QueryLibrary.load(TestData.queries());
        assertTrue(library.stream().anyMatch(q -> !q.parameters().isEmpty()));
        for (QueryLibrary.Named q : library) {
            for (QueryLibrary.Parameter p : q.parameters()) {
                assertTrue(PatternVars.vars(q.query().getQueryPattern()).stream().anyMatch(v -> v.getVarName().equals(p.name())),
                        q.name() + " declares ?" + p.name() + " but does not use it");
                // Bound, it must still be a query an HTTP client can send: the text parses again.
                String sent = q.bind(Map.of(p.name(), QueryLibrary.value("some value"))).serialize();
                assertTrue(QueryFactory.create(sent).toString().contains("some value"), sent);
            }
        }
    }
}
