package org.claimgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bulk loader's own rows of node ids: every kind of term comes back from the store as it was given
 * (inlined ones, a double in TDB2's canonical form, blank nodes, a default-graph triple), and the text
 * index it wrote needs no rebuild.
 */
class BulkLoaderTest {
    private static final String XSD = "http://www.w3.org/2001/XMLSchema#";

    @Test
    void everyKindOfTermComesBackAsGiven(@TempDir Path dir) throws Exception {
        String first = """
                <https://ex.org/s> <https://ex.org/p> "plain" <https://ex.org/g1> .
                <https://ex.org/s> <https://ex.org/p> "texte"@fr <https://ex.org/g1> .
                <https://ex.org/s> <https://ex.org/p> "42"^^<%1$sinteger> <https://ex.org/g1> .
                <https://ex.org/s> <https://ex.org/p> "2.5e0"^^<%1$sdouble> <https://ex.org/g1> .
                <https://ex.org/s> <https://ex.org/p> "-0.125"^^<%1$sdecimal> <https://ex.org/g1> .
                <https://ex.org/s> <https://ex.org/p> "2024-02-29"^^<%1$sdate> <https://ex.org/g1> .
                <https://ex.org/s> <https://ex.org/p> "2024-02-29T10:00:00Z"^^<%1$sdateTime> <https://ex.org/g1> .
                <https://ex.org/s> <https://ex.org/p> "true"^^<%1$sboolean> <https://ex.org/g1> .
                _:b1 <https://ex.org/p> _:b2 <https://ex.org/g2> .
                <https://ex.org/s> <http://www.w3.org/2000/01/rdf-schema#label> "Ada Lovelace" <https://ex.org/g2> .
                <https://ex.org/s> <https://ex.org/p> <https://ex.org/in-the-default-graph> .
                """.formatted(XSD);
        String second = """
                <https://ex.org/t> <https://ex.org/p> "plain" <https://ex.org/g3> .
                <https://ex.org/t> <http://www.w3.org/2000/01/rdf-schema#label> "Grace Hopper" <https://ex.org/g3> .
                """;
        Path a = Files.writeString(dir.resolve("a.nq"), first);
        Path b = Files.writeString(dir.resolve("b.nq"), second);
        DatasetGraph expected = DatasetGraphFactory.create();
        RDFParser.fromString(first + second, Lang.NQUADS).parse(expected);

        Path db = dir.resolve("db");
        List<String> stages = new ArrayList<>();
        BulkLoader.Result result = BulkLoader.load(db, List.of(a, b), stages::add);
        assertEquals(13, result.quads());
        assertTrue(stages.contains("index GSPO") && stages.contains("index OSPG"), "each index built is reported: " + stages);

        try (DirectoryReader index = DirectoryReader.open(FSDirectory.open(SearchIndex.directoryFor(db)))) {
            assertEquals(2, index.numDocs(), "one text document per label, written by the load itself");
        }
        try (GraphStore store = GraphStore.open(db)) {
            DatasetGraph actual = DatasetGraphFactory.create();
            Txn.executeRead(store.dataset(), () -> store.dataset().find().forEachRemaining(actual::add));
            assertTrue(IsoMatcher.isomorphic(expected, actual), "the store holds the parts' quads, terms unchanged");
        }
    }

    /**
     * Integers beyond 64 bits are stored by lexical form: TDB2 itself wraps them modulo 2^64 (an ingest
     * does, once the database is reopened), see {@link WideIntegers}.
     */
    @Test
    void integersBeyond64BitsComeBackWhole(@TempDir Path dir) throws Exception {
        String quads = """
                <https://ex.org/s> <https://ex.org/p> "123456789012345678901234"^^<%1$sinteger> <https://ex.org/g> .
                <https://ex.org/s> <https://ex.org/p> "-98765432109876543210"^^<%1$sinteger> <https://ex.org/g> .
                <https://ex.org/s> <https://ex.org/p> "9999999999999999999"^^<%1$sinteger> <https://ex.org/g> .
                <https://ex.org/s> <https://ex.org/p> "9223372036854775807"^^<%1$sinteger> <https://ex.org/g> .
                <https://ex.org/s> <https://ex.org/p> "36028797018963968"^^<%1$sinteger> <https://ex.org/g> .
                """.formatted(XSD);
        Path db = dir.resolve("db");
        BulkLoader.load(db, List.of(Files.writeString(dir.resolve("a.nq"), quads)), stage -> {});
        DatasetGraph parsed = DatasetGraphFactory.create();
        RDFParser.fromString(quads, Lang.NQUADS).parse(parsed);
        String all = "SELECT ?o (?o + 1 AS ?next) WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?o";
        List<String> expected = answers(parsed, all);
        assertEquals("123456789012345678901234 123456789012345678901235", expected.get(expected.size() - 1));
        try (GraphStore store = GraphStore.open(db)) {
            assertEquals(expected, answers(store.dataset(), all), "the store answers as the parsed parts do");
            assertEquals(List.of("-98765432109876543210 -98765432109876543209"), answers(store.dataset(),
                    "SELECT ?o (?o + 1 AS ?next) WHERE { GRAPH ?g { ?s ?p ?o } FILTER(?o = -98765432109876543210) }"));
        }
    }

    private static List<String> answers(DatasetGraph dsg, String query) {
        return Txn.calculateRead(dsg, () -> {
            List<String> rows = new ArrayList<>();
            try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(dsg)).query(query).build()) {
                qe.execSelect().forEachRemaining(r -> rows.add(r.getLiteral("o").getLexicalForm() + " " + r.getLiteral("next").getLexicalForm()));
            }
            return rows;
        });
    }
}
