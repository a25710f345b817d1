package org.claimgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;

class NQuadsTest {
    @Test
    void writesWhatJenasWriterWritesWithIrisThatNeedEscapingToo() {
        List<String> iris = List.of("https://example.org/doc/abc#s3", "http://example.org/Zürich", "http://example.org/a b",
                "http://example.org/{x}", "http://example.org/q\"uote", "http://example.org/back\\slash",
                "http://example.org/ctl\u0001", "http://example.org/del\u007f", "urn:x:<y>|^`");
        ByteArrayOutputStream ours = new ByteArrayOutputStream(), jenas = new ByteArrayOutputStream();
        write(NQuads.writer(ours), iris);
        write(StreamRDFWriter.getWriterStream(jenas, RDFFormat.NQUADS), iris);
        String out = ours.toString(StandardCharsets.UTF_8);
        assertEquals(jenas.toString(StandardCharsets.UTF_8), out);
        assertTrue(out.contains("<http://example.org/a\\u0020b>"), out);
        assertTrue(out.contains("<http://example.org/Zürich>"), out);
    }

    private static void write(StreamRDF out, List<String> iris) {
        out.start();
        Node graph = NodeFactory.createURI("https://example.org/doc/abc");
        Node p = NodeFactory.createURI("http://schema.org/about");
        for (String iri : iris) {
            Node n = NodeFactory.createURI(iri);
            out.quad(Quad.create(graph, n, p, n));
            out.quad(Quad.create(graph, n, p, NodeFactory.createLiteralString("text \"quoted\"\n")));
        }
        out.finish();
    }
}
