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
        CliRun zero = CliRun.of("ingest", "--db", db, "--docs-per-transaction", "0", TestData.seeds().toString());
        assertEquals(Main.EXIT_FATAL, zero.status(), "a transaction holds at least one document");
        assertTrue(zero.err().contains("--docs-per-transaction must be at least 1"), zero.err());
        CliRun first = CliRun.of("ingest", "--db", db, "--docs-per-transaction", "2", TestData.seeds().toString());
        assertEquals(0, first.status(), first.err());
        assertTrue(first.err().contains("5 ingested"), first.err());
        String before = count(db);
        assertTrue(before.contains("5"), before);

        // The first re-ingest may link a lone first name ("Vladimir") to the one person the later seeds name in full.
        CliRun again = CliRun.of("ingest", "--db", db, TestData.seed("001").toString());
        assertEquals(0, again.status(), again.err());
        String replaced = count(db);
        assertTrue(replaced.endsWith(",5"), replaced);
        CliRun third = CliRun.of("ingest", "--db", db, TestData.seed("001").toString());
        assertEquals(0, third.status(), third.err());
        assertEquals(replaced, count(db), "re-ingesting replaces the document's graph, never duplicates it");

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
        assertTrue(bad.err().startsWith("claimgraph: SPARQL syntax error in --query: "), bad.err());
        assertEquals(1, bad.err().strip().lines().count(), "one line, not Jena's list of expected tokens: " + bad.err());
    }

    @Test
    void aMissingQueryFileIsSaidInOneLine(@TempDir Path dir) {
        String db = dir.resolve("tdb2").toString();
        CliRun noFile = CliRun.of("query", "--db", db, dir.resolve("missing.rq").toString());
        assertEquals(Main.EXIT_FATAL, noFile.status());
        assertEquals("claimgraph: no such file: " + dir.resolve("missing.rq"), noFile.err().strip(), "query has no --verbose to suggest");
    }

    @Test
    void aParamWithoutValueIsAUsageErrorInTwoLines(@TempDir Path dir) {
        CliRun run = CliRun.of("query", "--db", dir.toString(), "--param", "actor", "--query", "SELECT ?actor {}");
        assertEquals(Main.EXIT_FATAL, run.status());
        assertEquals("claimgraph: Invalid value for option '--param' (NAME=VALUE): 'actor' has no '=' (e.g. --param head=citizens)",
                run.err().lines().findFirst().orElse(""), run.err());
        assertEquals(2, run.err().lines().count(), "no usage text after the reason: " + run.err());
    }

    @Test
    void aPortInUseOrOutOfRangeIsSaidInOneLine(@TempDir Path dir) throws Exception {
        String db = dir.resolve("tdb2").toString();
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            CliRun run = CliRun.of("serve", "--db", db, "--localhost", "--port", Integer.toString(taken.getLocalPort()));
            assertEquals(Main.EXIT_FATAL, run.status());
            assertEquals("claimgraph: port " + taken.getLocalPort() + " is in use: choose another with --port (0 picks a free one)",
                    run.err().strip().lines().reduce((a, b) -> b).orElse(""), run.err());
        }
        // Another database: the failed serve above leaves its own open in this JVM (a process would have exited).
        CliRun range = CliRun.of("serve", "--db", dir.resolve("other").toString(), "--localhost", "--port", "99999");
        assertEquals(Main.EXIT_FATAL, range.status());
        assertEquals("claimgraph: --port 99999: a port is 0 to 65535 (0 picks a free one)", range.err().strip(), range.err());
    }

    @Test
    void aMistypedDatabaseIsRefused(@TempDir Path dir) {
        // A mistyped --db used to create an empty database there and answer with nothing.
        String typo = dir.resolve("tbd2").toString();
        for (String[] args : new String[][] {{"query", "--db", typo, "--query", "ASK {}"}, {"export", "--db", typo, "--format", "gexf"},
                {"remove", "--db", typo, "0123456789abcdef"}}) {
            CliRun run = CliRun.of(args);
            assertEquals(Main.EXIT_FATAL, run.status(), args[0]);
            assertEquals("claimgraph: no database at " + typo + ": fill one with `claimgraph ingest` (or `claimgraph up`)", run.err().strip());
        }
        assertTrue(java.nio.file.Files.notExists(Path.of(typo)), "nothing created");
    }

    private static String count(String db) {
        CliRun run = CliRun.of("query", "--db", db, "--format", "csv", "--query", COUNT);
        assertEquals(0, run.status(), run.err());
        return run.out().strip().split("\r?\n")[1];
    }

    private static String firstColumn(String csv) {
        return csv.strip().split("\r?\n")[1].split(",")[0];
    }

    @Test
    void aNewDocumentLinksToActorsAlreadyInTheStore(@TempDir Path dir) throws Exception {
        String db = dir.resolve("tdb2").toString();
        Path first = java.nio.file.Files.writeString(dir.resolve("first.txt"),
                "Talks resume in Almaty\n\nKazakh Deputy Foreign Minister Aibek Tulegenov said on Monday that the talks would resume next week in Almaty.\n");
        Path second = java.nio.file.Files.writeString(dir.resolve("second.txt"),
                "Talks stall again\n\nTulegenov told reporters in Astana that the talks had stalled over border questions.\n");
        assertEquals(0, CliRun.of("ingest", "--db", db, first.toString()).status());
        assertEquals(0, CliRun.of("ingest", "--db", db, second.toString()).status());
        String q = "PREFIX cg: <https://w3id.org/claimgraph/ontology#> SELECT DISTINCT ?actor WHERE { "
                + "GRAPH ?g { ?d cg:inputPath ?p } GRAPH ?g { ?m cg:denotes ?actor ; <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#anchorOf> ?text } "
                + "FILTER(CONTAINS(?text, \"Tulegenov\")) }";
        String[] rows = CliRun.of("query", "--db", db, "--format", "csv", "--query", q).out().strip().split("\r?\n");
        assertEquals(2, rows.length, "one actor for both documents: " + String.join(" | ", rows));
        assertTrue(rows[1].endsWith("/person/aibek-tulegenov"), rows[1]);
    }

    @Test
    void badInputChangesNothingInTheStore(@TempDir Path dir) throws Exception {
        String db = dir.resolve("tdb2").toString();
        assertEquals(0, CliRun.of("ingest", "--db", db, TestData.seed("004").toString()).status());
        String before = count(db);
        Path empty = java.nio.file.Files.createFile(dir.resolve("empty.txt"));
        Path pdf = java.nio.file.Files.write(dir.resolve("report.pdf"), "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        CliRun run = CliRun.of("ingest", "--db", db, empty.toString(), pdf.toString(), dir.resolve("missing.txt").toString());
        assertEquals(Main.EXIT_SKIPPED, run.status());
        assertTrue(run.err().contains("0 ingested, 3 skipped"), run.err());
        assertEquals(before, count(db));
    }

    @Test
    void evalNerPrintsPerTypeScores() {
        CliRun run = CliRun.of("eval", "ner", TestData.home().resolve("src/test/resources/org/claimgraph/actors/names/gold-ner.conll").toString());
        assertEquals(0, run.status(), run.err());
        for (String type : new String[] {"PERSON", "ORGANIZATION", "LOCATION", "micro"}) assertTrue(run.out().contains(type), run.out());
        assertEquals(Main.EXIT_FATAL, CliRun.of("eval", "ner", "no-such-gold.conll").status());
    }
}
