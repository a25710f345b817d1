package org.claimgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.claimgraph.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ingest, remove and query against a real TDB2 database in a temporary directory. */
class StoreCommandsTest {
    private static final String COUNT = "SELECT (COUNT(*) AS ?triples) (COUNT(DISTINCT ?g) AS ?graphs) WHERE { GRAPH ?g { ?s ?p ?o } }";

    @Test
    void ingestTwiceReplacesRemoveDeletesOneDocument(@TempDir Path dir) {
        String db = dir.resolve("tdb2").toString();
        CliRun first = CliRun.of("ingest", "--db", db, TestData.seeds().toString());
        assertEquals(0, first.status(), first.err());
        assertTrue(first.err().contains("5 ingested"), first.err());
        String before = count(db);
        assertTrue(before.contains("5"), before);

        CliRun again = CliRun.of("ingest", "--db", db, TestData.seed("001").toString());
        assertEquals(0, again.status(), again.err());
        assertEquals(before, count(db), "re-ingesting replaces the document's graph, never duplicates it");

        String iri = firstColumn(CliRun.of("query", "--db", db, "--format", "csv", "--query",
                "PREFIX cg: <https://w3id.org/claimgraph/ontology#> PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> "
                        + "SELECT ?d WHERE { ?d a cg:Document ; cg:inputPath ?p FILTER(CONTAINS(?p, \"000_\")) }").out());
        CliRun remove = CliRun.of("remove", "--db", db, iri);
        assertEquals(0, remove.status(), remove.err());
        String after = count(db);
        assertTrue(after.contains(",4"), after);
        assertEquals(Main.EXIT_SKIPPED, CliRun.of("remove", "--db", db, iri).status(), "removing twice says it is not there");
    }

    @Test
    void queryFormats(@TempDir Path dir) {
        String db = dir.resolve("tdb2").toString();
        CliRun.of("ingest", "--db", db, TestData.seed("004").toString());
        String q = "PREFIX cg: <https://w3id.org/claimgraph/ontology#> SELECT ?d WHERE { ?d a cg:Document }";
        assertTrue(CliRun.of("query", "--db", db, "--format", "json", "--query", q).out().contains("\"bindings\""));
        assertTrue(CliRun.of("query", "--db", db, "--format", "table", "--query", q).out().contains("| d "));
        CliRun bad = CliRun.of("query", "--db", db, "--query", "SELEKT nothing");
        assertEquals(Main.EXIT_FATAL, bad.status());
        assertTrue(bad.err().startsWith("claimgraph: "), bad.err());
    }

    private static String count(String db) {
        CliRun run = CliRun.of("query", "--db", db, "--format", "csv", "--query", COUNT);
        assertEquals(0, run.status(), run.err());
        return run.out().strip().split("\r?\n")[1];
    }

    private static String firstColumn(String csv) {
        return csv.strip().split("\r?\n")[1].split(",")[0];
    }
}
