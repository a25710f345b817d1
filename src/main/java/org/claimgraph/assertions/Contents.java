package org.claimgraph.assertions;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.claimgraph.assertions.ReportingLexicon.Frame;
import org.claimgraph.doc.Span;
import org.claimgraph.language.FunctionWords;

import static org.claimgraph.assertions.NounPhrases.nounPhraseRight;
/** What an attribution reports: the clause after its cue, the quote or clause before it, a clause around a parenthetical cue. */
final class Contents {
    private Contents() {}

    /** Words opening a relative clause whose verb may report: "which he called", "what she said", "who told". */
    static final Set<String> RELATIVE_WORDS = FunctionWords.union("wh-pronoun-person", "wh-pronoun-thing",
            "relative-pronouns");

    static final Set<String> CONTENT_OPENERS = FunctionWords.union("wh-pronoun-person", "wh-pronoun-thing",
            "relative-pronouns", "wh-adverbs", "question-complementizers");
    /** Conjunctions by which a sentence turns from what was said to what the writer reports next: "..., but he refused". */
    private static final Set<String> CONTRASTS = FunctionWords.get("contrasts");
    private static final Set<String> TIME_PREPOSITIONS = FunctionWords.get("time-prepositions");
    /** An em or en dash; a hyphen or two typed for one. */
    static final Set<String> DASHES = FunctionWords.get("dashes");
    private static final Set<String> TYPED_DASHES = FunctionWords.union("hyphen", "double-hyphen");
    private static final Set<String> SUBJECT_PRONOUNS = FunctionWords.inPersons("subject-pronoun", "1sg", "1pl", "3sg", "3pl");

    /**
     * The clause after a cue, from token j to the end of the sentence, stopping before a second
     * attribution joined by a comma (", adding that", ", according to"). Null when it is no clause.
     */
    static Content clauseRight(SentenceView v, int j, Frame frame) {
        return clauseRight(v, j, frame, false);
    }

    /** With {@code infinitive}, "to act" is content too ("urged Congress to act"). */
    static Content clauseRight(SentenceView v, int j, Frame frame, boolean infinitive) {
        if (j >= v.n || v.lower(j).equals("to") && frame != Frame.OBJECT && !infinitive) return null;
        // "people accused of rape": a participle modifying a noun, not a report
        if (frame == Frame.OBJECT && v.pos(j).equals("ADP")) return null;
        // a clause lacks its subject when it opens with a verb ("what he said was ...")
        if (frame != Frame.OBJECT && (v.pos(j).equals("AUX") || v.pos(j).equals("VERB") && !v.lower(j).endsWith("ing"))) return null;
        // "who said and did the same things": a verb joined to the cue shares its object (a cue joined so reports itself)
        if ((v.lower(j).equals("and") || v.lower(j).equals("or")) && (v.pos(j + 1).equals("VERB") || v.pos(j + 1).equals("AUX"))
                && ReportingLexicon.frame(v.lemma(j + 1)) == null) return null;
        int end = v.n;
        for (int k = j + 1; k < v.n; k++) {
            if (v.text(k).equals(";") || secondCue(v, k)) {
                end = k;
                break;
            }
        }
        while (end > j && (v.pos(end - 1).equals("PUNCT") || v.pos(end - 1).equals("SYM"))) end--;
        if (end <= j) return null;
        boolean verb = false, noun = false;
        for (int k = j; k < end; k++) {
            verb |= v.pos(k).equals("VERB") || v.pos(k).equals("AUX");
            noun |= v.head(k) || v.pos(k).equals("NUM");
        }
        // the tagger misses verbs in long clauses ("the spate of shootings demands that ..."): a long
        // clause with a noun is content too
        boolean longClause = noun && (end - j >= 6 || v.titled && end - j >= 2);
        if (!(frame == Frame.OBJECT ? noun : verb || longClause && frame != Frame.COGNITION)) return null;
        if (infinitive && v.lower(j).equals("to") && !v.infinitiveAt(j)) return null;
        if (frame == Frame.COGNITION && !CONTENT_OPENERS.contains(v.lower(j)) && !(infinitive && v.infinitiveAt(j))) {
            // "believes the talks will fail", not "fears a threat"
            // or "expects prices to rise"
            if (!subjectAndVerbAt(v, j, true)) return null;
        }
        return new Content(List.of(v.span(j, end)), false);
    }

