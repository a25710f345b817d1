package org.claimgraph.spark;

import java.io.Serializable;
import java.util.List;

import org.claimgraph.actors.ActorLinker;

/**
 * One document after the first pass: its N-Quads (gzipped) and quad count, the clusters of names it linked
 * (for the replay), or why it was skipped. {@code page} numbers the documents of one unit.
 */
record DocResult(Unit unit, int page, String given, byte[] quads, long quadCount, List<ActorLinker.Cluster> clusters,
                 String skipped) implements Serializable {
    String key() { return unit.index() + ":" + page; }

    boolean ok() { return skipped == null; }

    /** What the driver's replay needs: the same without the quads. */
    DocResult withoutQuads() { return new DocResult(unit, page, given, null, quadCount, clusters, skipped); }
}
