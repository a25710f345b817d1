package org.claimgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import javax.xml.parsers.DocumentBuilderFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
    }
}
