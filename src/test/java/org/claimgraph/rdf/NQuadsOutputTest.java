package org.claimgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.claimgraph.doc.Document;
import org.claimgraph.doc.Iris;
import org.claimgraph.pipeline.Pipeline;
import org.junit.jupiter.api.Test;

class NQuadsOutputTest {
    private static String written(StreamRDF stream, ByteArrayOutputStream bytes, List<Quad> quads) {
        stream.start();
        quads.forEach(stream::quad);
        stream.finish();
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** The same bytes as Jena's own N-Quads writer, for IRIs it must escape too, each written more than once. */
    private static void sameAsJena(List<Quad> quads) {
        ByteArrayOutputStream jena = new ByteArrayOutputStream(), ours = new ByteArrayOutputStream();
        String expected = written(StreamRDFWriter.getWriterStream(jena, RDFFormat.NQUADS), jena, quads);
        assertEquals(expected, written(NQuadsOutput.stream(ours), ours, quads));
    }

    @Test
    void writesWhatJenaWritesIncludingEscapedIris() {
        Node g = NodeFactory.createURI("https://example.org/doc/1");
        Node p = NodeFactory.createURI("https://example.org/p");
        List<Quad> quads = new ArrayList<>();
        for (String iri : List.of("https://example.org/a b", "https://example.org/x<y>\"{}|^`\\", "https://example.org/tab\there\n",
                "https://example.org/Zoë–München", "https://example.org/del\u007F", "https://example.org/plain")) {
            Node s = NodeFactory.createURI(iri);
            quads.add(Quad.create(g, s, p, NodeFactory.createLiteralDT("3", XSDDatatype.XSDnonNegativeInteger)));
            quads.add(Quad.create(g, s, p, NodeFactory.createLiteralString("a \"quoted\"\nline")));
            quads.add(Quad.create(g, p, s, s));
        }
        sameAsJena(quads);
        sameAsJena(List.of(quads.get(0), quads.get(3), quads.get(0)));
    }

    @Test
    void writesWhatJenaWritesForADocumentAndPastTheIrisItKeeps() {
        String text = "Interior minister Ana Lopez said on Monday that 500 fighters had crossed the border.\n";
        Document doc = new Document("t", text);
        doc.setId(Iris.document(text));
        Pipeline.standard().process(doc);
        List<Quad> quads = new ArrayList<>();
        DocumentGraph.emit(doc, new StreamRDFBase() {
            @Override
            public void quad(Quad quad) { quads.add(quad); }
        });
        for (int i = 0; i < 25_000; i++) {
            quads.add(Quad.create(quads.get(0).getGraph(), NodeFactory.createURI("https://example.org/n/" + i % 21_000),
                    quads.get(0).getPredicate(), quads.get(0).getObject()));
        }
        sameAsJena(quads);
    }
}
