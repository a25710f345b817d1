package org.claimgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.claimgraph.TestData;
import org.claimgraph.doc.Document;
import org.claimgraph.pipeline.Pipeline;
import org.claimgraph.reader.DocumentReader;
import org.claimgraph.reader.Input;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every seed's document graph validates against ontology/shapes.ttl, with either provenance. */
class ShapesTest {
    @ParameterizedTest
    @EnumSource(Provenance.class)
    void seedGraphsConformToTheShapes(Provenance provenance) throws Exception {
        Shapes shapes = Shapes.parse(RDFDataMgr.loadGraph(TestData.home().resolve("ontology/shapes.ttl").toString()));
        Pipeline pipeline = Pipeline.standard();
        DocumentReader reader = new DocumentReader();
        List<Path> seeds;
        try (var files = Files.list(TestData.seeds())) {
            seeds = files.sorted().toList();
        }
        assertFalse(seeds.isEmpty());
        for (Path seed : seeds) {
            Document doc = pipeline.process(reader.read(new Input(seed.toString(), seed)));
            Graph graph = GraphMemFactory.createDefaultGraph();
            DocumentGraph.emit(doc, new TriplesOnly(StreamRDFLib.graph(graph)), provenance);
            ValidationReport report = ShaclValidator.get().validate(shapes, graph);
            ByteArrayOutputStream text = new ByteArrayOutputStream();
            ShLib.printReport(text, report);
            assertTrue(report.conforms(), seed + " does not conform:\n" + text);
        }
    }
}
