package org.claimgraph.actors;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.claimgraph.doc.MentionType;
import org.claimgraph.doc.Span;

/**
 * Groups one document's named mentions into actors: the same name, full name and later surname or first name,
 * a name with and without its middle names ({@link PersonNames}), acronym and expansion ("Islamic State (IS)",
 * initials), "X group", a name with and without a country in front ("Russian Foreign Ministry" ...
 * "Foreign Ministry"), aliases of the well-known list. Linear in the mentions (hash maps) but for the full
 * names that share a surname, compared pairwise.
 */
final class MentionGroups {
    private final WellKnownActors known;

    MentionGroups(WellKnownActors known) { this.known = known; }

    /** For each mention, the index of the first mention of its group; may clear {@code known} of a lone surname. */
    int[] group(String text, NamedMention[] named) {
        yieldListedSurnames(named);
        Grouping g = new Grouping(text, named);
        g.fullForms();
        g.nameVariants();
        g.shortenedOrganizations();
        g.shortForms();
        return g.roots();
    }

    /** A lone surname on the list ("Abbas", "Kerry") yields to a different full name the document gives it. */
    private static void yieldListedSurnames(NamedMention[] named) {
        Set<String> localSurnames = new HashSet<>();
        for (NamedMention m : named) {
            if (m.type() == MentionType.PERSON && m.known() == null && m.words().size() > 1) localSurnames.add(Names.surnameKey(m.words()));
        }
        for (int i = 0; i < named.length; i++) {
            NamedMention m = named[i];
            if (m.known() != null && m.type() == MentionType.PERSON && m.words().size() == 1 && localSurnames.contains(Names.surnameKey(m.words()))) {
                named[i] = m.unknown();
            }
        }
    }

    /** One document's grouping: the union-find over its mentions and the indexes the steps share. */
    private final class Grouping {
        private final String text;
        private final NamedMention[] named;
        private final int[] parent;
        private final Map<WellKnownActors.Actor, Integer> byKnown = new HashMap<>();
        private final Map<String, Integer> byKey = new HashMap<>();
        private final Map<String, List<Integer>> bySurname = new HashMap<>();
        private final Map<String, Integer> byInitials = new HashMap<>();
        private final Map<String, Integer> byShortened = new HashMap<>();
        private final Map<String, Integer> byFirstName = new HashMap<>();

        Grouping(String text, NamedMention[] named) {
            this.text = text;
            this.named = named;
            this.parent = new int[named.length];
            for (int i = 0; i < parent.length; i++) parent[i] = i;
        }

        /** Full forms first, in document order: a surname or acronym may come before its full form. */
        void fullForms() {
            for (int i = 0; i < named.length; i++) {
                NamedMention m = named[i];
                if (m.known() != null) {
                    Integer j = byKnown.putIfAbsent(m.known(), i);
                    if (j != null) union(parent, i, j);
                } else if (m.isShort()) {
                    continue;
                }
                joinOrPut(parent, byKey, m.type() + "|" + m.key(), i);
                if (m.type() == MentionType.PERSON) {
                    if (m.words().size() > 1) bySurname.computeIfAbsent(Names.surnameKey(m.words()), k -> new ArrayList<>()).add(i);
                } else if (m.words().size() > 1) {
                    nonPersonForms(m, i);
                }
            }
        }

        /** Initials, the name without "group", and without a country in front, of a name of several words. */
        private void nonPersonForms(NamedMention m, int i) {
            String typed = m.type() + "|";
            for (String ini : Names.initials(m.display())) putUnique(parent, byInitials, ini, i);
            String last = m.words().get(m.words().size() - 1);
            if (last.equalsIgnoreCase("group")) {
                joinOrPut(parent, byKey, typed + Names.key(String.join(" ", m.words().subList(0, m.words().size() - 1))), i);
            }
            String shortened = m.type() == MentionType.ORGANIZATION ? withoutLeadingCountry(m.words()) : null;
            if (shortened != null) putUnique(parent, byShortened, typed + Names.key(shortened), i);
        }