    /**
     * A noun phrase at token j with a verb after it, a clause's subject: "the talks will fail", not "a threat";
     * with {@code infinitive} also "prices to rise".
     */
    private static boolean subjectAndVerbAt(SentenceView v, int j, boolean infinitive) {
        int np = nounPhraseRight(v, j, false);
        int after = v.skipAdverbs(subjectModifiers(v, np));
        return np > j && (v.pos(after).equals("VERB") || v.pos(after).equals("AUX") || infinitive && v.infinitiveAt(after));
    }

    /**
     * A verb of saying with a sense of doing (`deed-senses`: "would add $84 billion to the deficit", "maintains
     * a program") whose object at token j is a noun phrase, neither a clause nor words ("added a note of caution").
     */
    static boolean objectOfADeed(SentenceView v, String lemma, int j) {
        // words set off by a colon ("He added: ...") are no object
        return ReportingLexicon.DEED_SENSES.contains(lemma) && !CONTENT_OPENERS.contains(v.lower(j)) && !v.opensQuote(j) && !v.text(j - 1).equals(":")
                && !v.pos(j).equals("VERB") && !v.pos(j).equals("AUX") && !subjectAndVerbAt(v, j, false) && !NounPhrases.wordsAt(v, j, true);
    }

    /**
     * "believes the people of Ohio will ...", "hopes his endorsement before the primary will ...": up to two
     * prepositional phrases that modify the subject of a clause, from token k; where they end.
     */
    private static int subjectModifiers(SentenceView v, int k) {
        // "before/SCONJ the primary": the tagger reads a time preposition as a conjunction
        for (int phrase = 0; phrase < 2 && (v.pos(k).equals("ADP") || TIME_PREPOSITIONS.contains(v.lower(k))) && !v.lower(k).equals("that"); phrase++) {
            int end = nounPhraseRight(v, k + 1, false);
            if (end == k + 1) break;
            k = end;
        }
        return k;
    }

    /**
     * What a preposition after a stance noun introduces, from token j: a noun phrase ("of the plan"), or
     * a clause or gerund up to the next comma ("about how the money was spent", "for failing to act").
     */
    static Content objectPhrase(SentenceView v, int j) {
        int end;
        if (CONTENT_OPENERS.contains(v.lower(j)) || v.pos(j).equals("VERB") && v.lower(j).endsWith("ing")) {
            end = j + 1;
            while (end < v.n && !v.text(end).equals(",") && !v.text(end).equals(";") && !v.text(end).equals(":")) end++;
            while (end > j && (v.pos(end - 1).equals("PUNCT") || v.pos(end - 1).equals("SYM"))) end--;
        } else {
            end = nounPhraseRight(v, j, false);
        }
        return end > j ? new Content(List.of(v.span(j, end)), false) : null;
    }

    /**
     * "donations, which he said were gifts", "a plan the mayor said would cost": a relative pronoun, or the noun
     * ending the antecedent of a contact clause (which has none), at token k right before a cue's source.
     */
    static boolean opensRelativeClause(SentenceView v, int k) {
        return RELATIVE_WORDS.contains(v.lower(k)) || k > 0 && (v.pos(k).equals("NOUN") || v.pos(k).equals("PROPN")) && !v.isDate(k);
    }

