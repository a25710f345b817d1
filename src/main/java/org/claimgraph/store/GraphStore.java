package org.claimgraph.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.engine.main.QC;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.params.StoreParams;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.claimgraph.doc.Document;
import org.claimgraph.doc.Entity;
import org.claimgraph.rdf.DocumentGraph;
import org.claimgraph.rdf.Provenance;

/**
 * The TDB2 database: one named graph per document, named by the document IRI, written in
 * transactions that hold whole documents, so a crash leaves every document wholly present or absent. The default graph
 * seen by queries is the union of the document graphs. {@link #dataset()} is the TDB2 dataset
 * wrapped by the full-text {@link SearchIndex}, so every write keeps the index current.
 */
public final class GraphStore implements AutoCloseable {
    public static final String DEFAULT_DIR = "data/tdb2";

    /**
     * A new store gets four quad indexes, not TDB2's six: GSPO (a document's graph, replaced and
     * deleted whole) and the graph-last SPOG, POSG, OSPG that patterns over the union of the document
     * graphs read, as every query of claimgraph's does. GPOS and GOSP only serve a pattern that names
     * a graph and leaves its subject open; TDB2 then reads POSG or OSPG and filters by graph. Every
     * quad costs one B+tree insert per index: without those two a 1,000-article ingest took 4-6 fewer
     * CPU-seconds in the writer and a fifth less disk. TDB2 writes a new store's indexes to its
     * tdb.cfg; a store without one (made before, or by TDB2's loaders) is opened with its six.
     */
    public static final StoreParams LAYOUT = StoreParams.builder("claimgraph")
            .quadIndexes(new String[] {"GSPO", "SPOG", "POSG", "OSPG"})
            .build();

    private final DatasetGraph tdb;
    private final DatasetGraph dataset;

    private GraphStore(DatasetGraph tdb, Path dir) {
        this.tdb = tdb;
        tdb.getContext().set(TDB2.symUnionDefaultGraph, true);
        this.dataset = SearchIndex.open(tdb, SearchIndex.directoryFor(dir));
        // Both contexts: queries may run on the text-indexed wrapper or on the TDB2 dataset itself.
        QC.setFactory(tdb.getContext(), StoreOpExecutor.FACTORY);
        QC.setFactory(dataset.getContext(), StoreOpExecutor.FACTORY);
    }

    public static GraphStore open(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("cannot create database directory " + dir + ": " + e.getMessage(), e);
        }
        return new GraphStore(DatabaseMgr.connectDatasetGraph(dir.toString(), LAYOUT), dir);
    }

    public DatasetGraph dataset() { return dataset; }

    /** Replaces the document's graph with its new content, in a transaction of its own: re-ingesting never duplicates. */
    public void put(Document doc) {
        put(doc, Provenance.FULL);
    }

    /** As {@link #put(Document)}, the graph with that provenance. */
    public void put(Document doc, Provenance provenance) {
        Txn.executeWrite(dataset, () -> write(doc, provenance));
    }

    /**
     * Replaces the document's graph inside the calling thread's write transaction. Only the quads the
     * full-text index wants go through the index's wrapper; the rest go straight to TDB2, sparing the
     * wrapper's check of every quad against the store.
     */
    void write(Document doc, Provenance provenance) {
        for (Entity e : doc.entities().values()) {
            if (e.supersedes() != null) rename(NodeFactory.createURI(e.supersedes()), NodeFactory.createURI(e.id()));
        }
        dataset.deleteAny(NodeFactory.createURI(doc.id()), Node.ANY, Node.ANY, Node.ANY);
        DocumentGraph.emit(doc, new StreamRDFBase() {
            @Override
            public void quad(Quad quad) {
                (SearchIndex.INDEXED.contains(quad.getPredicate()) ? dataset : tdb).add(quad);
            }
        }, provenance);
    }

    /** An actor's IRI changes in every document that names it, in the calling thread's write transaction. */
    private void rename(Node from, Node to) {
        List<Quad> quads = new ArrayList<>();
        dataset.find(Node.ANY, from, Node.ANY, Node.ANY).forEachRemaining(quads::add);
        dataset.find(Node.ANY, Node.ANY, Node.ANY, from).forEachRemaining(quads::add);
        for (Quad q : quads) {
            dataset.delete(q);
            dataset.add(q.getGraph(), q.getSubject().equals(from) ? to : q.getSubject(), q.getPredicate(),
                    q.getObject().equals(from) ? to : q.getObject());
        }
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
        dataset.close(); // closes the text index
        // TDB2 keeps one open dataset per directory inside the JVM: release it so another process may open it.
        TDBInternal.expel(tdb);
    }
}
