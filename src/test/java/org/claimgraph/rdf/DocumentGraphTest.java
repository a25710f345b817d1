package org.claimgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDFLib;
import org.claimgraph.doc.Document;
import org.claimgraph.doc.Iris;
import org.claimgraph.pipeline.Pipeline;
import org.claimgraph.vocab.CG;
import org.junit.jupiter.api.Test;

class DocumentGraphTest {
    @Test
    void theClaimantIsTheResolvedActorsLabelElseTheSourcesWords() {
        String text = "Interior minister Ana Lopez spoke on Monday.\n\n"
                + "Lopez said 500 fighters had crossed the border.\n\n"
                + "Local officials said about 300 had crossed.\n";
        Document doc = new Document("t", text);
        doc.setId(Iris.document(text));
        Pipeline.standard().process(doc);
        Graph graph = GraphMemFactory.createDefaultGraph();
        DocumentGraph.emit(doc, new TriplesOnly(StreamRDFLib.graph(graph)));
        List<String> claimants = graph.find(Node.ANY, CG.claimant.asNode(), Node.ANY)
                .mapWith(t -> t.getObject().getLiteralLexicalForm()).toList();
        assertEquals(List.of("Ana Lopez", "Local officials").stream().sorted().toList(), claimants.stream().sorted().toList(),
                "the surname alone names the resolved actor by its label; unresolved words stay as written");
    }
}