    /**
     * The rest of a relative clause after its cue, from token j, which opens with the verb the relative
     * pronoun is subject of ("which he said [were at his side]"), to the next comma or the clause's end.
     */
    static Content relativeClauseRest(SentenceView v, int j) {
        if (!(v.pos(j).equals("AUX") || v.pos(j).equals("VERB") && !v.lower(j).endsWith("ing"))) return null;
        int end = j + 1;
        while (end < v.n && !v.text(end).equals(",") && !v.text(end).equals(";") && !secondCue(v, end)) end++;
        while (end > j && (v.pos(end - 1).equals("PUNCT") || v.pos(end - 1).equals("SYM"))) end--;
        return end > j + 1 ? new Content(List.of(v.span(j, end)), false) : null;
    }

    /**
     * A second attribution joined to the first at token k: ", adding that", ", according to",
     * "and added that".
     */
    static boolean secondCue(SentenceView v, int k) {
        if (v.text(k).equals(",")) {
            return v.participleCue(k + 1) || v.lower(k + 1).equals("according") && v.lower(k + 2).equals("to")
                    || CONTRASTS.contains(v.lower(k + 1)) && reportBySubject(v, k + 2);
        }
        if (v.pos(k).equals("CCONJ")) {
            int c = v.skipAdverbs(k + 1);
            // "and seemed to think ...": a verb of seeming hands the report on
            if (v.lemma(c).equals("seem") || v.lemma(c).equals("appear")) c = v.infinitiveAt(c + 1) ? v.skipAdverbs(c + 2) : c;
            Frame frame = v.pos(c).equals("VERB") ? ReportingLexicon.frame(v.lemma(c)) : null;
            boolean aims = frame == Frame.INTENTION || ReportingLexicon.INFINITIVE.contains(v.lemma(c));
            // "and refused to testify", "and vowed to fight": a stated aim after the first report; "and urged
            // voters to ...": one of someone
            return frame != null && (v.lower(c + 1).equals("that") || v.text(c + 1).equals(":") || v.text(c + 1).equals(",")
                    || aims && (v.infinitiveAt(c + 1) || v.nominal(c + 1) && v.infinitiveAt(nounPhraseRight(v, c + 1, false)))
                    || frame == Frame.COGNITION && v.lemma(c - 1).equals("to"));
        }
        return false;
    }

    /**
     * "..., but he refuses to discuss", "..., although she again declined to say": a subject pronoun at token k
     * and, over adverbs, auxiliaries and negation, a reporting verb: the writer turns to a report of its own.
     */
    private static boolean reportBySubject(SentenceView v, int k) {
        if (!SUBJECT_PRONOUNS.contains(v.lower(k))) return false;
        int c = k + 1;
        while (c < v.n && (v.isAdverb(c) || v.pos(c).equals("AUX") || v.pos(c).equals("PART") && !v.lower(c).equals("to"))) c++;
        return v.pos(c).equals("VERB") && ReportingLexicon.frame(v.lemma(c)) != null;
    }

    /**
     * What an attribution at the end of a sentence reports: the quote closed just before token b
     * (however many sentences it runs over), or the sentence up to the comma before b.
     */
    static Content leftContent(SentenceView v, int b) {
        int p = b - 1;
        int closing = -1;
        boolean comma = false;
        while (p >= 0 && (v.text(p).equals(",") || v.closesQuote(p) || DASHES.contains(v.text(p)))) {
            if (v.closesQuote(p) && closing < 0) closing = p;
            comma |= !v.closesQuote(p);
            p--;
        }
        if (closing >= 0) {
            int q = v.closedQuote(closing);
            int firstWord = v.firstWord();
            boolean words = wordCount(v, v.quotes.start(q), v.quotes.end(q)) >= 4;
            if (v.quotes.start(q) <= v.start(firstWord)) return new Content(v.quotes.segments(q), true, words);
            return p >= firstWord ? new Content(List.of(new Span(v.start(firstWord), v.quotes.end(q))), false, words) : null;
        }
        if (p < 0) {
            int q = b == 0 ? quoteEndsBefore(v, v.start(0)) : -1;
            return q >= 0 ? new Content(v.quotes.segments(q), true) : null;
        }
        if (!comma) return null;
        int first = v.firstWord();
        if (p < first) return null;
        boolean verb = false;
        for (int k = first; k <= p; k++) verb |= v.pos(k).equals("VERB") || v.pos(k).equals("AUX");
        if (!verb && !(v.titled && p - first >= 2)) return null;
        // a clause that is itself a quote, opened at the start of the sentence
        if (v.opensQuote(first - 1) && v.quotes.end(v.quotes.openedAt(v.start(first - 1))) >= v.end(p)) {
            return new Content(List.of(v.span(first, p + 1)), true);
        }
        return new Content(List.of(v.span(first, p + 1)), false);
    }

