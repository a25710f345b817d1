package org.claimgraph.actors;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.claimgraph.doc.Entity;
import org.claimgraph.doc.Iris;
import org.claimgraph.doc.MentionType;

/**
 * An {@link ActorDirectory} that learns from the documents processed before: for tests and for one
 * extract run over many files. A name or surname that two different actors share answers nothing.
 * A person met first by surname alone ("Abenov") is the same actor when a later document gives the
 * full name ("Daulet Abenov"), as long as no full name with that surname is known yet: the actor is
 * then one whichever document comes first. Over a store ({@link #forStore()}) the actor is also renamed to
 * the full name's IRI, so its IRI does not depend on the order either. A person's name with or without its
 * middle names or initials, and a first name alone, answer the one person known by a name it fits
 * ({@link PersonNames}), and nothing when two are.
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
    /** Persons' full names by surname key, each with its actor: what a shorter or fuller name is compared with. */
    private final ConcurrentHashMap<String, List<FullName>> fullNames = new ConcurrentHashMap<>();
    /** The fullest label of each actor ({@link #label}). */
    private final ConcurrentHashMap<String, String> labels = new ConcurrentHashMap<>();
    private final boolean renames;

    /** For one extract run: IRIs stay as first minted. */
    public InMemoryActorDirectory() { this(false); }

    private InMemoryActorDirectory(boolean renames) { this.renames = renames; }

    /** For a store, which rewrites its documents when an actor is renamed. */
    public static InMemoryActorDirectory forStore() { return new InMemoryActorDirectory(true); }

    private record FullName(List<String> words, String iri) {}

    @Override
    public Optional<String> lookup(MentionType type, String name) {
        String iri = names.get(nameKey(type, name));
        List<String> words = Names.words(name);
        if (iri == null && type == MentionType.PERSON && words.size() == 1) {
            iri = names.get(surnameKey(type, words));
            if (iri == null) iri = names.get(firstNameKey(type, Names.key(words.get(0))));
        }
        if (iri == null && type == MentionType.PERSON && words.size() > 1) iri = fitting(words);
        if (iri == null && type == MentionType.PERSON && words.size() > 1 && !names.containsKey(surnameKey(type, words))) {
            iri = names.get(nameKey(type, Names.surnameKey(words)));
        }
        return iri == null || iri.equals(AMBIGUOUS) ? Optional.empty() : Optional.of(current(iri));
    }

    /**
     * The one person whose known full names a name fits ("Donald Trump" -> "Donald J. Trump"), else the one whose
     * known full names all fit it ("John A. Smith" -> "John Smith"); null when none or two.
     */
    private String fitting(List<String> words) {
        List<FullName> known = fullNames.get(Names.surnameKey(words));
        if (known == null) return null;
        Set<String> fuller = new HashSet<>(), shorter = new HashSet<>(), against = new HashSet<>();
        for (FullName f : known) {
            String iri = current(f.iri());
            if (PersonNames.fits(words, f.words())) fuller.add(iri);
            else if (PersonNames.fits(f.words(), words)) shorter.add(iri);
            else against.add(iri);
        }
        if (fuller.size() == 1) return fuller.iterator().next();
        shorter.removeAll(against);
        return fuller.isEmpty() && shorter.size() == 1 ? shorter.iterator().next() : null;
    }

    @Override
    public Optional<String> label(String iri) { return Optional.ofNullable(labels.get(current(iri))); }

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
        if (Iris.isDocumentActor(entity.id())) return;
        put(nameKey(entity.type(), entity.label()), entity.id());
        List<String> words = Names.words(entity.label());
        for (String alias : entity.aliases()) {
            // A person's surname or first name alone is learned as such below, where a second holder makes it ambiguous.
            if (entity.type() != MentionType.PERSON || words.size() < 2 || !partOf(alias, words)) put(nameKey(entity.type(), alias), entity.id());
        }
        if (entity.type() == MentionType.PERSON) {
            if (words.size() > 1) put(surnameKey(entity.type(), words), entity.id());
            learnFullName(words, entity.id());
            for (String alias : entity.aliases()) learnFullName(Names.words(alias), entity.id());
            if (names.size() < MAX_NAMES) labels.merge(entity.id(), entity.label(), ActorLinker::fuller);
        }
    }

    private static boolean partOf(String alias, List<String> words) {
        String k = Names.key(alias);
        return Names.words(alias).size() == 1 && (k.equals(Names.surnameKey(words)) || k.equals(PersonNames.firstName(words)));
    }

    private void learnFullName(List<String> words, String iri) {
        if (words.size() < 2 || names.size() >= MAX_NAMES) return;
        String first = PersonNames.firstName(words);
        if (first != null) put(firstNameKey(MentionType.PERSON, first), iri);
        List<FullName> known = fullNames.computeIfAbsent(Names.surnameKey(words), k -> new CopyOnWriteArrayList<>());
        String key = Names.key(String.join(" ", words));
        for (FullName f : known) if (f.iri().equals(iri) && Names.key(String.join(" ", f.words())).equals(key)) return;
        known.add(new FullName(List.copyOf(words), iri));
    }

    private void put(String key, String iri) {
        if (names.size() >= MAX_NAMES && !names.containsKey(key)) return;
        names.merge(key, iri, (old, neu) -> current(old).equals(neu) ? neu : AMBIGUOUS);
    }

    private static String nameKey(MentionType type, String name) { return type + "|" + Names.key(name); }

    private static String surnameKey(MentionType type, List<String> words) { return type + "~" + Names.surnameKey(words); }

    private static String firstNameKey(MentionType type, String firstName) { return type + "^" + firstName; }
}
