package org.claimgraph.actors;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.claimgraph.doc.Document;
import org.claimgraph.doc.Entity;
import org.claimgraph.doc.Mention;
import org.claimgraph.doc.MentionType;
import org.claimgraph.doc.Role;
import org.claimgraph.doc.Sentence;
import org.claimgraph.doc.Span;
import org.claimgraph.doc.Token;
import org.claimgraph.language.FunctionWords;

/**
 * Finds the positions actors hold as the article states them: TITLE NAME ("Italian Prime Minister
 * A. X"), NAME, TITLE ("X, head of the ... Department") and TITLE, NAME appositions ("Russia's
 * chief of General Staff, Valery X,"). The country or organization comes from a demonym or name
 * before the title, a country inside it ("Chief of Russia's General Staff") or "of ORG" after it.
 */
final class RoleFinder {
    private static final Set<String> DETERMINERS = FunctionWords.union("definite-article", "indefinite-articles",
            "possessive-determiner-3sg", "possessive-determiner-3sg-neuter", "possessive-determiner-3pl",
            "possessive-determiner-1pl");
    private static final Set<String> EXTENDERS = Set.of("of", "for");
    /** "envoy on Syria", "ambassador to Russia": the place completes the phrase; the title's country stays. */
    private static final Set<String> REMIT = Set.of("to", "on", "in", "at");
    private static final Set<String> INNER_FUNCTION_WORDS = Set.of("of", "and", "for", "the", "on", "&");

    private final WellKnownActors known;
    private final TitleLexicon titles;

    RoleFinder(WellKnownActors known, TitleLexicon titles) {
        this.known = known;
        this.titles = titles;
    }

    /** One sentence's tokens with, for each token, the resolved actor mention covering it. */
    static final class View {
        final Document doc;
        final List<Token> tokens;
        final String[] lower;
        final Mention[] covering;
        final int[] mentionStart;
        final int[] mentionEnd;

        View(Document doc, Sentence sentence, List<Mention> sortedActors, int from) {
            this.doc = doc;
            this.tokens = sentence.tokens();
            int n = tokens.size();
            lower = new String[n];
            for (int x = 0; x < n; x++) lower[x] = tokens.get(x).text().toLowerCase(Locale.ROOT);
            covering = new Mention[n];
            mentionStart = new int[n];
            mentionEnd = new int[n];
            int t = 0;
            for (int k = from; k < sortedActors.size(); k++) {
                Mention m = sortedActors.get(k);
                if (m.span().start() >= sentence.span().end()) break;
                if (m.entity() == null) continue;
                while (t < n && tokens.get(t).span().start() < m.span().start()) t++;
                // A token may run past the mention: "Ministry’s" is one token, "Ministry" the mention.
                int first = t, last = t;
                while (last < n && tokens.get(last).span().start() < m.span().end()) last++;
                for (int x = first; x < last; x++) {
                    covering[x] = m;
                    mentionStart[x] = first;
                    mentionEnd[x] = last;
                }
            }
        }

        int size() { return tokens.size(); }
        String word(int i) { return tokens.get(i).text(); }
        String lower(int i) { return lower[i]; }
        boolean startsMention(int i, boolean person) {
            return covering[i] != null && mentionStart[i] == i && (covering[i].type() == MentionType.PERSON) == person;
        }
        boolean inNonPerson(int i) { return covering[i] != null && covering[i].type() != MentionType.PERSON; }

        /** The token after a possessive that ends the mention ending at token e ("Russia's", "Russia 's"), else -1. */
        int afterPossessive(int e) {
            String last = word(e - 1);
            if (Names.stripPossessive(last).length() < last.length() && !Names.isPossessiveMarker(last)) return e;
            if (e < size() && Names.isPossessiveMarker(word(e))) return e + 1;
            return -1;
        }
    }

    /** A place or organization a title is tied to, and the first token of the words that say so. */
    record Tie(String entity, int start, int end) {}

    /** A title over tokens [start, end) with its text as stated (a country inside it left out). */
    record TitleMatch(int start, int end, String title, Tie inner) {}

    /** Adds the roles stated in the document to the entities of the people holding them. */
    void find(Document doc, List<Mention> sortedActors) {
        int from = 0;
        for (Sentence s : doc.sentences()) {
            while (from < sortedActors.size() && sortedActors.get(from).span().start() < s.span().start()) from++;
            View v = new View(doc, s, sortedActors, from);
            int i = 0;
            while (i < v.size()) {
                if (v.inNonPerson(i)) { i++; continue; }
                TitleMatch t = matchTitle(v, i);
                if (t == null) { i++; continue; }
                addRole(v, t);
                i = Math.max(t.end(), i + 1);
            }
        }
    }

