package org.claimgraph.server;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.claimgraph.doc.Iris;

/**
 * What the server says about one minted IRI, over all document graphs:
 * <ul>
 * <li>a document: its whole graph, which holds its text, its sentences, mentions and other spans
 *     (hash IRIs doc#char=s,e, whose fragment never reaches the server), roles and assertions;</li>
 * <li>anything else (actor, assertion, role, quantity...): the triples it is the subject of, the
 *     triples that point at it, and the triples of the parts it points at (spans, quantities,
 *     relations, roles: IRIs inside a document), so a description can be read on its own.</li>
 * </ul>
 */
final class Describer {
    private final DatasetGraph dataset;

    Describer(DatasetGraph dataset) {
        this.dataset = dataset;
    }

    /** The description; empty when the IRI is unknown. */
    Graph describe(String iri) {
        Node s = NodeFactory.createURI(iri);
        Graph out = GraphFactory.createDefaultGraph();
        Txn.executeRead(dataset, () -> {
            if (dataset.containsGraph(s)) {
                dataset.getGraph(s).find().forEach(out::add);
                return;
            }
            Graph union = dataset.getUnionGraph();
            List<Node> parts = new ArrayList<>();
            union.find(s, Node.ANY, Node.ANY).forEach(t -> {
                out.add(t);
                if (isPart(t.getObject())) parts.add(t.getObject());
            });
            union.find(Node.ANY, Node.ANY, s).forEach(out::add);
            for (Node part : parts) union.find(part, Node.ANY, Node.ANY).forEach(out::add);
        });
        return out;
    }

    /** An IRI minted inside a document (a span, role, assertion, quantity...), not a document or actor. */
    static boolean isPart(Node n) {
        if (!n.isURI() || !n.getURI().startsWith(Iris.DOCUMENT)) return false;
        String rest = n.getURI().substring(Iris.DOCUMENT.length());
        return rest.indexOf('/') >= 0 || rest.indexOf('#') >= 0;
    }
}
