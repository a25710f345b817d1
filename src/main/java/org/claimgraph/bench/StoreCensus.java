package org.claimgraph.bench;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.claimgraph.doc.Document;
import org.claimgraph.pipeline.Pipeline;
import org.claimgraph.rdf.DocumentGraph;
import org.claimgraph.reader.DocumentReader;
import org.claimgraph.reader.Input;
import org.claimgraph.reader.InputRejected;
import org.claimgraph.vocab.CG;

/** Counts of what a TDB2 dataset holds, per named graph (one graph per document). */
final class StoreCensus {
    private StoreCensus() {}

    /**
     * What makes a document's graph whole, independent of the other documents in the store (actor
     * linking may change which actor a mention denotes, and an actor's aliases, but not these): the
     * number of nodes of each document-level class, and how many of the graph's own nodes (IRIs under
     * the document IRI) are used as objects without being typed in the graph, 0 when whole. A write
     * cut short anywhere leaves a layer short or a reference dangling.
     */
    static Map<String, String> signatures(DatasetGraph ds) {
        Node type = org.apache.jena.vocabulary.RDF.type.asNode();
        Set<Node> classes = Set.of(CG.Document.asNode(), CG.Zone.asNode(), CG.Sentence.asNode(), CG.Mention.asNode(),
                CG.Assertion.asNode(), CG.Quantity.asNode(), CG.Span.asNode(), CG.DateEvidence.asNode(),
                CG.ReaderComment.asNode());
        return Txn.calculateRead(ds, () -> {
            Map<String, String> out = new HashMap<>();
            ds.listGraphNodes().forEachRemaining(g -> {
                String prefix = g.getURI();
                Map<String, Integer> typed = new TreeMap<>();
                Set<Node> typedNodes = new HashSet<>();
                Set<Node> localObjects = new HashSet<>();
                var it = ds.find(g, Node.ANY, Node.ANY, Node.ANY);
                while (it.hasNext()) {
                    Quad q = it.next();
                    if (q.getPredicate().equals(type)) {
                        typedNodes.add(q.getSubject());
                        if (classes.contains(q.getObject())) typed.merge(q.getObject().getLocalName(), 1, Integer::sum);
                    }
                    Node o = q.getObject();
                    if (o.isURI() && o.getURI().startsWith(prefix)) localObjects.add(o);
                }
                localObjects.removeAll(typedNodes);
                out.put(prefix, typed + " untyped=" + localObjects.size());
            });
            return out;
        });
    }

    static Map<String, Long> quadsPerGraph(DatasetGraph ds) {
        return Txn.calculateRead(ds, () -> {
            Map<String, Long> counts = new HashMap<>();
            ds.listGraphNodes().forEachRemaining(g -> counts.put(g.getURI(), count(ds, g)));
            return counts;
        });
    }

    static long quads(DatasetGraph ds) {
        return Txn.calculateRead(ds, () -> count(ds, Node.ANY));
    }

    private static long count(DatasetGraph ds, Node graph) {
        long n = 0;
        var it = ds.find(graph, Node.ANY, Node.ANY, Node.ANY);
        while (it.hasNext()) {
            it.next();
            n++;
        }
        return n;
    }

    /**
     * The {@link #signatures} of each document's graph when that document is ingested on its own: the
     * documents are extracted here and written into an in-memory TDB2 dataset.
     */
    static Map<String, String> expected(Pipeline pipeline, List<Path> files) {
        DatasetGraph mem = DatabaseMgr.createDatasetGraph();
        DocumentReader reader = new DocumentReader();
        for (Path f : files) {
            Document doc;
            try {
                doc = pipeline.process(reader.read(new Input(f.toString(), f)));
            } catch (InputRejected e) {
                continue;
            }
            Txn.executeWrite(mem, () -> DocumentGraph.emit(doc, StreamRDFLib.dataset(mem)));
        }
        return signatures(mem);
    }
}
