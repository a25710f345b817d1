package org.claimgraph.actors;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.claimgraph.doc.Iris;
import org.claimgraph.doc.MentionType;

/**
 * The shipped offline list of well-known actors (countries, leaders and ministers, international
 * organizations, armed groups, news agencies) with their Wikidata items, aliases, the adjectives
 * that tie a title to a country ("Italian Prime Minister") and positions widely known to be held.
 * Loaded once; immutable, so one instance serves every thread.
 */
public final class WellKnownActors {
    static final String RESOURCE = "org/claimgraph/actors/well-known-actors.tsv";
    private static final String WIKIDATA = "http://www.wikidata.org/entity/";

    /** A position such as "President@Russia": a title in a country named by its label. */
    public record Position(String title, String country) {}

    /** One row of the list; {@code iri} is its claimgraph IRI. Compared by identity: each row is loaded once. */
    public record Actor(String qid, MentionType type, String label, List<String> aliases, List<String> adjectives,
                        List<Position> positions, String iri) {
        public Optional<String> wikidata() { return qid.isEmpty() ? Optional.empty() : Optional.of(WIKIDATA + qid); }
        @Override public boolean equals(Object o) { return this == o; }
        @Override public int hashCode() { return System.identityHashCode(this); }
    }

    private static final class Holder {
        static final WellKnownActors SHARED = load();
    }

    private final Map<String, List<Actor>> byName = new HashMap<>();
    private final Map<String, Actor> countryByAdjective = new HashMap<>();
    private final Map<String, Actor> byIri = new HashMap<>();
    private final Map<String, Actor> byLabel = new HashMap<>();
    /** Persons' full names (label and aliases) by surname key, for names that fit them ({@link PersonNames}). */
    private final Map<String, List<Map.Entry<List<String>, Actor>>> personsBySurname = new HashMap<>();
    private int maxAdjectiveWords = 1;

    private WellKnownActors(List<Actor> actors) {
        for (Actor a : actors) {
            byIri.put(a.iri(), a);
            byLabel.putIfAbsent(Names.key(a.label()), a);
            index(a.label(), a);
            for (String alias : a.aliases()) index(alias, a);
            if (a.type() == MentionType.LOCATION) {
                for (String adj : a.adjectives()) {
                    countryByAdjective.putIfAbsent(Names.key(adj), a);
                    maxAdjectiveWords = Math.max(maxAdjectiveWords, Names.words(adj).size());
                }
            }
        }
    }

    private void index(String name, Actor a) {
        List<Actor> list = byName.computeIfAbsent(Names.key(name), k -> new ArrayList<>(1));
        if (!list.contains(a)) list.add(a);
        List<String> words = Names.words(name);
        if (a.type() == MentionType.PERSON && words.size() > 1) {
            personsBySurname.computeIfAbsent(Names.surnameKey(words), k -> new ArrayList<>(1)).add(Map.entry(words, a));
        }
    }

    public static WellKnownActors shared() { return Holder.SHARED; }

    /** The actor a name of the given type denotes. Organizations and places may swap type (finders confuse them). */
    public Optional<Actor> find(MentionType type, String name) {
        List<Actor> candidates = byName.get(Names.key(name));
        if (candidates == null) return Optional.empty();
        for (Actor a : candidates) if (a.type() == type) return Optional.of(a);
        if (type == MentionType.PERSON) return Optional.empty();
        for (Actor a : candidates) if (a.type() != MentionType.PERSON) return Optional.of(a);
        return Optional.empty();
    }

    /**
     * The one listed person a multi-word name fits, or who fits it, by label or alias: "J. Trump" and
     * "Donald John Trump" are the list's "Donald J. Trump"; nothing when two listed persons would do.
     */
    public Optional<Actor> person(List<String> words) {
        Actor found = null;
        for (Map.Entry<List<String>, Actor> e : personsBySurname.getOrDefault(Names.surnameKey(words), List.of())) {
            if (!PersonNames.fits(words, e.getKey()) && !PersonNames.fits(e.getKey(), words)) continue;
            if (found != null && found != e.getValue()) return Optional.empty();
            found = e.getValue();
        }
        return Optional.ofNullable(found);
    }

    /**
     * The country (or other place) a word or words tie a title to: a demonym or metonym ("Russian",
     * "Kremlin", "U.S.") or a place name of the list ("Russia").
     */
    public Optional<Actor> country(String words) {
        String k = Names.key(Names.stripPossessive(words));
        Actor a = countryByAdjective.get(k);
        if (a != null) return Optional.of(a);
        List<Actor> named = byName.get(k);
        if (named != null) for (Actor n : named) if (n.type() == MentionType.LOCATION && !n.adjectives().isEmpty()) return Optional.of(n);
        return Optional.empty();
    }

    int maxAdjectiveWords() { return maxAdjectiveWords; }

    public Optional<Actor> byIri(String iri) { return Optional.ofNullable(byIri.get(iri)); }

    public Optional<Actor> byLabel(String label) { return Optional.ofNullable(byLabel.get(Names.key(label))); }

    public int size() { return byIri.size(); }

    private static WellKnownActors load() {
        try (InputStream in = WellKnownActors.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<Actor> actors = new ArrayList<>();
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t", -1);
                if (f.length < 3) throw new IllegalStateException(RESOURCE + ":" + n + ": fewer than 3 columns");
                List<Position> positions = new ArrayList<>();
                for (String p : list(f, 5)) {
                    int at = p.indexOf('@');
                    if (at <= 0) throw new IllegalStateException(RESOURCE + ":" + n + ": position without @: " + p);
                    positions.add(new Position(p.substring(0, at), p.substring(at + 1)));
                }
                MentionType type = MentionType.valueOf(f[1].trim());
                String label = f[2].trim();
                actors.add(new Actor(f[0].trim(), type, label, list(f, 3), list(f, 4), List.copyOf(positions), Iris.actor(type, label)));
            }
            return new WellKnownActors(actors);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> list(String[] f, int column) {
        if (f.length <= column || f[column].isBlank()) return List.of();
        List<String> out = new ArrayList<>();
        for (String s : f[column].split("\\|")) if (!s.isBlank()) out.add(s.trim());
        return List.copyOf(out);
    }
}
