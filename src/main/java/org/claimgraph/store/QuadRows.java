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
    /** Terms whose id this pass keeps, forgotten all at once when there are more. */
    private static final int TERMS_KEPT = 200_000;
    /** Longer literals (sentences, documents) are seldom met twice: not kept. */
    private static final int LITERAL_KEPT_LENGTH = 64;

    /** The node table under TDB2's inlining and cache. */
    private final NodeTable nodes;
    private final TextIndexBuilder text;
    private final Consumer<String> progress;
    private final IdRows quads;
    private final IdRows triples;
    private final byte[] id = new byte[NodeId.SIZE];
    /**
     * The ids of terms met lately: a document's graph, its subjects, the predicates and short literals recur
     * on every few quads. TDB2's own cache of terms, under a write transaction, took as much time as the node
     * table's B+tree, most of it keeping the unique texts of sentences and mentions.
     */
    private final Map<Node, Long> recent = new HashMap<>();
    private long count;

    /** Gives terms ids in {@code nodes}, a database's node table (its whole stack: only the base is used). */
    QuadRows(NodeTable nodes, TextIndexBuilder text, IdRows quads, IdRows triples, Consumer<String> progress) {
        this.nodes = nodes.baseNodeTable();
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
        if (!node.isLiteral()) return recent(node, node);
        NodeId inline = NodeId.inline(node);
        if (inline != null) return stored(inline);
        Node storable = WideIntegers.storable(node);
        if (node.getLiteralLexicalForm().length() > LITERAL_KEPT_LENGTH) return stored(nodes.getAllocateNodeId(storable));
        return recent(node, storable);
    }

    /** The id of {@code node}, kept; {@code storable} is the term the node table is given for it. */
    private long recent(Node node, Node storable) {
        Long known = recent.get(node);
        if (known != null) return known;
        if (recent.size() >= TERMS_KEPT) recent.clear();
        long stored = stored(nodes.getAllocateNodeId(storable));
        recent.put(node, stored);
        return stored;
    }

    /** The node id in its 64-bit stored form. */
    private long stored(NodeId nodeId) {
        NodeIdFactory.set(nodeId, id);
        return Bytes.getLong(id, 0);
    }
}