    private void addRole(View v, TitleMatch t) {
        Tie left = leftTie(v, t.start());
        int phraseStart = left != null ? left.start() : t.start();
        int end = t.end();
        String title = t.title();
        Tie after = null;
        if (end < v.size() && EXTENDERS.contains(v.lower(end))) {
            after = tieAfter(v, end);
            if (after != null) {
                end = after.end();
            } else {
                int capsEnd = capitalizedRun(v, end + 1);
                if (capsEnd > end + 1) {
                    title = title + " " + joined(v, end, capsEnd);
                    end = capsEnd;
                }
            }
        }
        Tie remit = null;
        if (end + 1 < v.size() && REMIT.contains(v.lower(end)) && v.inNonPerson(end + 1) && v.mentionStart[end + 1] == end + 1) {
            remit = new Tie(v.covering[end + 1].entity(), end, v.mentionEnd[end + 1]);
            end = remit.end();
        }
        Mention holder = holder(v, t.start(), phraseStart, end);
        if (holder == null) return;
        Tie in = after != null ? after : t.inner() != null ? t.inner() : left != null ? left : remit;
        Entity e = v.doc.entities().get(holder.entity());
        if (e == null || e.type() != MentionType.PERSON) return;
        Span span = new Span(v.tokens.get(phraseStart).span().start(), v.tokens.get(end - 1).span().end());
        addDeduplicated(e, new Role(title, in == null ? null : in.entity(), span));
    }

    /** The person a title phrase [phraseStart, end) belongs to, or null. */
    private static Mention holder(View v, int titleStart, int phraseStart, int end) {
        int n = v.size();
        // The finder may have put the title inside the name's span ("President Vladimir X").
        Mention m = v.covering[titleStart];
        if (m != null && m.type() == MentionType.PERSON && v.mentionEnd[titleStart] > end) return m;
        if (end < n && v.startsMention(end, true)) return v.covering[end];
        if (end + 1 < n && v.word(end).equals(",") && v.startsMention(end + 1, true)) return v.covering[end + 1];
        int d = phraseStart;
        // "X, a regional senator": up to two lower-case adjectives between determiner and title.
        for (int a = 0; a < 2 && d > 0 && v.tokens.get(d - 1).pos().equals("ADJ") && !isCapitalized(v.word(d - 1)); a++) d--;
        if (d > 0 && DETERMINERS.contains(v.lower(d - 1))) d--;
        if (d >= 2 && v.word(d - 1).equals(",")) {
            Mention before = v.covering[d - 2];
            if (before != null && before.type() == MentionType.PERSON && v.mentionEnd[d - 2] == d - 1) return before;
        }
        return null;
    }

    private static void addDeduplicated(Entity e, Role role) {
        String k = Names.titleKey(role.title());
        List<Role> roles = e.roles();
        for (int i = 0; i < roles.size(); i++) {
            Role r = roles.get(i);
            if (!Names.titleKey(r.title()).equals(k)) continue;
            if (r.in() == null && role.in() != null) roles.set(i, new Role(r.title(), role.in(), r.span()));
            if (r.in() == null || role.in() == null || r.in().equals(role.in())) return;
        }
        roles.add(role);
    }

    /** The longest title starting at token i (modifiers such as "Deputy" included), or null. */
    TitleMatch matchTitle(View v, int i) {
        TitleMatch best = walk(v, i, i);
        int j = i;
        while (j < v.size() && j - i < 3 && TitleLexicon.MODIFIERS.contains(v.lower(j))) j++;
        if (j > i) {
            TitleMatch m = walk(v, i, j);
            if (m != null && (best == null || m.end() > best.end())) best = m;
        }
        return best;
    }

    private TitleMatch walk(View v, int titleStart, int from) {
        TitleLexicon.Node node = titles.root();
        int k = from, lastEnd = -1;
        Tie inner = null, lastInner = null;
        String prev = "";
        while (k < v.size()) {
            if (v.covering[k] != null && v.covering[k].type() == MentionType.PERSON && v.mentionStart[k] == k && k > from) break;
            String w = v.lower(k);
            TitleLexicon.Node c = node.child(w);
            if (c != null) {
                node = c;
                prev = w;
                k++;
                if (node.isTitle()) { lastEnd = k; lastInner = inner; }
                continue;
            }
            if (inner == null && (prev.equals("of") || prev.equals("the"))) {
                Tie country = countryAt(v, k);
                if (country != null) {
                    inner = country;
                    k = country.end();
                    continue;
                }
            }
            break;
        }
        if (lastEnd < 0) return null;
        StringBuilder title = new StringBuilder();
        for (int x = titleStart; x < lastEnd; x++) {
            if (lastInner != null && x >= lastInner.start() && x < lastInner.end()) continue;
            if (!title.isEmpty()) title.append(' ');
            title.append(v.word(x));
        }
        return new TitleMatch(titleStart, lastEnd, title.toString(), lastInner);
    }

