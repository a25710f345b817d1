package org.claimgraph.actors;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.claimgraph.doc.Entity;
import org.claimgraph.doc.Iris;
import org.claimgraph.doc.MentionType;

/**
 * Gives one cluster of a document's names (one actor, as {@link ActorResolver} grouped them) its corpus-wide
 * entity: the well-known list's actor, else whatever the {@link ActorDirectory} knows by the longest of
 * its names, else a new IRI from its label. {@link ActorResolver} links each document's clusters; a
 * replay of a run's clusters in input order ({@link ActorReplay}) links them again with the same code.
 */
public final class ActorLinker {
    /**
     * A cluster: its type, label (longest full form), distinct names in document order, the IRI of
     * the well-known actor it is (then type and label are that actor's) or null, and the IRI of its document
     * when only that document can say who it is ({@link PersonNames#onlyFirstName}), else null.
     */
    public record Cluster(MentionType type, String label, List<String> names, String knownIri, String document) implements Serializable {
        public Cluster {
            names = List.copyOf(names);
        }
    }

    private ActorLinker() {}

    /** The cluster's entity in {@code entities}, made there when new; its other names become aliases. */
    public static Entity link(Map<String, Entity> entities, Cluster c, ActorDirectory directory) {
        Entity e;
        if (c.knownIri() != null) {
            e = entities.computeIfAbsent(c.knownIri(), iri -> new Entity(iri, c.type(), c.label()));
        } else {
            String iri = null;
            List<String> byLength = new ArrayList<>(c.names());
            byLength.sort(Comparator.comparingInt((String s) -> Names.words(s).size()).thenComparingInt(String::length).reversed());
            boolean fullName = c.type() == MentionType.PERSON && Names.words(c.label()).size() > 1;
            for (String name : byLength) {
                // A person named in full is found by that name: its surname or first name alone may be another's.
                if (fullName && Names.words(name).size() < 2) break;
                Optional<String> found = directory.lookup(c.type(), name);
                if (found.isPresent()) { iri = found.get(); break; }
            }
            String supersedes = null;
            if (iri != null && directory.renames() && namedBySurnameAlone(c.type(), c.label(), iri)) {
                supersedes = iri;
                iri = Iris.actor(c.type(), c.label());
                directory.rename(supersedes, iri);
            }
            String label = c.label();
            // "Kadyrov" of a person the corpus knows as "Ramzan Akhmadovich Kadyrov": one actor, one label.
            if (iri != null && supersedes == null && c.type() == MentionType.PERSON) {
                label = directory.label(iri).map(known -> fuller(c.label(), known)).orElse(label);
            }
            // A first name alone that no one person of the corpus holds: another article's "Hillary" may be someone else.
            if (iri == null) iri = c.document() != null ? Iris.documentActor(c.type(), c.label(), c.document()) : Iris.actor(c.type(), c.label());
            e = entities.get(iri);
            if (e == null) {
                e = new Entity(iri, c.type(), label);
                e.setSupersedes(supersedes);
                entities.put(iri, e);
            }
        }
        for (String name : c.names()) if (!name.equals(e.label())) e.aliases().add(name);
        return e;
    }

    /** The fuller of two labels of one actor: more words, then more characters; {@code a} when they tie. */
    static String fuller(String a, String b) {
        int wa = Names.words(a).size(), wb = Names.words(b).size();
        if (wa != wb) return wa > wb ? a : b;
        return b.length() > a.length() ? b : a;
    }

    /**
     * A person the corpus knew by surname alone ("Abenov"), named in full by this document ("Daulet Abenov"):
     * the full name becomes the actor's IRI, whichever document came first.
     */
    private static boolean namedBySurnameAlone(MentionType type, String label, String iri) {
        List<String> words = Names.words(label);
        return type == MentionType.PERSON && words.size() > 1 && iri.equals(Iris.actor(type, Names.surnameKey(words)))
                && !iri.equals(Iris.actor(type, label));
    }
}
