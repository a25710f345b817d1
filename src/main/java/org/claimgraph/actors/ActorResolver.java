package org.claimgraph.actors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.claimgraph.actors.names.Gazetteer;
import org.claimgraph.doc.Document;
import org.claimgraph.doc.Entity;
import org.claimgraph.doc.Mention;
import org.claimgraph.doc.MentionType;
import org.claimgraph.doc.Span;
import org.claimgraph.language.FunctionWords;
import org.claimgraph.pipeline.Component;

/**
 * One actor each: groups a document's PERSON, ORGANIZATION and LOCATION mentions into entities
 * ({@link MentionGroups}) and gives each the one IRI it has in the whole corpus: the well-known list's label
 * when the actor is on it, else the longest full form in the document, else whatever {@link ActorDirectory}
 * already knows by one of its names ({@link ActorLinker}). Then the roles the text states ({@link RoleFinder}).
 * Per-document state is local, so one resolver serves many threads.
 */
public final class ActorResolver implements Component {
    private static final Set<String> HONORIFICS = FunctionWords.get("honorifics");

    private final WellKnownActors known;
    private final TitleLexicon titles;
    private final ActorDirectory directory;
    private final RoleFinder roleFinder;
    private final MentionGroups groups;
    private final Descriptions descriptions;

    public ActorResolver() {
        this(ActorDirectory.NONE);
    }

    public ActorResolver(ActorDirectory directory) {
        this.known = WellKnownActors.shared();
        this.titles = TitleLexicon.shared();
        this.directory = directory;
        this.roleFinder = new RoleFinder(known, titles);
        this.groups = new MentionGroups(known);
        this.descriptions = new Descriptions(known, titles, roleFinder);
    }

    /** The directory learns from each document, so documents must meet it in input order. */
    @Override
    public boolean inInputOrder() { return directory != ActorDirectory.NONE; }