    /** A country named inside a title: "Russia's" (a place mention and possessive) or "Russian". */
    private Tie countryAt(View v, int k) {
        if (v.inNonPerson(k) && v.mentionStart[k] == k) {
            int after = v.afterPossessive(v.mentionEnd[k]);
            return after < 0 ? null : new Tie(v.covering[k].entity(), k, after);
        }
        for (int a = Math.min(known.maxAdjectiveWords(), v.size() - k); a >= 1; a--) {
            var country = known.country(joined(v, k, k + a));
            if (country.isPresent() && isCapitalized(v.word(k))) {
                String id = ActorResolver.ensureEntity(v.doc, country.get()).id();
                return new Tie(id, k, k + a);
            }
        }
        return null;
    }

    /** What ties a title at token i to a place or organization on its left: "Russian", "Russia's", "U.S.", "Kremlin". */
    Tie leftTie(View v, int i) {
        int p = i - 1;
        if (p < 0) return null;
        if (Names.isPossessiveMarker(v.word(p)) && p >= 1 && v.inNonPerson(p - 1) && v.mentionEnd[p - 1] == p) {
            return new Tie(v.covering[p - 1].entity(), v.mentionStart[p - 1], i);
        }
        if (v.inNonPerson(p) && v.mentionEnd[p] == p + 1) return new Tie(v.covering[p].entity(), v.mentionStart[p], i);
        for (int a = Math.min(known.maxAdjectiveWords(), p + 1); a >= 1; a--) {
            int s = p - a + 1;
            if (!isCapitalized(v.word(s))) continue;
            // Inside a person's mention only when the mention holds the title too ("Uzbek Foreign Minister B. X").
            if (v.covering[s] != null && v.covering[s].type() == MentionType.PERSON && v.covering[s] != v.covering[i]) continue;
            var country = known.country(joined(v, s, i));
            if (country.isPresent()) return new Tie(ActorResolver.ensureEntity(v.doc, country.get()).id(), s, i);
        }
        return null;
    }

    /** "of [the] ORG['s ORG...]" after a title: the last organization or place of the chain. */
    Tie tieAfter(View v, int ofIndex) {
        int q = ofIndex + 1;
        if (q < v.size() && v.lower(q).equals("the")) q++;
        if (q < v.size() && v.inNonPerson(q) && v.mentionStart[q] == q) {
            Mention last = v.covering[q];
            int r = v.mentionEnd[q];
            while (true) {
                int next = v.afterPossessive(r);
                if (next < 0) break;
                if (next < v.size() && v.inNonPerson(next) && v.mentionStart[next] == next) {
                    last = v.covering[next];
                    r = v.mentionEnd[next];
                } else {
                    break;
                }
            }
            return new Tie(last.entity(), ofIndex, r);
        }
        if (q < v.size() && isCapitalized(v.word(q)) && v.covering[q] == null) {
            var country = known.country(v.word(q));
            if (country.isPresent() && country.get().type() == MentionType.LOCATION && known.find(MentionType.LOCATION, v.word(q)).isPresent()) {
                return new Tie(ActorResolver.ensureEntity(v.doc, country.get()).id(), ofIndex, q + 1);
            }
        }
        return null;
    }

    /** End of a run of capitalized words from q ("Emergency Situations", "Science and Higher Education"). */
    private static int capitalizedRun(View v, int q) {
        int r = q;
        while (r < v.size()) {
            if (v.covering[r] != null && v.covering[r].type() == MentionType.PERSON) break;
            if (isCapitalized(v.word(r))) { r++; continue; }
            if (r > q && INNER_FUNCTION_WORDS.contains(v.lower(r)) && r + 1 < v.size() && isCapitalized(v.word(r + 1))
                    && !(v.covering[r + 1] != null && v.covering[r + 1].type() == MentionType.PERSON)) {
                r += 2;
                continue;
            }
            break;
        }
        return r;
    }

    static boolean isCapitalized(String w) {
        return !w.isEmpty() && Character.isUpperCase(w.charAt(0));
    }

    static String joined(View v, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int x = from; x < to; x++) {
            if (!sb.isEmpty()) sb.append(' ');
            sb.append(v.word(x));
        }
        return sb.toString();
    }

    static boolean isDeterminer(String lowerWord) { return DETERMINERS.contains(lowerWord); }
}
