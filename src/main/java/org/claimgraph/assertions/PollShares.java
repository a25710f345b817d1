package org.claimgraph.assertions;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.claimgraph.language.WordLists;

/**
 * A share of those polled stating a preference: "46 percent would choose Clinton and 44 percent would back
 * Trump", "19 percent of college students polled support Clinton", "56 percent would vote for Clinton". The
 * share is the source and what it prefers the content. Read by the words, since the tagger takes most of
 * these verbs for nouns after "percent". Not the noun "support" ("85 percent support among black voters").
 */
final class PollShares {
    private static final Set<String> PREFERENCE_VERBS = Set.copyOf(WordLists.lines("org/claimgraph/assertions/preference-verbs.txt"));
    /** Words between the share and its verb: "would", "now", "still". */
    private static final Set<String> BETWEEN = Set.of("would", "will", "now", "still", "also", "only", "currently");
    /** Words before a share's number: "only four percent", "about 40 percent". */
    private static final Set<String> SHARE_QUALIFIERS = Set.of("only", "just", "about", "nearly", "almost", "roughly", "some");
    /** Words that end what a share prefers: the next share after "and", or a clause after "while". */
    private static final Set<String> CONTENT_ENDS = Set.of("while", "whereas", "but", "compared", ",", ";", ":");
    private static final Pattern DIGITS = Pattern.compile("[0-9][0-9.,]*");
    /** How many words a share's "of ..." phrase may have: "of college students polled". */
    private static final int MAX_OF_PHRASE = 8;

    private PollShares() {}

    /**
     * The attribution of the preference verb at token i after a share, or null; none inside the content of
     * an earlier attribution ({@code earlier}), whose report the share is part of ("In the poll, 50 percent
     * chose Clinton").
     */
    static Attribution find(SentenceView v, int i, List<Attribution> earlier) {
        String w = v.lower(i);
        if (!PREFERENCE_VERBS.contains(w)) return null;
        for (Attribution a : earlier) if (a.contentCovers(v.start(i)) && evidence(v, a)) return null;
        int cueEnd = i + 1;
        if (w.startsWith("vote")) {
            if (!v.lower(i + 1).equals("for")) return null;
            cueEnd = i + 2;
        }
        int[] share = shareBefore(v, i);
        if (share == null) return null;
        int from = cueEnd;
        // "support among black voters" is the noun; the verb's object is a name, a noun phrase or a pronoun
        if (from >= v.n || v.preposition(from) || !v.nominal(from) && !Character.isUpperCase(v.text(from).charAt(0))) return null;
        int to = from;
        while (to < v.n && !CONTENT_ENDS.contains(v.lower(to)) && !nextShare(v, to)) to++;
        while (to > from && v.pos(to - 1).equals("PUNCT")) to--;
        if (to == from) return null;
        return v.attribution(i, cueEnd, v.span(i, cueEnd), v.span(share[0], share[1]), new Content(List.of(v.span(from, to)), false), null);
    }

    /** "and 44 percent": a conjunction opening another share. */
    private static boolean nextShare(SentenceView v, int k) {
        return v.lower(k).equals("and") && k + 2 < v.n && percent(v, k + 2);
    }

    /** The tokens of the share before the verb at token i ("19 percent of college students polled"); null when none. */
    private static int[] shareBefore(SentenceView v, int i) {
        int end = i - 1;
        while (end >= 0 && (BETWEEN.contains(v.lower(end)) || v.isAdverb(end))) end--;
        int p = end;
        while (p >= 0 && p > end - MAX_OF_PHRASE && !percent(v, p) && !v.pos(p).equals("PUNCT") && !v.pos(p).equals("AUX")) p--;
        if (p < 1 || !percent(v, p) || p < end && !v.lower(p + 1).equals("of")) return null;
        int start = v.lower(p).equals("cent") ? p - 2 : p - 1;
        if (!number(v, start)) return null;
        while (start > 0 && (number(v, start - 1) || v.text(start - 1).equals("-") && number(v, start - 2))) start--;
        if (start > 0 && SHARE_QUALIFIERS.contains(v.lower(start - 1))) start--;
        // "supported by 42 percent", "rose to 46 percent": a share that is no subject
        if (start > 0 && v.preposition(start - 1) && !v.lower(start - 1).equals("while")) return null;
        return new int[] {start, end + 1};
    }

    /** Whether the attribution's source is a poll, survey or other evidence: "In the poll, ...", "the survey found". */
    private static boolean evidence(SentenceView v, Attribution a) {
        if (a.source == null) return false;
        for (String word : a.source.of(v.doc).toLowerCase(Locale.ROOT).split("\\W+")) {
            if (ReportingLexicon.EVIDENCE.contains(word)) return true;
        }
        return false;
    }

    private static boolean percent(SentenceView v, int k) {
        return v.lower(k).equals("percent") || v.text(k).equals("%") || v.lower(k).equals("cent") && v.lower(k - 1).equals("per");
    }

    private static boolean number(SentenceView v, int k) {
        // "Thirty-seven" as one word or three
        return k >= 0 && (v.pos(k).equals("NUM") || DIGITS.matcher(v.lower(k)).matches() || Quantities.spelledCardinal(v.lower(k)));
    }
}