    static int wordCount(SentenceView v, int from, int to) {
        int words = 0;
        boolean inWord = false;
        for (int k = from; k < to; k++) {
            boolean letter = Character.isLetterOrDigit(v.doc.charAt(k));
            if (letter && !inWord) words++;
            inWord = letter;
        }
        return words;
    }

    /** The quote whose closing mark ends the text just before offset (over spaces and commas, within the paragraph). */
    static int quoteEndsBefore(SentenceView v, int offset) {
        int p = offset - 1;
        while (p >= 0 && (v.doc.charAt(p) == ' ' || v.doc.charAt(p) == ',' || v.doc.charAt(p) == '\t')) p--;
        return p >= 0 ? v.quotes.closedAt(p) : -1;
    }

    /** True when the quote opened at token mark runs to the end of the clause (nothing but punctuation after it). */
    static boolean endsClauseAfter(SentenceView v, int mark) {
        int q = v.quotes.openedAt(v.start(mark));
        int qEnd = v.quotes.end(q);
        for (int k = mark + 1; k < v.n; k++) {
            if (v.start(k) < qEnd) continue;
            if (v.pos(k).equals("PUNCT") || v.pos(k).equals("SYM")) continue;
            return false;
        }
        return true;
    }

    /**
     * "He added:" closing its sentence: what follows the colon, the quote opened there (in the next
     * paragraph too, however far it runs), or else the rest of the colon's own paragraph or the next one.
     */
    static Content afterColon(SentenceView v, int colon) {
        String doc = v.doc;
        int p = v.end(colon);
        int lineEnd = doc.indexOf('\n', p);
        if (lineEnd < 0) lineEnd = doc.length();
        while (p < doc.length() && Character.isWhitespace(doc.charAt(p))) p++;
        if (p >= doc.length()) return null;
        // an item of a numbered or bulleted list ending in a colon ("1. Ann says:") heads what follows, as
        // comment threads are laid out
        if (p > lineEnd && listItem(v)) return null;
        int q = v.quotes.openedAt(p);
        if (q >= 0) return new Content(v.quotes.segments(q), true);
        // unquoted, the next paragraph is the words set off as a block ("Limbaugh added:"), one paragraph of them
        int end = p > lineEnd ? doc.indexOf('\n', p) : lineEnd;
        if (end < 0) end = doc.length();
        while (end > p && Character.isWhitespace(doc.charAt(end - 1))) end--;
        return wordCount(v, p, end) >= 3 ? new Content(List.of(new Span(p, end)), false) : null;
    }

    /** The sentence's line opens with a list marker ("1.", "•", "*"), in the text before it or as its first token. */
    private static boolean listItem(SentenceView v) {
        boolean marker = false;
        for (int k = v.start(0) - 1; k >= 0 && v.doc.charAt(k) != '\n'; k--) {
            char c = v.doc.charAt(k);
            if (Character.isLetter(c)) return false;
            marker |= Character.isDigit(c) || c == '•' || c == '*';
        }
        String first = v.text(0);
        return marker || !first.isEmpty() && (Character.isDigit(first.charAt(0)) && (first.endsWith(".") || v.text(1).equals("."))
                || first.equals("•") || first.equals("*"));
    }

    static Content joinQuotes(Content a, Content b) {
        List<Span> parts = new ArrayList<>(a.parts());
        parts.addAll(b.parts());
        return new Content(parts, true);
    }

