package org.claimgraph.actors;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.claimgraph.doc.Document;
import org.claimgraph.doc.Entity;
import org.claimgraph.doc.Mention;
import org.claimgraph.doc.MentionType;
import org.claimgraph.doc.Role;
import org.claimgraph.doc.Sentence;
import org.claimgraph.doc.Span;
import org.claimgraph.language.FunctionWords;

/** Which actor a pronoun or a description ("the Kremlin leader") stands for, once the document's actors are resolved. */
final class Descriptions {
    private static final Set<String> PRONOUNS = FunctionWords.union("subject-pronoun-3sg", "object-pronoun-3sg",
            "possessive-determiner-3sg", "possessive-pronoun-3sg", "reflexive-pronoun-3sg");

    private final WellKnownActors known;
    private final TitleLexicon titles;
    private final RoleFinder roleFinder;

    Descriptions(WellKnownActors known, TitleLexicon titles, RoleFinder roleFinder) {
        this.known = known;
        this.titles = titles;
        this.roleFinder = roleFinder;
    }

    /**
     * The entity a description or pronoun stands for, for the assertions stage: "he"/"she" is the
     * nearest person named before; "the Russian chief of General Staff" is the person the document
     * gave that title (in that country); "the Kremlin leader" a person who holds or is widely known
     * to have held a leading position there. Call after {@link ActorResolver#process}.
     */
    Optional<String> resolve(Document doc, Span span) {
        List<Mention> actors = ActorResolver.sortedActors(doc);
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
