package org.claimgraph.assertions;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.claimgraph.doc.Sentence;
import org.claimgraph.doc.Span;
import org.claimgraph.doc.Token;
import org.claimgraph.language.CalendarWords;
import org.claimgraph.language.Titles;
import org.claimgraph.language.WordLists;

/**
 * Rejoins sentences the sentence detector split after a title or an initial ("Rep. Jason Chaffetz",
 * "Paul D. Ryan (R-Wis.) said"), or after a dash ("”― Jane Doe"): an attribution must see its source and its
 * cue in one unit.
 */
final class SentenceRepair {
    /** Abbreviations other than titles (titles are {@link Titles}'), lower case, without their dot. */
    private static final Set<String> ABBREVIATIONS = abbreviations();
    /** A party and state after a politician's name: "(R-Utah." */
    private static final Pattern PARTY_AND_STATE = Pattern.compile("\\(?[rdi]-[a-z.]+");

    private SentenceRepair() {}

    /**
     * The list's, and the months news style abbreviates before a day ("since Jan. 1, 2015, shows"): as
     * that is only before a day, none ends a sentence.
     */
    private static Set<String> abbreviations() {
        Set<String> all = new HashSet<>(WordLists.lines("org/claimgraph/assertions/abbreviations.txt"));
        for (CalendarWords.Entry month : CalendarWords.months()) {
            if (month.shortInNews()) month.abbreviations().forEach(a -> all.add(a.toLowerCase(Locale.ROOT)));
        }
        return Set.copyOf(all);
    }

    /** The sentences, with every one that ends in a title or initial joined to the next on the same line. */
    static List<Sentence> units(String text, List<Sentence> sentences) {
        List<Sentence> out = new ArrayList<>(sentences.size());
        int i = 0;
        while (i < sentences.size()) {
            Sentence first = sentences.get(i);
            int last = i;
            while (last + 1 < sentences.size() && continues(text, sentences.get(last), sentences.get(last + 1))) last++;
            if (last == i) {
                out.add(first);
            } else {
                List<Token> tokens = new ArrayList<>();
                for (int k = i; k <= last; k++) tokens.addAll(sentences.get(k).tokens());
                Span span = new Span(first.span().start(), sentences.get(last).span().end());
                out.add(new Sentence(first.index(), span, List.copyOf(tokens), first.zone()));
            }
            i = last + 1;
        }
        return out;
    }

    private static boolean continues(String text, Sentence a, Sentence b) {
        if (text.indexOf('\n', a.span().end()) < b.span().start() && text.indexOf('\n', a.span().end()) >= 0) return false;
        String next = b.tokens().get(0).text();
        char c = next.charAt(0);
        if (Character.isLowerCase(c) || c == ')' || c == ',') return true;
        List<Token> t = a.tokens();
        Token end = t.get(t.size() - 1);
        // "“...”― Jane Doe": the signature after a quote's dash (not a dateline's "MOSCOW, Nov 14 –")
        if (HeadlineForms.isDash(end.text()) && t.size() > 1 && Quotes.isMark(t.get(t.size() - 2).text())) return true;
        String word;
        if (end.text().equals(".") && t.size() > 1 && t.get(t.size() - 2).span().end() == end.span().start()) {
            word = t.get(t.size() - 2).text();
        } else if (end.text().endsWith(".") && end.text().length() > 1) {
            word = end.text().substring(0, end.text().length() - 1);
        } else {
            return false;
        }
        if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) return false;
        if (word.length() == 1) return true; // an initial: "Paul D. Ryan"
        String w = word.toLowerCase(java.util.Locale.ROOT);
        return Titles.shared().isAbbreviation(w) || ABBREVIATIONS.contains(w) || PARTY_AND_STATE.matcher(w).matches();
    }
}
