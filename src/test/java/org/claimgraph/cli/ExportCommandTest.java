package org.claimgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.claimgraph.PythonClient;
import org.claimgraph.TestData;
import org.claimgraph.doc.Document;
import org.claimgraph.server.NewsFixture;
import org.claimgraph.store.GraphStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `claimgraph export` writes the actor network of a database in each format. */
class ExportCommandTest {
    @Test
    void exportsEachFormatToAFileOrStdout(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("tdb2");
        try (GraphStore store = GraphStore.open(db)) {
            for (Document d : NewsFixture.documents()) store.put(d);
        }
        Path graphml = dir.resolve("actors.graphml");
        CliRun r = CliRun.of("export", "--format", "graphml", "--db", db.toString(), "--output", graphml.toString());
        assertEquals(Main.EXIT_OK, r.status(), r.err());
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        org.w3c.dom.Document xml = f.newDocumentBuilder().parse(graphml.toFile());
        assertEquals(4, xml.getElementsByTagNameNS("http://graphml.graphdrawing.org/xmlns", "node").getLength());

        CliRun gexf = CliRun.of("export", "--format", "gexf", "--db", db.toString());
        assertEquals(Main.EXIT_OK, gexf.status(), gexf.err());
        Path gexfFile = Files.writeString(dir.resolve("a.gexf"), gexf.out());
        org.w3c.dom.Document g = f.newDocumentBuilder().parse(gexfFile.toFile());
        assertTrue(g.getElementsByTagNameNS("http://gexf.net/1.3", "edge").getLength() >= 5);

        CliRun cy = CliRun.of("export", "--format", "cytoscape", "--db", db.toString());
        assertEquals(Main.EXIT_OK, cy.status(), cy.err());
        JsonNode json = new ObjectMapper().readTree(cy.out());
        assertEquals(4, json.at("/elements/nodes").size());
        boolean roleEdge = false;
        for (JsonNode e : json.at("/elements/edges")) {
            if (e.at("/data/kind").asText().equals("holds role in") && e.at("/data/source").asText().equals(NewsFixture.MAYOR)) {
                assertEquals(NewsFixture.CITY, e.at("/data/target").asText());
                assertEquals("mayor", e.at("/data/label").asText());
                roleEdge = true;
            }
        }
        assertTrue(roleEdge, cy.out());

        CliRun bad = CliRun.of("export", "--format", "svg", "--db", db.toString());
        assertEquals(Main.EXIT_FATAL, bad.status());
        assertTrue(bad.err().contains("graphml, gexf or cytoscape"), bad.err());
        assertEquals(List.of("claimgraph: Invalid value for option '--format': unknown network format 'svg' (graphml, gexf or cytoscape)",
                "(`claimgraph export --help` tells the options)"), bad.err().lines().toList(), "the reason in words, not the usage text");
    }

    @Test
    void networkxReadsEveryEdgeOfTheSeedsFromCytoscapeJsonAndGexf12(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("tdb2");
        CliRun ingest = CliRun.of("ingest", "--db", db.toString(), TestData.seeds().toString());
        assertEquals(Main.EXIT_OK, ingest.status(), ingest.err());
        Path cy = dir.resolve("actors.json");
        Path gexf12 = dir.resolve("actors.gexf");
        Path gexf13 = dir.resolve("actors13.gexf");
        assertEquals(Main.EXIT_OK, CliRun.of("export", "--format", "cytoscape", "--db", db.toString(), "--output", cy.toString()).status());
        CliRun g12 = CliRun.of("export", "--format", "gexf", "--gexf-version", "1.2draft", "--db", db.toString(), "--output", gexf12.toString());
        assertEquals(Main.EXIT_OK, g12.status(), g12.err());
        assertEquals(Main.EXIT_OK, CliRun.of("export", "--format", "gexf", "--db", db.toString(), "--output", gexf13.toString()).status());
        int edges = new ObjectMapper().readTree(cy.toFile()).at("/elements/edges").size();
        assertTrue(edges > 50, "the seeds' actor network: " + edges + " edges");
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        assertEquals(edges, f.newDocumentBuilder().parse(gexf12.toFile()).getElementsByTagNameNS("http://www.gexf.net/1.2draft", "edge").getLength());
        assertEquals(edges, f.newDocumentBuilder().parse(gexf13.toFile()).getElementsByTagNameNS("http://gexf.net/1.3", "edge").getLength(),
                "1.3 stays the default");

        PythonClient.assume("networkx", "python3-networkx");
        String counts = PythonClient.run("""
                import sys, json, networkx as nx
                cy = nx.cytoscape_graph(json.load(open(sys.argv[1])))
                gexf = nx.read_gexf(sys.argv[2])
                kinds = sorted({k for _, _, k in gexf.edges(data="kind")})
                print(cy.number_of_edges(), gexf.number_of_edges(), cy.is_directed(), len(kinds))
                """, cy.toString(), gexf12.toString());
        assertEquals(edges + " " + edges + " True 3", counts, "networkx reads every edge, directed, with the 3 edge kinds");
    }
}
