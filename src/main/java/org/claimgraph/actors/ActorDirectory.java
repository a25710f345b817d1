package org.claimgraph.actors;

import java.util.Optional;

import org.claimgraph.doc.Entity;
import org.claimgraph.doc.MentionType;

/**
 * The actors already known to the corpus, so that a newly ingested document links "Lavrov" to the
 * actor an earlier document named "Sergei Lavrov". Implementations must be thread-safe.
 */
public interface ActorDirectory {
    /** The IRI of the one actor of this type known by this name (full name, alias or, for people, surname). */
    Optional<String> lookup(MentionType type, String name);

    /** The label the directory knows for an actor it answered, its fullest ("Jane Q. Doe" rather than "Doe"). */
    default Optional<String> label(String iri) { return Optional.empty(); }

    /** Told each cluster of a document's names before it is linked (a replay records them); most ignore it. */
    default void linking(ActorLinker.Cluster cluster) {}

    /** Called with each entity of a processed document; a store that learns on its own ignores it. */
    default void learn(Entity entity) {}

    /**
     * True when an actor's IRI may still change: the corpus lives in a store that rewrites the documents it
     * holds. An extract run has already printed its earlier documents, so there an IRI stays as first minted.
     */
    default boolean renames() { return false; }

    /** Every name known for actor {@code from} now answers {@code to}. */
    default void rename(String from, String to) {}

    /** Knows no one: every document stands alone (apart from the well-known list). */
    ActorDirectory NONE = (type, name) -> Optional.empty();
}