    @Override
    public void process(Document doc) {
        List<Mention> actors = sortedActors(doc);
        int n = actors.size();
        NamedMention[] named = new NamedMention[n];
        for (int i = 0; i < n; i++) named[i] = name(actors.get(i));
        int[] group = groups.group(doc.text(), named);

        Map<Integer, List<NamedMention>> clusters = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) clusters.computeIfAbsent(group[i], k -> new ArrayList<>()).add(named[i]);
        List<Entity> touched = new ArrayList<>();
        for (List<NamedMention> cluster : clusters.values()) {
            Entity e = entityFor(doc, cluster);
            touched.add(e);
            for (NamedMention m : cluster) m.mention().setEntity(e.id());
        }
        roleFinder.find(doc, actors);
        for (Entity e : new LinkedHashSet<>(touched)) directory.learn(e);
    }

    /**
     * Takes back what {@link #process} did to a document (its entities, its mentions' entities), so that it can be
     * linked again with other answers (a cluster job's second pass) without a copy of it made before.
     */
    public static void unlink(Document doc) {
        doc.entities().clear();
        for (Mention m : doc.mentions()) m.setEntity(null);
    }

    /**
     * The entity a description or pronoun stands for, for the assertions stage ({@link Descriptions}). Call after
     * {@link #process}.
     */
    public Optional<String> resolveDescription(Document doc, Span span) { return descriptions.resolve(doc, span); }

    static List<Mention> sortedActors(Document doc) {
        List<Mention> actors = new ArrayList<>();
        for (Mention m : doc.mentions()) if (m.type() != null && m.type().isActor()) actors.add(m);
        actors.sort(Comparator.comparing(Mention::span));
        return actors;
    }

    private NamedMention name(Mention m) {
        String display = Names.stripPossessive(m.text().trim());
        List<String> words = Names.words(display);
        int drop = 0;
        while (drop < words.size() - 1 && (words.get(drop).equalsIgnoreCase("the")
                || HONORIFICS.contains(Names.key(words.get(drop))))) drop++;
        if (m.type() == MentionType.PERSON) drop += titlePrefix(words.subList(drop, words.size()));
        if (drop > 0) {
            words = List.copyOf(words.subList(drop, words.size()));
            display = String.join(" ", words);
        }
        WellKnownActors.Actor actor = known.find(m.type(), display).orElse(null);
        if (actor == null && m.type() == MentionType.PERSON && words.size() > 1) actor = known.person(words).orElse(null);
        if (actor == null && m.type() != MentionType.PERSON && words.size() > 1 && words.get(words.size() - 1).equalsIgnoreCase("group")) {
            actor = known.find(m.type(), String.join(" ", words.subList(0, words.size() - 1))).orElse(null);
        }
        boolean acronym = m.type() != MentionType.PERSON && Names.isAcronym(display);
        if (actor == null && m.type() != MentionType.PERSON && words.size() == 1) actor = slashedAlias(m.type(), display);
        return new NamedMention(m, display, Names.key(display), words, actor, acronym);
    }

    /**
     * "ISIL/ISIS", "IS/Daesh": two names of one group written as a pair are that group, when the list knows
     * every part as the same actor. A slashed name of its own ("RFE/RL") is looked up whole first.
     */
    private WellKnownActors.Actor slashedAlias(MentionType type, String display) {
        int slash = display.indexOf('/');
        if (slash <= 0 || slash == display.length() - 1) return null;
        WellKnownActors.Actor actor = null;
        for (String part : display.split("/")) {
            WellKnownActors.Actor a = known.find(type, part).orElse(null);
            if (a == null || actor != null && !actor.equals(a)) return null;
            actor = a;
        }
        return actor;
    }

    /** How many leading words of a person's mention are a title ("Russian Foreign Minister Sergei X" -> 3). */
    private int titlePrefix(List<String> words) {
        int start = 0;
        for (int a = Math.min(known.maxAdjectiveWords(), words.size() - 2); a >= 1; a--) {
            if (known.country(String.join(" ", words.subList(0, a))).isPresent()) { start = a; break; }
        }
        for (int end = words.size() - 1; end > start; end--) {
            List<String> cand = words.subList(start, end);
            int s = 0;
            while (s < cand.size() - 1 && TitleLexicon.MODIFIERS.contains(cand.get(s).toLowerCase(Locale.ROOT))) s++;
            if (titles.isTitle(String.join(" ", cand)) || titles.isTitle(String.join(" ", cand.subList(s, cand.size())))) return end;
        }
        return 0;
    }

    private Entity entityFor(Document doc, List<NamedMention> cluster) {
        WellKnownActors.Actor actor = null;
        for (NamedMention m : cluster) if (m.known() != null) { actor = m.known(); break; }
        Set<String> names = new LinkedHashSet<>();
        for (NamedMention m : cluster) names.add(m.display());
        ActorLinker.Cluster linked;
        if (actor != null) {
            ensureEntity(doc, actor);
            linked = new ActorLinker.Cluster(actor.type(), actor.label(), List.copyOf(names), actor.iri(), null);
        } else {
            MentionType type = majorityType(cluster);
            String label = longestForm(cluster);
            boolean onlyFirstName = type == MentionType.PERSON && cluster.stream()
                    .allMatch(m -> PersonNames.onlyFirstName(m.mention().text(), m.words()) && !afterTitle(doc.text(), m.mention().span().start()));
            linked = new ActorLinker.Cluster(type, label, List.copyOf(names), null, onlyFirstName && doc.id() != null ? doc.id() : null);
        }
        directory.linking(linked);
        Entity e = ActorLinker.link(doc.entities(), linked, directory);
        // A first name the directory gave a well-known person ("Vladimir" of an earlier "Vladimir Putin").
        if (actor == null) known.byIri(e.id()).flatMap(WellKnownActors.Actor::wikidata).ifPresent(e.sameAs()::add);
        return e;
    }

    /** The word before {@code at} is a title or an honorific: "Princess Diana", "Pope Francis", "Mr. Bean". */
    private boolean afterTitle(String text, int at) {
        int end = at;
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) end--;
        int start = end;
        while (start > 0 && (Character.isLetter(text.charAt(start - 1)) || text.charAt(start - 1) == '.')) start--;
        String word = text.substring(start, end);
        return !word.isEmpty() && (Gazetteer.get().isTitleWord(word) || HONORIFICS.contains(Names.key(word.replace(".", ""))));
    }

    /** The entity of a well-known actor in this document, made when first needed. */
    static Entity ensureEntity(Document doc, WellKnownActors.Actor actor) {
        return doc.entities().computeIfAbsent(actor.iri(), iri -> {
            Entity e = new Entity(iri, actor.type(), actor.label());
            actor.wikidata().ifPresent(e.sameAs()::add);
            return e;
        });
    }

    private static MentionType majorityType(List<NamedMention> cluster) {
        Map<MentionType, Integer> counts = new EnumMap<>(MentionType.class);
        MentionType best = cluster.get(0).type();
        for (NamedMention m : cluster) {
            int c = counts.merge(m.type(), 1, Integer::sum);
            if (c > counts.get(best)) best = m.type();
        }
        return best;
    }

    /** The longest full form: most words, then most characters; acronyms only when nothing else names it. */
    private static String longestForm(List<NamedMention> cluster) {
        NamedMention best = null;
        for (NamedMention m : cluster) {
            if (best == null || better(m, best)) best = m;
        }
        return best.display();
    }

    private static boolean better(NamedMention a, NamedMention b) {
        if (a.acronym() != b.acronym()) return !a.acronym();
        if (a.words().size() != b.words().size()) return a.words().size() > b.words().size();
        return a.display().length() > b.display().length();
    }
}
