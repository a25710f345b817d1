package org.claimgraph.store;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.jena.atlas.lib.Bytes;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.NodeIdFactory;
import org.apache.jena.tdb2.store.nodetable.NodeTable;

/**
 * The one pass over the parsed parts: gives each term its node id in the new database's node table,
 * keeps each quad as a row of node ids ({@link IdRows}; triples, the default graph's, apart), and hands
 * the indexed quads to the text index. Runs inside the database's write transaction.
 */
final class QuadRows extends StreamRDFBase {
    /** Quads between two progress reports. */
    private static final long REPORT_EVERY = 1_000_000;
    /** IRIs and blank nodes whose id this pass keeps, forgotten all at once when there are more. */
    private static final int RESOURCES_KEPT = 200_000;

    private final NodeTable nodes;
    private final TextIndexBuilder text;
    private final Consumer<String> progress;
    private final IdRows quads;
    private final IdRows triples;
    private final byte[] id = new byte[NodeId.SIZE];
    /**
     * The ids of resources met lately: a document's graph, its subjects and the predicates recur on every
     * few quads. TDB2's own cache of terms is shared with the unique texts of sentences and mentions, and
     * its upkeep took as much time as the node table's B+tree.
     */
    private final Map<Node, Long> resources = new HashMap<>();
    private long count;

    QuadRows(NodeTable nodes, TextIndexBuilder text, IdRows quads, IdRows triples, Consumer<String> progress) {
        this.nodes = nodes;
        this.text = text;
        this.progress = progress;
        this.quads = quads;
        this.triples = triples;
    }

    long count() { return count; }

    @Override
    public void triple(Triple t) {
        counted();
        triples.add(id(t.getSubject()), id(t.getPredicate()), id(t.getObject()));
    }

    @Override
    public void quad(Quad q) {
        if (q.isTriple() || q.isDefaultGraph()) {
            triple(q.asTriple());
            return;
        }
        counted();
        quads.add(id(q.getGraph()), id(q.getSubject()), id(q.getPredicate()), id(q.getObject()));
        text.add(q);
    }

    private void counted() {
        if (++count % REPORT_EVERY == 0) progress.accept(String.format(Locale.ROOT, "%,d quads read", count));
    }

    private long id(Node node) {
        if (node.isLiteral()) return storedId(WideIntegers.storable(node));
        Long known = resources.get(node);
        if (known != null) return known;
        if (resources.size() >= RESOURCES_KEPT) resources.clear();
        long stored = storedId(node);
        resources.put(node, stored);
        return stored;
    }

    /** The node id in its 64-bit stored form. */
    private long storedId(Node node) {
        NodeIdFactory.set(nodes.getAllocateNodeId(node), id);
        return Bytes.getLong(id, 0);
    }
}
