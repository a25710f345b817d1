package org.claimgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.claimgraph.TestData;
import org.claimgraph.store.SearchIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** load: N-Quads parts (plain and gzipped) into a new database that query and the text index then serve. */
class LoadCommandTest {
    private static final String COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }";

    @Test
    void partsLoadIntoANewDatabaseWithItsTextIndex(@TempDir Path dir) throws Exception {
        Path parts = Files.createDirectories(dir.resolve("out"));
        String first = extract(TestData.seed("000"), TestData.seed("001"), TestData.seed("002"));
        String second = extract(TestData.seed("003"), TestData.seed("004"));
        Files.writeString(parts.resolve("part-00000.nq"), first);
        try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(parts.resolve("part-00001.nq.gz")))) {
            gz.write(second.getBytes(StandardCharsets.UTF_8));
        }
        Files.writeString(parts.resolve("_SUCCESS"), "");
        DatasetGraph expected = DatasetGraphFactory.create();
        RDFParser.fromString(first + second, Lang.NQUADS).parse(expected);

        String db = dir.resolve("db").toString();
        CliRun load = CliRun.of("load", "--db", db, parts.toString());
        assertEquals(0, load.status(), load.err());
        assertTrue(load.err().contains("from 2 parts"), load.err());
        assertEquals(Long.toString(expected.stream().count()), single(CliRun.of("query", "--db", db, "--format", "csv", "--query", COUNT).out()));
        assertTrue(Files.isDirectory(SearchIndex.directoryFor(Path.of(db))), "the text index sits beside the database");
        String search = "PREFIX text: <http://jena.apache.org/text#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
                + "SELECT (COUNT(*) AS ?n) WHERE { ?a text:query (rdfs:label 'gerasimov') }";
        assertFalse(single(CliRun.of("query", "--db", db, "--format", "csv", "--query", search).out()).equals("0"), "the text index finds actors");

        CliRun again = CliRun.of("load", "--db", db, parts.toString());
        assertEquals(Main.EXIT_FATAL, again.status(), "load never adds to a database");
        assertTrue(again.err().contains("is not empty"), again.err());
    }

    @Test
    void aFailedLoadLeavesNoDatabase(@TempDir Path dir) throws Exception {
        Path good = Files.writeString(dir.resolve("a.nq"), extract(TestData.seed("004")));
        Path bad = Files.writeString(dir.resolve("b.nq"), "<https://example.org/s> <https://example.org/p> \"unterminated .\n");
        Path db = dir.resolve("db");
        CliRun load = CliRun.of("load", "--db", db.toString(), good.toString(), bad.toString());
        assertEquals(Main.EXIT_FATAL, load.status());
        assertFalse(Files.exists(db), "no database");
        assertFalse(Files.exists(SearchIndex.directoryFor(db)), "no index");
        try (var left = Files.list(dir)) {
            assertEquals(2, left.count(), "no staging directory left behind");
        }
    }

    private static String extract(Path... seeds) {
        String[] args = new String[seeds.length + 3];
        args[0] = "extract"; args[1] = "--format"; args[2] = "nq";
        for (int i = 0; i < seeds.length; i++) args[i + 3] = seeds[i].toString();
        CliRun run = CliRun.of(args);
        assertEquals(0, run.status(), run.err());
        return run.out();
    }

    private static String single(String csv) {
        return csv.strip().split("\r?\n")[1];
    }
}
