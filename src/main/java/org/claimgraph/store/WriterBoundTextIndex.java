package org.claimgraph.store;

import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextHit;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.rdf.model.Resource;

/**
 * A text index whose commit and rollback act only for the thread that changed it. jena-text joins
 * the index to every TDB2 transaction, read ones included: a query that ends in an abort (a timeout,
 * a client gone) rolls back the one shared Lucene writer, throwing away the uncommitted index
 * entries of an ingest running meanwhile, and the ingest meets a writer that is briefly null; a read
 * that commits would commit them half done. TDB2 has one writer at a time, so the thread that last
 * changed the index is the writer whose transaction those entries belong to.
 */
final class WriterBoundTextIndex implements TextIndex {
    private final TextIndex index;
    private volatile Thread writer;

    WriterBoundTextIndex(TextIndex index) {
        this.index = index;
    }

    private boolean isWriter() { return writer == Thread.currentThread(); }

    @Override
    public void prepareCommit() {
        if (isWriter()) index.prepareCommit();
    }

    @Override
    public void commit() {
        if (!isWriter()) return;
        index.commit();
        writer = null;
    }

    @Override
    public void rollback() {
        if (!isWriter()) return;
        writer = null;
        index.rollback();
    }

    @Override
    public void addEntity(Entity entity) {
        writer = Thread.currentThread();
        index.addEntity(entity);
    }

    @Override
    public void updateEntity(Entity entity) {
        writer = Thread.currentThread();
        index.updateEntity(entity);
    }

    @Override
    public void deleteEntity(Entity entity) {
        writer = Thread.currentThread();
        index.deleteEntity(entity);
    }

    @Override
    public Map<String, Node> get(String uri) { return index.get(uri); }

    @Override
    public List<TextHit> query(Node property, String qs, String graphURI, String lang, int limit) {
        return index.query(property, qs, graphURI, lang, limit);
    }

    @Override
    public List<TextHit> query(Node property, String qs, String graphURI, String lang) {
        return index.query(property, qs, graphURI, lang);
    }

    @Override
    public List<TextHit> query(Node property, String qs, String graphURI, String lang, int limit, String highlight) {
        return index.query(property, qs, graphURI, lang, limit, highlight);
    }

    @Override
    public List<TextHit> query(List<Resource> props, String qs, String graphURI, String lang, int limit, String highlight) {
        return index.query(props, qs, graphURI, lang, limit, highlight);
    }

    @Override
    public List<TextHit> query(String subjectUri, List<Resource> props, String qs, String graphURI, String lang, int limit, String highlight) {
        return index.query(subjectUri, props, qs, graphURI, lang, limit, highlight);
    }

    @Override
    public List<TextHit> query(Node subj, List<Resource> props, String qs, String graphURI, String lang, int limit, String highlight) {
        return index.query(subj, props, qs, graphURI, lang, limit, highlight);
    }

    @Override
    public List<TextHit> query(String subjectUri, Node property, String qs, String graphURI, String lang, int limit, String highlight) {
        return index.query(subjectUri, property, qs, graphURI, lang, limit, highlight);
    }

    @Override
    public EntityDefinition getDocDef() { return index.getDocDef(); }

    @Override
    public void close() { index.close(); }
}
