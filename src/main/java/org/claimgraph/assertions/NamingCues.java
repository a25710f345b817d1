package org.claimgraph.assertions;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.claimgraph.assertions.ReportingLexicon.Frame;
import org.claimgraph.doc.Span;

import static org.claimgraph.assertions.NounPhrases.nounPhraseRight;

/**
 * Verbs that give something a name or a character: "called the vote a mistake", "which the minister
 * called “a betrayal”", "what analysts described as old tactics", "was labeled “false”", "sees the
 * vote as a test". The name given is what the speaker says of the thing.
 */
final class NamingCues {

    /** The name given, and the relative pronoun standing for what was named (-1 when the object is named in place). */
    record Given(int relative, Content name) {}

    private NamingCues() {}

    /**
     * "which the minister called “a betrayal”", "what she called a rant", "an explosion that the mayor
     * described as “an intentional act”", "is describing as “reckless” a tweet from his rival": the name
     * given by cue i when its object went before it, or comes after the name; null otherwise.
     */
    static Given givenName(SentenceView v, int i) {
        String lemma = v.lemma(i);
        int relative = relativeObject(v, i);
        if (lemma.equals("call")) {
            Content name = relative >= 0 ? nameGiven(v, i + 1) : null;
            return name == null ? null : new Given(relative, name);
        }
        boolean characterizing = ReportingLexicon.frame(lemma) == Frame.OBJECT || ReportingLexicon.CHARACTERIZING_VERBS.contains(lemma);
        if (!characterizing || !v.lower(i + 1).equals("as")) return null;
        int end = nameEnd(v, i + 2);
        if (end == i + 2) return null;
        Content name = new Content(List.of(v.span(i + 2, end)), v.opensQuote(i + 2));
        if (relative >= 0) return new Given(relative, name);
        // the object shifted after its name: "describing as “unhinged” a tweet"
        int object = nounPhraseRight(v, end, false);
        if (object == end || !v.nominal(end) || v.pos(end).equals("PRON")) return null;
        List<Span> parts = new ArrayList<>(name.parts());
        parts.add(v.span(end, object));
        return new Given(-1, new Content(parts, name.direct()));
    }

    /**
     * "called the holiday “a celebration”", "called the vote a mistake", "would call them reckless gambles",
     * "has been called a liar by": the verb of naming at i with its object and the name it gives.
     */
    static boolean characterizes(SentenceView v, int i) {
        if (!v.lemma(i).equals("call")) return false;
        // in the passive the subject is the object: "has been called “a fraud”", "was called a liar by"
        int b = i - 1;
        while (b >= 0 && v.isAdverb(b)) b--;
        if (v.lemma(b).equals("be") && !v.lower(i).endsWith("ing")) return passiveName(v, i + 1) > i + 1;
        int np = nounPhraseRight(v, i + 1, false);
        if (np == i + 1) return false;
        // "called his remarks on Saturday “a disgrace”": a date between
        np = v.skipAdverbs(np);
        if (v.opensQuote(np) || singleQuoted(v, np)) return true;
        // "call them reckless gambles", "called him weak": after a pronoun, any noun phrase or adjective
        if (TagRepairs.OBJECT_PRONOUNS.contains(v.lower(i + 1)) && np == i + 2 && (v.pos(np).equals("ADJ") || v.pos(np).equals("NOUN"))) return true;
        // "called the charges false": the object's last words are adjectives after its head
        if (v.pos(np - 1).equals("ADJ") && np - 1 > i + 1 && !v.lower(np - 1).endsWith("ly")) {
            int k = np - 1;
            while (k > i + 1 && v.pos(k).equals("ADJ")) k--;
            if (v.head(k)) return true;
        }
        String w = v.lower(np);
        return (w.equals("a") || w.equals("an")) && (v.pos(np + 1).equals("ADJ") || v.pos(np + 1).equals("NOUN") || v.opensQuote(np + 1));
    }

    /**
     * The end of the name a passive of naming gives from token k ("was labeled “false”", "has been called a
     * liar by ..."): a quote, or a noun phrase opened by "a"/"an", or any name its agent follows; k when none.
     * Not "the operation was called Desert Storm", a name alone.
     */
    static int passiveName(SentenceView v, int k) {
        int end = nameEnd(v, k);
        if (end == k) return k;
        boolean evaluative = v.opensQuote(k) || v.lower(k).equals("a") || v.lower(k).equals("an");
        return evaluative || v.lower(end).equals("by") ? end : k;
    }

    /**
     * The token after a name that starts at k: a quote (also "a “rant”"), a noun phrase or adjectives; k
     * when no name starts there.
     */
    static int nameEnd(SentenceView v, int k) {
        int mark = v.opensQuote(k) ? k : (v.lower(k).equals("a") || v.lower(k).equals("an")) && v.opensQuote(k + 1) ? k + 1 : -1;
        if (mark >= 0) {
            int q = v.quotes.openedAt(v.start(mark));
            for (int e = mark + 1; e < v.n; e++) {
                if (v.closedQuote(e) == q) return e + 1;
            }
            return k;
        }
        int end = nounPhraseRight(v, k, false);
        if (end > k) return end;
        while (end < v.n && v.pos(end).equals("ADJ")) end++;
        return end;
    }

    /**
     * "called the plan ‘a disaster’", "calls Obamacare ‘crazy system’": a name in single quotes, the style of
     * headlines and of British news (the tokenizer leaves the marks on the words), closed in the sentence.
     */
    private static boolean singleQuoted(SentenceView v, int k) {
        if (!v.text(k).startsWith("\u2018") || v.text(k).length() < 2) return false;
        for (int e = k; e < v.n && e < k + 8; e++) {
            if (v.text(e).endsWith("\u2019") && v.text(e).length() > 1) return true;
        }
        return false;
    }

    /**
     * The name given right after "called" when its object went before ("which the minister called “a
     * betrayal”", "what she called a rant", "what she called a “rant”"): a quote, or a noun phrase opened by
     * "a"; null otherwise.
     */
    private static Content nameGiven(SentenceView v, int k) {
        if (v.opensQuote(k)) return Contents.quoteContent(v, k);
        if (!v.lower(k).equals("a") && !v.lower(k).equals("an")) return null;
        int end = nameEnd(v, k);
        return end > k + 1 ? new Content(List.of(v.span(k, end)), v.opensQuote(k + 1)) : null;
    }

    /**
     * The relative pronoun opening the clause whose subject ends right before cue i ("which the minister
     * called", "in what analysts described as"), or -1. Not "in which he called": that pronoun is the preposition's.
     */
    private static int relativeObject(SentenceView v, int i) {
        int b = i - 1;
        while (b >= 0 && (v.isAdverb(b) || v.pos(b).equals("AUX"))) b--;
        int start = NounPhrases.nounPhraseLeft(v, b);
        if (start > b || !Contents.RELATIVE_WORDS.contains(v.lower(start - 1))) return -1;
        return !v.preposition(start - 2) || v.lower(start - 1).equals("what") ? start - 1 : -1;
    }
}
