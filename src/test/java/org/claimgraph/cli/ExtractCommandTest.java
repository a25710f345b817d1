package org.claimgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.claimgraph.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void jsonlHasOneObjectPerDocumentAndEverySpanSlicesTheInput() throws Exception {
        CliRun run = CliRun.of("extract", TestData.seeds().toString());
        assertEquals(0, run.status(), run.err());
        List<JsonNode> docs = new ArrayList<>();
        for (String line : run.out().split("\n")) docs.add(JSON.readTree(line));
        assertEquals(5, docs.size());
        for (JsonNode doc : docs) {
            String text = Files.readString(Path.of(doc.get("input").asText()));
            if (text.startsWith("\uFEFF")) text = text.substring(1);
            assertTrue(doc.get("document").asText().startsWith("https://w3id.org/claimgraph/id/document/"));
            for (JsonNode m : doc.get("mentions")) assertSlice(text, m);
            for (JsonNode a : doc.get("assertions")) {
                for (String part : List.of("cue", "content")) assertSlice(text, a.get(part));
                if (!a.get("source").isNull()) assertSlice(text, a.get("source"));
                for (JsonNode q : a.get("quantities")) assertSlice(text, q);
            }
            for (JsonNode z : doc.get("zones")) {
                assertTrue(z.get("start").asInt() <= z.get("end").asInt() && z.get("end").asInt() <= text.length());
            }
        }
        assertTrue(run.err().contains("5 extracted"), run.err());
    }

    private static void assertSlice(String text, JsonNode span) {
        assertEquals(span.get("text").asText(), text.substring(span.get("start").asInt(), span.get("end").asInt()));
    }

    @Test
    void nquadsPutEachDocumentInItsOwnGraph() {
        CliRun run = CliRun.of("extract", "--format", "nq", TestData.seed("000").toString(), TestData.seed("004").toString());
        assertEquals(0, run.status(), run.err());
        Dataset ds = DatasetFactory.create();
        RDFParser.fromString(run.out(), Lang.NQUADS).parse(ds);
        List<String> graphs = new ArrayList<>();
        ds.listNames().forEachRemaining(graphs::add);
        assertEquals(2, graphs.size(), graphs.toString());
    }

    @Test
    void turtleAndJsonLdParseBack() {
        CliRun ttl = CliRun.of("extract", "--format", "ttl", TestData.seed("004").toString());
        assertEquals(0, ttl.status(), ttl.err());
        assertFalse(RDFParser.fromString(ttl.out(), Lang.TURTLE).toGraph().isEmpty());
        CliRun jsonld = CliRun.of("extract", "--format", "jsonld", TestData.seed("004").toString());
        assertEquals(0, jsonld.status(), jsonld.err());
        String line = jsonld.out().strip();
        assertFalse(line.contains("\n"), "one JSON-LD document per line");
        assertFalse(RDFParser.fromString(line, Lang.JSONLD).toDatasetGraph().isEmpty());
    }

    @Test
    void missingAndEmptyInputsAreNamedAndTheRestGoesOn(@TempDir Path dir) throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.txt"));
        CliRun run = CliRun.of("extract", dir.resolve("nope.txt").toString(), empty.toString(), TestData.seed("000").toString());
        assertEquals(Main.EXIT_SKIPPED, run.status());
        assertEquals(1, run.out().strip().split("\n").length, "the good input is still extracted");
        assertTrue(run.err().contains("nope.txt"), run.err());
        assertTrue(run.err().contains("empty.txt"), run.err());
        assertTrue(run.err().contains("1 extracted, 2 skipped"), run.err());
        assertFalse(run.err().contains("Exception"), "no stack trace without --verbose: " + run.err());
    }

    @Test
    void aFileNameCannotForgeALineOnStderr(@TempDir Path dir) throws Exception {
        Path forged = dir.resolve("a.txt\n999 extracted, 0 skipped\u202E.txt");
        Files.writeString(forged, "");
        CliRun run = CliRun.of("extract", forged.toString());
        assertEquals(Main.EXIT_SKIPPED, run.status());
        assertTrue(run.err().contains("a.txt\\n999 extracted, 0 skipped\\u202E.txt"), run.err());
        assertFalse(run.err().lines().anyMatch(l -> l.startsWith("999 extracted")), "no forged summary line: " + run.err());
        assertFalse(run.err().contains("\u202E"), "no bidi override reaches the terminal");
    }

    @Test
    void helpTellsTheFormats() {
        CliRun run = CliRun.of("extract", "--help");
        assertEquals(0, run.status());
        assertTrue(run.out().contains("jsonl | ttl | nq | jsonld"), run.out());
    }

    @Test
    void idNamesTheDocument() throws Exception {
        CliRun run = CliRun.of("extract", "--id", "my article", TestData.seed("004").toString());
        assertEquals(0, run.status(), run.err());
        assertEquals("https://w3id.org/claimgraph/id/document/my-article", JSON.readTree(run.out()).get("document").asText());
        assertEquals(Main.EXIT_FATAL, CliRun.of("extract", "--id", "x", TestData.seed("004").toString(), TestData.seed("000").toString()).status());
    }
}