    static Content quoteContent(SentenceView v, int mark) {
        int q = v.quotes.openedAt(v.start(mark));
        return new Content(v.quotes.segments(q), true);
    }

    /**
     * "The museum, he said, would make visitors face hard truths": an attribution set between commas
     * inside the clause it reports. The content is the clause around it, in two parts.
     */
    static Content parenthetical(SentenceView v, int commaBefore, int commaAfter) {
        int first = v.firstWord();
        if (commaBefore <= first || v.closesQuote(commaBefore - 1)) return null;
        for (int k = first; k < commaBefore; k++) {
            // a sentence of its own before the attribution is no part of one clause with what follows
            if (v.text(k).equals(";") || v.text(k).equals(":")) return null;
        }
        int end = v.n;
        for (int k = commaAfter + 1; k < v.n; k++) {
            if (v.text(k).equals(";") || secondCue(v, k)) {
                end = k;
                break;
            }
        }
        while (end > commaAfter + 1 && (v.pos(end - 1).equals("PUNCT") || v.pos(end - 1).equals("SYM"))) end--;
        if (end <= commaAfter + 1) return null;
        boolean verb = false;
        for (int k = first; k < end; k++) verb |= v.pos(k).equals("VERB") || v.pos(k).equals("AUX");
        if (!verb) return null;
        return new Content(List.of(v.span(first, commaBefore), v.span(commaAfter + 1, end)), false);
    }

    /**
     * The clause an attribution opened by "as" (token as) comments on: after it when it opens the sentence,
     * before it when it ends the sentence, around it when set between commas. Token j follows the cue's phrases.
     */
    static Content asParenthetical(SentenceView v, int as, int j) {
        if (as == v.firstWord() && v.text(j).equals(",")) return clauseRight(v, j + 1, Frame.CLAUSE);
        // "..., as one senator put it" and "a “burden on families,” as one senator put it": the comma may close a quote
        boolean comma = v.text(as - 1).equals(",");
        if (!comma && !(v.closesQuote(as - 1) && v.text(as - 2).equals(","))) return null;
        if (j >= v.n || v.onlyPunctuationFrom(j)) return leftContent(v, as);
        if (!comma) return null;
        return v.text(j).equals(",") ? parenthetical(v, as - 1, j) : null;
    }

    /**
     * "an aggressive - some say unrealistic - pledge", "The plan - officials say it will cost $5 billion - was
     * approved": an attribution whose source opens at
     * sourceStart, set between dashes, reports what stands between its cue and the closing dash.
     */
    static Content betweenDashes(SentenceView v, int sourceStart, int j, Content clause) {
        if (!dash(v, sourceStart - 1)) return clause;
        for (int k = j; k < v.n; k++) {
            if (dash(v, k)) return k > j ? new Content(List.of(v.span(j, k)), false) : clause;
        }
        return clause;
    }

    /** A dash, or a hyphen or two standing for one between spaces ("aggressive - some say"), not "63-year-old"'s. */
    private static boolean dash(SentenceView v, int k) {
        if (k <= 0 || k + 1 >= v.n) return false;
        String w = v.text(k);
        return HeadlineForms.isDash(w) || TYPED_DASHES.contains(w) && v.start(k) > v.end(k - 1) && v.start(k + 1) > v.end(k);
    }

    /** The opening mark of a quote at j after a cue, or after a comma, colon or "that" there; -1 when none. */
    static int quoteMarkAfter(SentenceView v, int j) {
        if (v.opensQuote(j)) return j;
        if ((v.text(j).equals(",") || v.text(j).equals(":")) && v.opensQuote(j + 1)) return j + 1;
        if (v.lower(j).equals("that") && (v.text(j + 1).equals(":") && v.opensQuote(j + 2))) return j + 2;
        if (v.lower(j).equals("that") && v.opensQuote(j + 1)) return j + 1;
        return -1;
    }
}
