package org.claimgraph.actors;

import org.claimgraph.language.Titles;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The roles of the one title list ({@link Titles}: "Foreign Minister", "Chief of the General Staff", "spokesman")
 * as a word trie for longest matches over tokens. Loaded once; read-only afterwards.
 */
public final class TitleLexicon {
    /** Words that may precede a title and belong to it as stated ("Deputy Foreign Minister", "former President"). */
    static final Set<String> MODIFIERS = Set.copyOf(Titles.shared().forms(Titles.Use.MODIFIER));

    /** A trie node: the children by lower-case word, and whether a title ends here. */
    static final class Node {
        final Map<String, Node> next = new HashMap<>(4);
        boolean terminal;
        Node child(String word) { return next.get(word); }
        boolean isTitle() { return terminal; }
    }

    private static final class Holder {
        static final TitleLexicon SHARED = load();
    }

    private final Node root = new Node();
    private final Set<String> leaderTitles = new HashSet<>();

    private TitleLexicon() {}

    public static TitleLexicon shared() { return Holder.SHARED; }

    Node root() { return root; }

    /** True for a title of a head of state or government ("president", "prime minister", "leader"). */
    public boolean isLeaderTitle(String title) {
        String k = Names.titleKey(title);
        for (String m : MODIFIERS) if (k.startsWith(m + " ")) k = k.substring(m.length() + 1);
        return leaderTitles.contains(k);
    }

    /** True when the whole text is a title of the lexicon. */
    public boolean isTitle(String text) {
        Node n = root;
        for (String w : Names.words(text.toLowerCase(Locale.ROOT))) {
            n = n.child(w);
            if (n == null) return false;
        }
        return n.terminal;
    }

    private void add(String title) {
        Node n = root;
        for (String w : Names.words(title.toLowerCase(Locale.ROOT))) n = n.next.computeIfAbsent(w, k -> new Node());
        n.terminal = true;
    }

    private static TitleLexicon load() {
        TitleLexicon lex = new TitleLexicon();
        for (String title : Titles.shared().forms(Titles.Use.ROLE)) lex.add(title);
        for (String title : Titles.shared().forms(Titles.Use.LEADER)) lex.leaderTitles.add(Names.titleKey(title));
        return lex;
    }
}
