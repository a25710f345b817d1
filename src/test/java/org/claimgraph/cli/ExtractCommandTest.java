package org.claimgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.claimgraph.PythonClient;
import org.claimgraph.TestData;
import org.claimgraph.rdf.JsonLdWriter;
import org.claimgraph.rdf.Vocab;
import org.claimgraph.vocab.CG;
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
    void turtleParsesBack() {
        CliRun ttl = CliRun.of("extract", "--format", "ttl", TestData.seed("004").toString());
        assertEquals(0, ttl.status(), ttl.err());
        assertFalse(RDFParser.fromString(ttl.out(), Lang.TURTLE).toGraph().isEmpty());
    }

    /** The seeds extracted in {@code format}, once for the tests that read them. */
    private static CliRun seedsAs(String format) {
        return SEEDS.computeIfAbsent(format, f -> {
            CliRun run = CliRun.of("extract", "--format", f, TestData.seeds().toAbsolutePath().toString());
            assertEquals(0, run.status(), run.err());
            return run;
        });
    }

    private static final Map<String, CliRun> SEEDS = new ConcurrentHashMap<>();

    private static Set<Quad> quads(String text, Lang lang) {
        Set<Quad> quads = new HashSet<>();
        RDFParser.fromString(text, lang).toDatasetGraph().find().forEachRemaining(quads::add);
        return quads;
    }

    @Test
    void jsonLdIsOneDocumentThatEveryParserReadsWhole(@TempDir Path dir) throws Exception {
        String jsonld = seedsAs("jsonld").out();
        JsonNode root = JSON.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readTree(jsonld);
        assertEquals(5, root.get("@graph").size(), "one named graph per document in one JSON value");
        Set<Quad> expected = quads(seedsAs("nq").out(), Lang.NQUADS);
        assertEquals(expected, quads(jsonld, Lang.JSONLD), "Jena's RIOT reads every quad the N-Quads hold");

        PythonClient.assume("rdflib", "python3-rdflib");
        Path file = Files.writeString(dir.resolve("seeds.jsonld"), jsonld);
        String count = PythonClient.run("""
                import sys, rdflib
                d = rdflib.Dataset()
                d.parse(sys.argv[1], format="json-ld")
                print(len(list(d.quads((None, None, None, None)))))
                """, file.toString());
        assertEquals(expected.size(), Integer.parseInt(count), "rdflib reads every quad");
    }

    @Test
    void nquadsRepeatNoLine() {
        List<String> lines = seedsAs("nq").out().lines().toList();
        assertEquals(lines.size(), new HashSet<>(lines).size(), "every N-Quads line once");
    }

    /** The literal values of {@code predicate} in the seeds' extraction. */
    private static Set<String> values(Node predicate) {
        Set<String> values = new HashSet<>();
        for (Quad q : quads(seedsAs("nq").out(), Lang.NQUADS)) {
            if (q.getPredicate().equals(predicate)) values.add(q.getObject().getLiteralLexicalForm());
        }
        return values;
    }

    @Test
    void theGraphNamesTheInputFileWithoutItsDirectories() {
        Set<String> names = new HashSet<>();
        for (String name : new java.io.File(TestData.seeds().toString()).list()) names.add(name);
        assertEquals(names, values(CG.inputPath.asNode()), "the file name, not the absolute path it was read from");
    }

    @Test
    void theLanguageIsABcp47Tag() {
        assertEquals(Set.of("en"), values(Vocab.SCHEMA_IN_LANGUAGE), "BCP 47, as schema:inLanguage expects");
    }

    @Test
    void theJsonLdContextNamesEveryPropertyTheSeedsUse() throws Exception {
        JsonNode context = JSON.readTree(TestData.home().resolve(JsonLdWriter.CONTEXT_RESOURCE).toFile()).get("@context");
        Map<String, String> prefixes = new HashMap<>();
        context.fields().forEachRemaining(f -> {
            if (f.getValue().isTextual() && f.getValue().asText().matches("https?://.*[#/]")) prefixes.put(f.getKey(), f.getValue().asText());
        });
        Set<String> defined = new HashSet<>();
        context.fields().forEachRemaining(f -> {
            JsonNode v = f.getValue();
            String id = v.isTextual() ? v.asText() : v.path("@id").asText();
            int colon = id.indexOf(':');
            if (colon > 0 && prefixes.containsKey(id.substring(0, colon))) id = prefixes.get(id.substring(0, colon)) + id.substring(colon + 1);
            defined.add(id);
        });
        Set<String> missing = new TreeSet<>();
        for (Quad q : quads(seedsAs("nq").out(), Lang.NQUADS)) {
            String p = q.getPredicate().getURI();
            if (!p.equals(RDF.type.getURI()) && !defined.contains(p)) missing.add(p);
        }
        assertEquals(Set.of(), missing, "properties without a term in " + JsonLdWriter.CONTEXT_RESOURCE);
        List<String> compactIris = new ArrayList<>();
        seedsAs("jsonld").out().lines().skip(1).map(line -> line.replaceFirst("^,", "")).filter(l -> l.startsWith("{"))
                .forEach(line -> keys(readJson(line), compactIris));
        assertEquals(List.of(), compactIris, "every property of the output is a term of the context");
    }

    private static JsonNode readJson(String s) {
        try {
            return JSON.readTree(s);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Object keys that are compact IRIs (prefix:local) rather than terms. */
    private static void keys(JsonNode node, List<String> compactIris) {
        node.fields().forEachRemaining(f -> {
            if (f.getKey().contains(":") && !compactIris.contains(f.getKey())) compactIris.add(f.getKey());
            keys(f.getValue(), compactIris);
        });
        if (node.isArray()) node.forEach(n -> keys(n, compactIris));
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
        assertTrue(run.out().contains("docs/data-model.md"), "where the jsonl contract is: " + run.out());
    }

    @Test
    void idNamesTheDocument() throws Exception {
        CliRun run = CliRun.of("extract", "--id", "my article", TestData.seed("004").toString());
        assertEquals(0, run.status(), run.err());
        assertEquals("https://w3id.org/claimgraph/id/document/my-article", JSON.readTree(run.out()).get("document").asText());
        assertEquals(Main.EXIT_FATAL, CliRun.of("extract", "--id", "x", TestData.seed("004").toString(), TestData.seed("000").toString()).status());
    }

    @Test
    void anUnknownEncodingIsSaidInWords() {
        CliRun run = CliRun.of("extract", "--encoding", "latin-9000", TestData.seed("004").toString());
        assertEquals(Main.EXIT_FATAL, run.status());
        assertEquals("claimgraph: Invalid value for option '--encoding': no charset 'latin-9000' here (e.g. UTF-8, ISO-8859-1, windows-1251)",
                run.err().lines().findFirst().orElse(""), run.err());
    }

    @Test
    void idRefusesADirectory() {
        // A directory is many documents: one --id would have given them all the same IRI.
        CliRun run = CliRun.of("extract", "--id", "x", TestData.seed("004").getParent().toString());
        assertEquals(Main.EXIT_FATAL, run.status(), run.err());
        assertTrue(run.err().contains("--id names one document"), run.err());
        assertEquals("", run.out());
    }
}
