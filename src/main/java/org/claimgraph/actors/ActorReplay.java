package org.claimgraph.actors;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.claimgraph.doc.Entity;
import org.claimgraph.doc.MentionType;

/**
 * Actor identity for a run whose documents are processed out of order (on a cluster): the same IRIs as
 * one {@code extract} run over the same inputs in input order.
 * <ol>
 * <li>Each document is processed on its own through a {@link Recorder}, which knows no one and records the
 * clusters of names the document links ({@link ActorLinker.Cluster}: small, unlike the document).
 * <li>{@link #next} takes those clusters document by document in input order and links them against one
 * {@link InMemoryActorDirectory}, exactly as the extract run would have, and returns what that directory
 * answered the document (IRIs, and the labels of the persons it answered) when that changes how it is linked:
 * nothing for most (no earlier document knew its actors, or knew them by the IRIs and labels they have anyway),
 * whose first processing then stands.
 * <li>A document that was answered is linked again, and its later stages run again, through a {@link Recorder}
 * given those answers (a job that kept the document as linking left it takes that back and links it again,
 * and runs the later stages once, after).
 * </ol>
 * Linking needs only the clusters, so step 2 is a quick pass over small records.
 */
public final class ActorReplay {
    private final InMemoryActorDirectory directory = new InMemoryActorDirectory();

    /**
     * The directory's answers to the next document's clusters (key {@link #key}), empty when they change nothing;
     * after which it learns from them.
     */
    public Map<String, String> next(List<ActorLinker.Cluster> clusters) {
        Map<String, String> answers = new LinkedHashMap<>();
        ActorDirectory answering = new ActorDirectory() {
            @Override
            public Optional<String> lookup(MentionType type, String name) {
                Optional<String> found = directory.lookup(type, name);
                found.ifPresent(iri -> answers.put(key(type, name), iri));
                return found;
            }

            @Override
            public Optional<String> label(String iri) {
                Optional<String> found = directory.label(iri);
                found.ifPresent(label -> answers.put(labelKey(iri), label));
                return found;
            }
        };
        Map<String, Entity> entities = new LinkedHashMap<>();
        List<Entity> touched = new ArrayList<>();
        for (ActorLinker.Cluster c : clusters) touched.add(ActorLinker.link(entities, c, answering));
        for (Entity e : new LinkedHashSet<>(touched)) directory.learn(e);
        return answers.isEmpty() || sameAsAlone(clusters, entities, touched) ? Map.of() : answers;
    }

    /**
     * Whether the directory's answers link the clusters exactly as knowing no one does (the document's first
     * processing): the same entity for each cluster, and the same entities with the same labels, aliases and
     * predecessors in the same order. Most answered documents are such: an earlier "Joe Biden" answers this
     * one's "Joe Biden" with the IRI its label gives anyway. Linking is the only step that reads the directory,
     * so their first processing then stands.
     */
    private static boolean sameAsAlone(List<ActorLinker.Cluster> clusters, Map<String, Entity> linked, List<Entity> touched) {
        Map<String, Entity> alone = new LinkedHashMap<>();
        for (int i = 0; i < clusters.size(); i++) {
            if (!ActorLinker.link(alone, clusters.get(i), ActorDirectory.NONE).id().equals(touched.get(i).id())) return false;
        }
        if (!List.copyOf(alone.keySet()).equals(List.copyOf(linked.keySet()))) return false;
        for (Entity a : alone.values()) {
            Entity b = linked.get(a.id());
            if (a.type() != b.type() || !a.label().equals(b.label()) || !Objects.equals(a.supersedes(), b.supersedes())
                    || !List.copyOf(a.aliases()).equals(List.copyOf(b.aliases()))) return false;
        }
        return true;
    }

    static String key(MentionType type, String name) { return type.name() + "|" + name; }

    /** The key of a label answer: no type's name opens with a space. */
    static String labelKey(String iri) { return " label|" + iri; }

    /**
     * The directory a pipeline runs with in steps 1 and 3: per thread (one document at a time on each), it
     * answers what {@link #begin} was given and records the clusters the document links.
     */
    public static final class Recorder implements ActorDirectory {
        private final ThreadLocal<Map<String, String>> answers = ThreadLocal.withInitial(Map::of);
        private final ThreadLocal<List<ActorLinker.Cluster>> clusters = ThreadLocal.withInitial(ArrayList::new);

        /** Before a document: the answers {@link ActorReplay#next} gave it (empty on its first processing). */
        public void begin(Map<String, String> given) {
            answers.set(given);
            clusters.set(new ArrayList<>());
        }

        /** After a document: the clusters it linked, in order. */
        public List<ActorLinker.Cluster> clusters() { return List.copyOf(clusters.get()); }

        @Override
        public Optional<String> lookup(MentionType type, String name) {
            return Optional.ofNullable(answers.get().get(key(type, name)));
        }

        @Override
        public Optional<String> label(String iri) { return Optional.ofNullable(answers.get().get(labelKey(iri))); }

        @Override
        public void linking(ActorLinker.Cluster cluster) { clusters.get().add(cluster); }
    }
}
