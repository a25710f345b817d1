package org.claimgraph.store;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.main.QC;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.claimgraph.doc.Document;
import org.claimgraph.rdf.DocumentGraph;

/**
 * The TDB2 database: one named graph per document, named by the document IRI, written in one
 * transaction each, so a crash leaves every document wholly present or absent. The default graph
 * seen by queries is the union of the document graphs.
 */
public final class GraphStore implements AutoCloseable {
    public static final String DEFAULT_DIR = "data/tdb2";

    private final DatasetGraph dataset;

    private GraphStore(DatasetGraph dataset) {
        this.dataset = dataset;
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        QC.setFactory(dataset.getContext(), EmptyInputSafeExecutor.FACTORY);
    }

    public static GraphStore open(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("cannot create database directory " + dir + ": " + e.getMessage(), e);
        }
        return new GraphStore(DatabaseMgr.connectDatasetGraph(dir.toString()));
    }

    public DatasetGraph dataset() { return dataset; }

    /** Replaces the document's graph with its new content: re-ingesting never duplicates. */
    public void put(Document doc) {
        Node graph = NodeFactory.createURI(doc.id());
        Txn.executeWrite(dataset, () -> {
            dataset.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
            StreamRDF sink = StreamRDFLib.dataset(dataset);
            DocumentGraph.emit(doc, sink);
        });
    }

    /** Deletes one document's graph; true if it was there. */
    public boolean remove(String documentIri) {
        Node graph = NodeFactory.createURI(documentIri);
        return Txn.calculateWrite(dataset, () -> {
            boolean present = dataset.containsGraph(graph);
            dataset.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
            return present;
        });
    }

    public boolean contains(String documentIri) {
        Node graph = NodeFactory.createURI(documentIri);
        return Txn.calculateRead(dataset, () -> dataset.containsGraph(graph));
    }

    @Override
    public void close() {
        // TDB2 keeps one open dataset per directory inside the JVM: release it so another process may open it.
        TDBInternal.expel(dataset);
    }
}
