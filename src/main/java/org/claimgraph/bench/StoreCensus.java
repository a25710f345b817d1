package org.claimgraph.bench;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.claimgraph.doc.Document;
import org.claimgraph.pipeline.Pipeline;
import org.claimgraph.rdf.DocumentGraph;
import org.claimgraph.reader.DocumentReader;
import org.claimgraph.reader.Input;
import org.claimgraph.reader.InputRejected;

/** Counts of what a TDB2 dataset holds: quads per named graph (one graph per document). */
final class StoreCensus {
    private StoreCensus() {}

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
     * What each document's graph holds when that document is ingested on its own: the documents are
     * extracted here and written into an in-memory TDB2 dataset (same value handling as on disk).
     */
    static Map<String, Long> expected(Pipeline pipeline, List<Path> files) {
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
        return quadsPerGraph(mem);
    }
}
