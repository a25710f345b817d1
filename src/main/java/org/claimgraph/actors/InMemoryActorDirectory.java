package org.claimgraph.actors;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.claimgraph.doc.Entity;
import org.claimgraph.doc.MentionType;

/**
 * An {@link ActorDirectory} that learns from the documents processed before: for tests and for one
 * extract run over many files. A name or surname that two different actors share answers nothing.
 * A person met first by surname alone ("Abenov") is the same actor when a later document gives the
 * full name ("Daulet Abenov"), as long as no full name with that surname is known yet: the actor is
 * then one whichever document comes first. Over a store ({@link #forStore()}) the actor is also renamed to
 * the full name's IRI, so its IRI does not depend on the order either.
 * It stops learning at {@link #MAX_NAMES} names, so a run over any number of files keeps a bounded
 * heap; later documents then link through the names learned so far and the well-known list.
 */
public final class InMemoryActorDirectory implements ActorDirectory {
    private static final String AMBIGUOUS = "";
    /** About 100 MB of names: room for every actor of hundreds of thousands of articles. */
    public static final int MAX_NAMES = 1_000_000;
    private final ConcurrentHashMap<String, String> names = new ConcurrentHashMap<>();
    /** Renamed actors, old IRI to new: names learned under the old IRI answer the new one. */
    private final ConcurrentHashMap<String, String> renamed = new ConcurrentHashMap<>();
    private final boolean renames;

    /** For one extract run: IRIs stay as first minted. */
    public InMemoryActorDirectory() { this(false); }

    private InMemoryActorDirectory(boolean renames) { this.renames = renames; }

    /** For a store, which rewrites its documents when an actor is renamed. */
    public static InMemoryActorDirectory forStore() { return new InMemoryActorDirectory(true); }

    @Override
    public Optional<String> lookup(MentionType type, String name) {
        String iri = names.get(nameKey(type, name));
        List<String> words = Names.words(name);
        if (iri == null && type == MentionType.PERSON && words.size() == 1) iri = names.get(surnameKey(type, words));
        if (iri == null && type == MentionType.PERSON && words.size() > 1 && !names.containsKey(surnameKey(type, words))) {
            iri = names.get(nameKey(type, Names.surnameKey(words)));
        }
        return iri == null || iri.equals(AMBIGUOUS) ? Optional.empty() : Optional.of(current(iri));
    }

    @Override
    public boolean renames() { return renames; }

    @Override
    public void rename(String from, String to) {
        if (renames && !from.equals(to)) renamed.put(from, to);
    }

    /** The IRI an actor has now, after any renames. */
    private String current(String iri) {
        for (String next = renamed.get(iri); next != null; next = renamed.get(iri)) iri = next;
        return iri;
    }

    @Override
    public void learn(Entity entity) {
        put(nameKey(entity.type(), entity.label()), entity.id());
        for (String alias : entity.aliases()) put(nameKey(entity.type(), alias), entity.id());
        if (entity.type() == MentionType.PERSON) {
            List<String> words = Names.words(entity.label());
            if (words.size() > 1) put(surnameKey(entity.type(), words), entity.id());
        }
    }

    private void put(String key, String iri) {
        if (names.size() >= MAX_NAMES && !names.containsKey(key)) return;
        names.merge(key, iri, (old, neu) -> current(old).equals(neu) ? neu : AMBIGUOUS);
    }

    private static String nameKey(MentionType type, String name) { return type + "|" + Names.key(name); }

    private static String surnameKey(MentionType type, List<String> words) { return type + "~" + Names.surnameKey(words); }
}