        /** Full names of one surname joined where they fit; then each group's first name, where it is one person's. */
        void nameVariants() {
            for (List<Integer> sameSurname : bySurname.values()) joinVariants(named, parent, sameSurname);
            for (List<Integer> sameSurname : bySurname.values()) {
                for (int i : sameSurname) {
                    String first = PersonNames.firstName(named[i].words());
                    if (first != null) putUnique(parent, byFirstName, first, i);
                }
            }
        }

        /** "Foreign Ministry" after "Russian Foreign Ministry", when only one country's ministry is named. */
        void shortenedOrganizations() {
            for (int i = 0; i < named.length; i++) {
                NamedMention m = named[i];
                if (m.known() != null || m.isShort() || m.type() == MentionType.PERSON) continue;
                Integer j = byShortened.get(m.type() + "|" + m.key());
                if (j != null && j >= 0) union(parent, i, j);
            }
        }

        /** Surnames, first names, acronyms: each joins its full form. */
        void shortForms() {
            for (int i = 0; i < named.length; i++) {
                NamedMention m = named[i];
                if (m.known() != null || !m.isShort()) continue;
                if (m.type() == MentionType.PERSON) {
                    Integer full = fullName(m, i);
                    if (full != null && full >= 0) {
                        union(parent, i, full);
                        continue;
                    }
                } else {
                    Integer partner = parenthesisPartner(text, named, i);
                    if (partner != null) union(parent, i, partner);
                    Integer expansion = byInitials.get(Names.acronymLetters(m.display()));
                    if (expansion != null && expansion >= 0) union(parent, i, expansion);
                }
                joinOrPut(parent, byKey, m.type() + "|" + m.key(), i);
            }
        }

        /**
         * The full name of a lone surname: not by key, as two "Petrenko"s may be two people, each nearest to a
         * different full name; else of a first name alone ("Hillary"), when one person of the document has it.
         */
        private Integer fullName(NamedMention m, int i) {
            Integer full = nearest(bySurname.get(Names.surnameKey(m.words())), i);
            return full != null ? full : byFirstName.get(Names.key(m.words().get(0)));
        }

        int[] roots() {
            for (int i = 0; i < parent.length; i++) parent[i] = find(parent, i);
            return parent;
        }
    }

    /**
     * Full names of persons that share a surname: each joins the one group of fuller names it fits ("Donald Trump",
     * "J. Trump" -> "Donald J. Trump"), and stays apart when it fits two ("John Smith" with "John A. Smith" and
     * "John B. Smith"). Fuller names go first, so each meets the groups already made of the names above it.
     */
    private static void joinVariants(NamedMention[] named, int[] parent, List<Integer> sameSurname) {
        if (sameSurname.size() < 2) return;
        List<Integer> order = new ArrayList<>(sameSurname);
        order.sort(Comparator.comparingInt((Integer i) -> PersonNames.specificity(named[i].words())).reversed());
        for (int x = 1; x < order.size(); x++) {
            NamedMention m = named[order.get(x)];
            int only = -1;
            boolean two = false;
            for (int y = 0; y < x; y++) {
                NamedMention fuller = named[order.get(y)];
                if (m.key().equals(fuller.key()) || !PersonNames.fits(m.words(), fuller.words())) continue;
                if (m.known() != null && fuller.known() != null && m.known() != fuller.known()) continue;
                int root = find(parent, order.get(y));
                if (only < 0) only = root;
                else if (only != root) two = true;
            }
            if (only >= 0 && !two) union(parent, order.get(x), only);
        }
    }

    /**
     * "Islamic State (IS)" or "IS (Islamic State)": the non-person mention of the same type right before or after
     * in parentheses. A dateline's place and agency ("MILAN (Reuters)") are two actors.
     */
    private static Integer parenthesisPartner(String text, NamedMention[] named, int i) {
        Span s = named[i].mention().span();
        MentionType type = named[i].type();
        if (i > 0 && named[i - 1].type() == type && onlyOpenParen(text, named[i - 1].mention().span().end(), s.start())) return i - 1;
        if (i + 1 < named.length && named[i + 1].type() == type && onlyOpenParen(text, s.end(), named[i + 1].mention().span().start())) return i + 1;
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
}
