package org.claimgraph.actors;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.claimgraph.doc.Document;
import org.claimgraph.doc.Entity;
import org.claimgraph.doc.Mention;
import org.claimgraph.doc.MentionType;
import org.claimgraph.doc.Role;
import org.claimgraph.doc.Sentence;
import org.claimgraph.doc.Span;
import org.claimgraph.pipeline.Component;

/**
 * One actor each: groups a document's PERSON, ORGANIZATION and LOCATION mentions into entities and
 * gives each the one IRI it has in the whole corpus.
 * <ul>
 * <li>Within the document: the same name, full name and later surname, possessives, titles left
 * out, acronym and expansion ("Islamic State (IS)", initials), "X group", a name with and without a
 * country in front ("Russian Foreign Ministry" ... "Foreign Ministry"), aliases of the well-known list.
 * <li>Across documents: the well-known list's label when the actor is on it, else the longest full
 * form in the document, else whatever {@link ActorDirectory} already knows by one of its names.
 * </ul>
 * Then the roles the text states ({@link RoleFinder}). Linear in the number of mentions (hash maps);
 * per-document state is local, so one resolver serves many threads.
 */
public final class ActorResolver implements Component {
    private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "miss", "dr", "sir", "dame", "madame", "monsieur",
            "prof", "professor", "lord", "lady");
    private static final Set<String> PRONOUNS = Set.of("he", "him", "his", "himself", "she", "her", "hers", "herself");

    private final WellKnownActors known;
    private final TitleLexicon titles;
    private final ActorDirectory directory;
    private final RoleFinder roleFinder;

    public ActorResolver() {
        this(ActorDirectory.NONE);
    }

    public ActorResolver(ActorDirectory directory) {
        this.known = WellKnownActors.shared();
        this.titles = TitleLexicon.shared();
        this.directory = directory;
        this.roleFinder = new RoleFinder(known, titles);
    }

    /** The directory learns from each document, so documents must meet it in input order. */
    @Override
    public boolean inInputOrder() { return directory != ActorDirectory.NONE; }

    /** A mention with its name as compared: possessive, "the", honorifics and titles left out. */
    private record Named(Mention mention, String display, String key, List<String> words,
                         WellKnownActors.Actor known, boolean acronym) {
        MentionType type() { return mention.type(); }
        boolean isShort() { return acronym || (type() == MentionType.PERSON && words.size() == 1); }
    }

    @Override
    public void process(Document doc) {
        List<Mention> actors = sortedActors(doc);
        int n = actors.size();
        Named[] named = new Named[n];
        for (int i = 0; i < n; i++) named[i] = name(actors.get(i));
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) parent[i] = i;
        group(doc.text(), named, parent);

        Map<Integer, List<Named>> clusters = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) clusters.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(named[i]);
        List<Entity> touched = new ArrayList<>();
        for (List<Named> cluster : clusters.values()) {
            Entity e = entityFor(doc, cluster);
            touched.add(e);
            for (Named m : cluster) m.mention().setEntity(e.id());
        }
        roleFinder.find(doc, actors);
        for (Entity e : new LinkedHashSet<>(touched)) directory.learn(e);
    }

    private static List<Mention> sortedActors(Document doc) {
        List<Mention> actors = new ArrayList<>();
        for (Mention m : doc.mentions()) if (m.type() != null && m.type().isActor()) actors.add(m);
        actors.sort(Comparator.comparing(Mention::span));
        return actors;
    }

    private Named name(Mention m) {
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
        if (actor == null && m.type() == MentionType.PERSON && words.size() > 2) {
            actor = known.find(m.type(), words.get(0) + " " + words.get(words.size() - 1)).orElse(null);
        }
        if (actor == null && m.type() != MentionType.PERSON && words.size() > 1 && words.get(words.size() - 1).equalsIgnoreCase("group")) {
            actor = known.find(m.type(), String.join(" ", words.subList(0, words.size() - 1))).orElse(null);
        }
        boolean acronym = m.type() != MentionType.PERSON && Names.isAcronym(display);
        if (actor == null && m.type() != MentionType.PERSON && words.size() == 1) actor = slashedAlias(m.type(), display);
        return new Named(m, display, Names.key(display), words, actor, acronym);
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

    private void group(String text, Named[] named, int[] parent) {
        int n = named.length;
        Map<WellKnownActors.Actor, Integer> byKnown = new HashMap<>();
        Map<String, Integer> byKey = new HashMap<>();
        Map<String, Integer> byFirstLast = new HashMap<>();
        Map<String, List<Integer>> bySurname = new HashMap<>();
        Map<String, Integer> byInitials = new HashMap<>();
        Map<String, Integer> byShortened = new HashMap<>();

        // A lone surname on the list ("Abbas", "Kerry") yields to a different full name the document gives it.
        Set<String> localSurnames = new HashSet<>();
        for (Named m : named) {
            if (m.type() == MentionType.PERSON && m.known() == null && m.words().size() > 1) localSurnames.add(Names.surnameKey(m.words()));
        }
        for (int i = 0; i < n; i++) {
            Named m = named[i];
            if (m.known() != null && m.type() == MentionType.PERSON && m.words().size() == 1 && localSurnames.contains(Names.surnameKey(m.words()))) {
                named[i] = new Named(m.mention(), m.display(), m.key(), m.words(), null, m.acronym());
            }
        }

        // Full forms first, in document order: a surname or acronym may come before its full form.
        for (int i = 0; i < n; i++) {
            Named m = named[i];
            String typed = m.type() + "|";
            if (m.known() != null) {
                Integer j = byKnown.putIfAbsent(m.known(), i);
                if (j != null) union(parent, i, j);
            } else if (m.isShort()) {
                continue;
            }
            joinOrPut(parent, byKey, typed + m.key(), i);
            if (m.type() == MentionType.PERSON) {
                if (m.words().size() > 1) {
                    if (m.known() == null) joinOrPut(parent, byFirstLast, Names.firstLastKey(m.words()), i);
                    bySurname.computeIfAbsent(Names.surnameKey(m.words()), k -> new ArrayList<>()).add(i);
                }
                continue;
            }
            if (m.words().size() > 1) {
                for (String ini : Names.initials(m.display())) putUnique(parent, byInitials, ini, i);
                String last = m.words().get(m.words().size() - 1);
                if (last.equalsIgnoreCase("group")) {
                    joinOrPut(parent, byKey, typed + Names.key(String.join(" ", m.words().subList(0, m.words().size() - 1))), i);
                }
                String shortened = m.type() == MentionType.ORGANIZATION ? withoutLeadingCountry(m.words()) : null;
                if (shortened != null) putUnique(parent, byShortened, typed + Names.key(shortened), i);
            }
        }
        // "Foreign Ministry" after "Russian Foreign Ministry", when only one country's ministry is named.
        for (int i = 0; i < n; i++) {
            Named m = named[i];
            if (m.known() != null || m.isShort() || m.type() == MentionType.PERSON) continue;
            Integer j = byShortened.get(m.type() + "|" + m.key());
            if (j != null && j >= 0) union(parent, i, j);
        }
        for (int i = 0; i < n; i++) {
            Named m = named[i];
            if (m.known() != null || !m.isShort()) continue;
            String typed = m.type() + "|";
            if (m.type() == MentionType.PERSON) {
                // Not by key: two "Petrenko"s may be two people, each nearest to a different full name.
                Integer full = nearest(bySurname.get(Names.surnameKey(m.words())), i);
                if (full != null) {
                    union(parent, i, full);
                    continue;
                }
            } else {
                Integer partner = parenthesisPartner(text, named, i);
                if (partner != null) union(parent, i, partner);
                Integer expansion = byInitials.get(Names.acronymLetters(m.display()));
                if (expansion != null && expansion >= 0) union(parent, i, expansion);
            }
            joinOrPut(parent, byKey, typed + m.key(), i);
        }
    }

    /** "Islamic State (IS)" or "IS (Islamic State)": the non-person mention right before or after in parentheses. */
    private static Integer parenthesisPartner(String text, Named[] named, int i) {
        Span s = named[i].mention().span();
        if (i > 0 && named[i - 1].type() != MentionType.PERSON && onlyOpenParen(text, named[i - 1].mention().span().end(), s.start())) return i - 1;
        if (i + 1 < named.length && named[i + 1].type() != MentionType.PERSON && onlyOpenParen(text, s.end(), named[i + 1].mention().span().start())) return i + 1;
        return null;
    }

    private static boolean onlyOpenParen(String text, int from, int to) {
        if (from > to || to - from > 4) return false;
        boolean paren = false;
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (c == '(' && !paren) paren = true;
            else if (!Character.isWhitespace(c)) return false;
        }
        return paren;
    }

    /** The name without a country word or possessive in front: "Russian Foreign Ministry" -> "Foreign Ministry". */
    private String withoutLeadingCountry(List<String> words) {
        for (int a = Math.min(known.maxAdjectiveWords(), words.size() - 1); a >= 1; a--) {
            if (known.country(String.join(" ", words.subList(0, a))).isPresent()) return String.join(" ", words.subList(a, words.size()));
        }
        return null;
    }

    /** The full form nearest before mention i, else the first after it. */
    private static Integer nearest(List<Integer> positions, int i) {
        if (positions == null || positions.isEmpty()) return null;
        int at = Collections.binarySearch(positions, i);
        int insertion = at >= 0 ? at : -at - 1;
        return insertion > 0 ? positions.get(insertion - 1) : positions.get(insertion);
    }

    private static void joinOrPut(int[] parent, Map<String, Integer> map, String key, int i) {
        Integer j = map.putIfAbsent(key, i);
        if (j != null) union(parent, i, j);
    }

    /** Records i under key unless another group holds it already: then the key means nothing (-1). */
    private static void putUnique(int[] parent, Map<String, Integer> map, String key, int i) {
        Integer j = map.putIfAbsent(key, i);
        if (j != null && j >= 0 && find(parent, j) != find(parent, i)) map.put(key, -1);
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /** Joins two groups; the earlier mention stays the root, so groups keep document order. */
    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a), rb = find(parent, b);
        if (ra == rb) return;
        if (ra < rb) parent[rb] = ra;
        else parent[ra] = rb;
    }

    private Entity entityFor(Document doc, List<Named> cluster) {
        WellKnownActors.Actor actor = null;
        for (Named m : cluster) if (m.known() != null) { actor = m.known(); break; }
        Set<String> names = new LinkedHashSet<>();
        for (Named m : cluster) names.add(m.display());
        ActorLinker.Cluster linked;
        if (actor != null) {
            ensureEntity(doc, actor);
            linked = new ActorLinker.Cluster(actor.type(), actor.label(), List.copyOf(names), actor.iri());
        } else {
            linked = new ActorLinker.Cluster(majorityType(cluster), longestForm(cluster), List.copyOf(names), null);
        }
        directory.linking(linked);
        return ActorLinker.link(doc.entities(), linked, directory);
    }

    /** The entity of a well-known actor in this document, made when first needed. */
    static Entity ensureEntity(Document doc, WellKnownActors.Actor actor) {
        return doc.entities().computeIfAbsent(actor.iri(), iri -> {
            Entity e = new Entity(iri, actor.type(), actor.label());
            actor.wikidata().ifPresent(e.sameAs()::add);
            return e;
        });
    }

    private static MentionType majorityType(List<Named> cluster) {
        Map<MentionType, Integer> counts = new EnumMap<>(MentionType.class);
        MentionType best = cluster.get(0).type();
        for (Named m : cluster) {
            int c = counts.merge(m.type(), 1, Integer::sum);
            if (c > counts.get(best)) best = m.type();
        }
        return best;
    }

    /** The longest full form: most words, then most characters; acronyms only when nothing else names it. */
    private static String longestForm(List<Named> cluster) {
        Named best = null;
        for (Named m : cluster) {
            if (best == null || better(m, best)) best = m;
        }
        return best.display();
    }

    private static boolean better(Named a, Named b) {
        if (a.acronym() != b.acronym()) return !a.acronym();
        if (a.words().size() != b.words().size()) return a.words().size() > b.words().size();
        return a.display().length() > b.display().length();
    }

    /**
     * The entity a description or pronoun stands for, for the assertions stage: "he"/"she" is the
     * nearest person named before; "the Russian chief of General Staff" is the person the document
     * gave that title (in that country); "the Kremlin leader" a person who holds or is widely known
     * to have held a leading position there. Call after {@link #process}.
     */
    public Optional<String> resolveDescription(Document doc, Span span) {
        List<Mention> actors = sortedActors(doc);
        String text = doc.slice(span).trim();
        if (PRONOUNS.contains(text.toLowerCase(Locale.ROOT))) return nearestPerson(actors, span.start(), Set.of());
        Sentence sentence = null;
        for (Sentence s : doc.sentences()) if (s.span().start() <= span.start() && span.start() < s.span().end()) { sentence = s; break; }
        if (sentence == null) return Optional.empty();
        int from = 0;
        while (from < actors.size() && actors.get(from).span().start() < sentence.span().start()) from++;
        RoleFinder.View v = new RoleFinder.View(doc, sentence, actors, from);
        for (int i = 0; i < v.size(); i++) {
            Span ts = v.tokens.get(i).span();
            if (ts.start() < span.start() || RoleFinder.isDeterminer(v.lower(i))) continue;
            if (ts.end() > span.end()) break;
            RoleFinder.TitleMatch t = roleFinder.matchTitle(v, i);
            if (t == null || v.tokens.get(t.end() - 1).span().end() > span.end()) continue;
            RoleFinder.Tie tie = t.inner();
            if (tie == null) {
                RoleFinder.Tie left = roleFinder.leftTie(v, i);
                if (left != null && v.tokens.get(left.start()).span().start() >= span.start()) tie = left;
            }
            if (tie == null && t.end() < v.size() && v.lower(t.end()).equals("of")) {
                RoleFinder.Tie after = roleFinder.tieAfter(v, t.end());
                if (after != null && v.tokens.get(after.end() - 1).span().end() <= span.end()) tie = after;
            }
            Set<String> ins = new HashSet<>();
            if (tie != null) {
                ins.add(tie.entity());
                // "the Kremlin leader": the Kremlin stands for Russia.
                known.country(RoleFinder.joined(v, tie.start(), tie.end())).ifPresent(c -> ins.add(c.iri()));
            }
            Set<String> holders = holdersOf(doc, t.title(), ins);
            return holders.isEmpty() ? Optional.empty() : nearestPerson(actors, span.start(), holders);
        }
        return Optional.empty();
    }

    /** People of the document who hold the title (in one of the places or organizations, where given). */
    private Set<String> holdersOf(Document doc, String title, Set<String> ins) {
        String wanted = withoutModifiers(Names.titleKey(title));
        boolean leader = titles.isLeaderTitle(title);
        Set<String> out = new HashSet<>();
        for (Entity e : doc.entities().values()) {
            if (e.type() != MentionType.PERSON) continue;
            for (Role r : e.roles()) {
                String held = withoutModifiers(Names.titleKey(r.title()));
                boolean sameTitle = held.equals(wanted) || (wanted.equals("leader") && titles.isLeaderTitle(r.title()));
                if (sameTitle && (ins.isEmpty() || r.in() == null || ins.contains(r.in()))) out.add(e.id());
            }
            if (leader && !ins.isEmpty()) {
                for (WellKnownActors.Position p : known.byIri(e.id()).map(WellKnownActors.Actor::positions).orElse(List.of())) {
                    boolean there = known.byLabel(p.country()).map(a -> ins.contains(a.iri())).orElse(false);
                    if (there && (wanted.equals("leader") || withoutModifiers(Names.titleKey(p.title())).equals(wanted))) out.add(e.id());
                }
            }
        }
        return out;
    }

    private static String withoutModifiers(String titleKey) {
        String k = titleKey;
        boolean changed = true;
        while (changed) {
            changed = false;
            for (String m : TitleLexicon.MODIFIERS) {
                if (k.startsWith(m + " ")) { k = k.substring(m.length() + 1); changed = true; }
            }
        }
        return k;
    }

    /** The person mention nearest before offset (among {@code among} when not empty), else the first after. */
    private static Optional<String> nearestPerson(List<Mention> actors, int offset, Set<String> among) {
        String before = null, after = null;
        for (Mention m : actors) {
            if (m.type() != MentionType.PERSON || m.entity() == null) continue;
            if (!among.isEmpty() && !among.contains(m.entity())) continue;
            if (m.span().end() <= offset) before = m.entity();
            else if (after == null && m.span().start() >= offset) after = m.entity();
        }
        if (before != null) return Optional.of(before);
        return among.isEmpty() ? Optional.empty() : Optional.ofNullable(after);
    }
}
