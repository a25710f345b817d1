package org.claimgraph.spark;

import java.io.Serializable;
import java.util.List;

import org.claimgraph.actors.ActorLinker;
import org.claimgraph.doc.Document;

/**
 * One document after the first pass: the document as linking it alone left it, the clusters of names it linked
 * (for the replay), or why it was skipped. {@code page} numbers the documents of one unit.
 */
record DocResult(Unit unit, int page, String given, Document document, List<ActorLinker.Cluster> clusters, String skipped)
        implements Serializable {
    String key() { return unit.index() + ":" + page; }

    boolean ok() { return skipped == null; }

    /** What the driver's replay needs: the same without the document. */
    DocResult withoutDocument() { return new DocResult(unit, page, given, null, clusters, skipped); }

    static DocResult skipped(Unit unit, int page, String given, String reason) {
        return new DocResult(unit, page, given, null, List.of(), reason);
    }
}
