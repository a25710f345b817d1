package org.claimgraph.actors.names;

import static org.claimgraph.actors.names.Shapes.isCapitalized;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import opennlp.tools.util.Span;
import org.claimgraph.doc.MentionType;

/**
 * Capitalized phrases built around an organization head word (org-heads.txt): "Russian Air Force", "Ministry of
 * Defence", "the Russian Foreign Ministry's Department for New Challenges and Threats". A person after a title,
 * or named by a known given name, and the title before them, are no part of such a phrase.
 */
final class OrganizationHeadFinder extends RuleNameFinder {
    private final TitledPersonFinder titled = new TitledPersonFinder();
    private final GivenNamePersonFinder givenNames = new GivenNamePersonFinder();

    @Override
    List<Span> candidates(NerTokens nt) {
        String[] w = nt.words;
        // Words the run skips: persons and the titles before them.
        boolean[] skipped = new boolean[w.length];
        List<Span> people = new ArrayList<>(titled.titled(nt, skipped));
        people.addAll(givenNames.candidates(nt));
        for (Span p : people) for (int k = p.getStart(); k < p.getEnd(); k++) skipped[k] = true;
        List<Span> out = new ArrayList<>();
        int i = 0;
        while (i < w.length) {
            if (!inRun(nt, i, skipped) || NameWords.CONNECTORS.contains(w[i])) {
                i++;
                continue;
            }
            i = Math.max(run(nt, i, skipped, out), i + 1);
        }
        return out;
    }

    /** Reads the capitalized run from {@code start}, adds the organization it holds to {@code out}; returns where it ends. */
    private int run(NerTokens nt, int start, boolean[] skipped, List<Span> out) {
        String[] w = nt.words;
        int lastHead = -1;
        int lastCap = start;
        boolean complement = false;
        int k = start;
        while (k < w.length) {
            String word = w[k];
            if (inRun(nt, k, skipped)) {
                if (gazetteer.isOrgHead(word)) lastHead = k;
                lastCap = k;
                k++;
            } else if (joinsRun(w, k, lastHead, complement) && k + 1 < w.length && (inRun(nt, k + 1, skipped)
                    || isArticle(w[k + 1]) && k + 2 < w.length && inRun(nt, k + 2, skipped))
                    || isArticle(word) && k > start && ("of".equals(w[k - 1]) || "for".equals(w[k - 1]))
                    || "and".equals(word) && lastHead < 0 && k > start && headAfterAnd(nt, k + 1, skipped)) {
                if ("of".equals(word) || "for".equals(word)) complement = true;
                k++;
            } else {
                break;
            }
        }
        if (lastHead >= 0) {
            int from = trimLeading(nt, firstHead(start, lastHead, w), lastHead);
            // "Velmor Partners of Menlo Park": after a company's head word "of" names where it is, not what it is.
            boolean companyHead = NameWords.COMPANY_HEADS.contains(w[lastHead]);
            int to = complement && lastCap > lastHead && !companyHead ? lastCap + 1 : lastHead + 1;
            // A head word alone ("Police said") is too often a common noun; a listed place ("Soviet Union") keeps its type.
            if (to - from >= 2) {
                Gazetteer.Match listed = gazetteer.longestName(w, from);
                out.add(span(from, to, listed.length() == to - from ? listed.type() : MentionType.ORGANIZATION));
            }
        }
        return k;
    }

    /**
     * Where the organization starts looking from its first head word: after the last "of"/"for" that
     * precedes it, so "Ashutosh Kotwal of Duke University" yields "Duke University", while "Bank of England"
     * (head before the connector) stays whole.
     */
    private int firstHead(int start, int lastHead, String[] w) {
        int head = start;
        while (head < lastHead && !gazetteer.isOrgHead(w[head])) head++;
        for (int k = head - 1; k > start; k--) {
            if (w[k].equals("of") || w[k].equals("for")) return k + 1;
        }
        return start;
    }

    /** "the" or "a" inside a name's complement: "Bank of the South", "Movement for a Free Homeland". */
    private static boolean isArticle(String word) { return "the".equals(word) || "a".equals(word); }

    /** "Trade and Industry Ministry": one capitalized word after "and", then a head word. */
    private boolean headAfterAnd(NerTokens nt, int k, boolean[] skipped) {
        return k + 1 < nt.size() && inRun(nt, k, skipped) && !gazetteer.isOrgHead(nt.words[k])
                && inRun(nt, k + 1, skipped) && gazetteer.isOrgHead(nt.words[k + 1]);
    }

    private boolean inRun(NerTokens nt, int k, boolean[] skipped) {
        String word = nt.words[k];
        return !skipped[k] && isCapitalized(word) && !gazetteer.isNotName(word);
    }

    /** Connectors inside an organization name: "of", "for", "&", "'s" after a head word, "and" inside a complement. */
    private static boolean joinsRun(String[] w, int k, int lastHead, boolean complement) {
        String word = w[k];
        if (word.equals("'s") || word.equals("’s")) return lastHead == k - 1;
        if (word.equals("and")) return complement || k + 1 < w.length && (w[k + 1].equals("Co") || w[k + 1].equals("Co."));
        return NameWords.CONNECTORS.contains(word) && !word.equals("the");
    }

    /** Drops what precedes an organization name in its capitalized run: a sentence-initial verb, "The", a title and its "of the". */
    private int trimLeading(NerTokens nt, int from, int head) {
        String[] w = nt.words;
        while (from < head) {
            String word = w[from];
            boolean function = nt.isFunctionWord(from) && gazetteer.longestName(w, from).length() == 0;
            Gazetteer.Match title = gazetteer.longestTitle(w, from);
            if (function || NameWords.CONNECTORS.contains(word.toLowerCase(Locale.ROOT))) {
                from++;
            } else if (title.length() > 0 && from + title.length() <= head && isConnectorAt(w, from + title.length())) {
                from += title.length();
            } else {
                break;
            }
        }
        return from;
    }

    private static boolean isConnectorAt(String[] w, int k) { return k < w.length && NameWords.CONNECTORS.contains(w[k]); }
}
