package org.claimgraph.assertions;

import java.util.Set;

import org.claimgraph.doc.Span;
import org.claimgraph.language.FunctionWords;
import org.claimgraph.language.Titles;

import static org.claimgraph.assertions.SentenceView.POSSESSIVE_PRONOUNS;

/** Noun phrases that name a source, read left or right from a token over a {@link SentenceView}. */
final class NounPhrases {
    private NounPhrases() {}

    private static final Set<String> NP_INNER_ADP = Set.of("of", "for", "at", "in", "from", "on", "near", "outside", "inside", "among");
    /** Roles a person holds "to" someone: "advisers to the mayor", "an aide to the senator". */
    private static final Set<String> ROLES = Set.copyOf(Titles.shared().forms(Titles.Use.ROLE));
    /** Words that count people and can stand for them: "Some believe", "all agreed". */
    static final Set<String> QUANTIFIERS = FunctionWords.union("quantifiers", "quantifier-few", "quantifier-others",
            "distributive-each");

    /**
     * The noun phrase ending at token p that names the speaker, as [start, end) token indices, with an
     * appositive ("Kenya's chief of defence forces, Charles Kahariri, said"); null when there is none.
     */
    static int[] sourceLeft(SentenceView v, int p) {
        if (p < 0) return null;
        if (DASHES.contains(v.text(p))) return beforeDashes(v, p);
        if (!v.text(p).equals(",")) {
            int[] contact = withContactClause(v, p);
            if (contact == null) contact = RelativePredicates.describedNoun(v, p);
            if (contact != null) return contact;
            int a = nounPhraseLeft(v, p);
            if (a > p) return null;
            int[] described = ParticiplePhrases.describedNoun(v, a, p);
            if (described == null) described = withRelativeClause(v, a, p);
            return described != null ? described : new int[] {a, p + 1};
        }
        int a2 = nounPhraseLeft(v, p - 1);
        if (a2 <= p - 1 && v.text(a2 - 1).equals(",")) {
            int a1 = nounPhraseLeft(v, a2 - 2);
            if (a1 <= a2 - 2) return new int[] {a1, p};
            // "One Republican presidential hopeful/ADJ, Carly Fiorina, says": the name, when its description has no head
            if (v.pos(p - 1).equals("PROPN") && v.pos(a2 - 2).equals("ADJ")) return new int[] {a2, p};
        }
        // "Peter Morgan, a lawyer for the Sierra Club, who has ... for years, said": the noun phrase
        // opening the clause, followed by a comma, with everything up to the cue
        int k = p - 1;
        while (k >= 0 && !v.text(k).equals(";") && !v.text(k).equals(":") && !v.closesQuote(k)
                && !(v.lower(k).equals("that") && v.pos(k).equals("SCONJ"))) k--;
        int start = k + 1;
        while (start < p && (v.pos(start).equals("PUNCT") || v.pos(start).equals("CCONJ"))) start++;
        int end = nounPhraseRight(v, start, false);
        return end > start && end < p && v.text(end).equals(",") ? new int[] {start, p} : null;
    }

    /**
     * "The aide who wrote the memo said", "Voters who backed the mayor say": the noun phrase from token a to p is
     * the object of a relative clause's verb; the speaker is the noun the clause describes, with the clause.
     */
    private static int[] withRelativeClause(SentenceView v, int a, int p) {
        int verb = a - 1, relative = a - 2, noun = a - 3;
        if (!v.pos(verb).equals("VERB") || v.lower(verb).endsWith("ing") || BARE_INFINITIVE_VERBS.contains(v.lemma(verb))
                || !RELATIVE_PRONOUNS.contains(v.lower(relative))
                || !v.head(noun) || v.pos(noun).equals("PRON")) return null;
        int start = nounPhraseLeft(v, noun);
        return start <= noun ? new int[] {start, p + 1} : null;
    }

    /** Verbs whose object is the subject of a bare infinitive after it: "ways that help Mr. Putin maintain ...". */
    private static final Set<String> BARE_INFINITIVE_VERBS = FunctionWords.get("bare-infinitive-verbs");
    private static final Set<String> DASHES = FunctionWords.union("dashes", "double-hyphen");
    private static final Set<String> CONTACT_SUBJECTS = FunctionWords.inPersons("subject-pronoun", "1sg", "1pl", "2", "3sg", "3pl");

    /**
     * "the experts I interviewed said", "the farmers we spoke with say": a noun phrase and a relative clause
     * without its pronoun (a subject pronoun and a past verb, with its preposition), ending at token p.
     */
    private static int[] withContactClause(SentenceView v, int p) {
        int verb = v.pos(p).equals("ADP") ? p - 1 : p;
        if (!v.pos(verb).equals("VERB") || !v.lower(verb).endsWith("ed") && v.lower(verb).equals(v.lemma(verb))
                || !CONTACT_SUBJECTS.contains(v.lower(verb - 1))) return null;
        int head = verb - 2;
        boolean noun = v.pos(head).equals("NOUN") || v.pos(head).equals("PRON") && v.lower(head).startsWith("every");
        int a = noun ? nounPhraseLeft(v, head) : head + 1;
        return a <= head ? new int[] {a, p + 1} : null;
    }

    /**
     * "Moreno -- an adviser to two mayors -- said": the noun phrase before a remark set between dashes,
     * with the remark, the closing dash at p. Null when no opening dash follows a noun phrase.
     */
    private static int[] beforeDashes(SentenceView v, int p) {
        for (int k = p - 2; k > 0; k--) {
            if (v.text(k).equals(";") || v.text(k).equals(":")) return null;
            if (!DASHES.contains(v.text(k))) continue;
            if (DASHES.contains(v.text(k - 1))) return null;
            int[] head = sourceLeft(v, k - 1);
            return head == null ? null : new int[] {head[0], p};
        }
        return null;
    }

    /**
     * The noun phrase of evidence opening the sentence with its modifiers up to token last ("A report
     * released last year", "A study by a law professor"): no clause boundary, no finite verb between.
     */
    static int[] evidenceSubject(SentenceView v, int last) {
        int start = v.firstWord();
        int end = nounPhraseRight(v, start, false);
        if (end <= start || end > last + 1 || !evidence(v, new int[] {start, end})) return null;
        for (int k = end; k <= last; k++) {
            String p = v.pos(k);
            boolean participle = p.equals("VERB") && (v.lower(k).endsWith("ed") || v.lower(k).endsWith("en"));
            if (!(participle || v.nominal(k) || p.equals("ADP") || p.equals("ADV") || v.isDate(k))) return null;
        }
        return new int[] {start, last + 1};
    }

    /**
     * "..., a new analysis of newly filed campaign-finance reports shows.": evidence named by a longer phrase
     * after the clause's comma than the noun phrase {@code src} before the verb, whose modifiers ("of", "newly
     * filed") that phrase leaves out; the whole phrase when it holds the evidence, else null.
     */
    static int[] closingEvidence(SentenceView v, int[] src) {
        int k = src[0] - 1;
        while (k > 0 && (v.nominal(k) || v.pos(k).equals("ADP") && !v.lower(k).equals("as") || v.isAdverb(k) || v.isDate(k)
                || v.pos(k).equals("VERB") && (v.lower(k).endsWith("ed") || v.lower(k).endsWith("en"))
                || v.text(k).equals("-") && v.end(k - 1) == v.start(k))) k--;
        if (k <= 0 || k == src[0] - 1 || !v.text(k).equals(",") || !v.nominal(k + 1)) return null;
        int[] phrase = {k + 1, src[1]};
        return evidence(v, phrase) ? phrase : null;
    }

    /** The source is a poll, study, report or the like. */
    static boolean evidence(SentenceView v, int[] src) {
        for (int k = src[0]; k < src[1]; k++) {
            if (v.lower(k).equals("of") || v.text(k).equals(",")) break;
            if ((v.pos(k).equals("NOUN") || v.pos(k).equals("PROPN")) && ReportingLexicon.EVIDENCE.contains(v.lemma(k))) return true;
        }
        return false;
    }

    /**
     * "Dean, a former chairman, tweeting ...", "The party filed a complaint, claiming ...": the noun phrase
     * opening the sentence, when a comma or the main verb follows it.
     */
    static int[] subjectBefore(SentenceView v, int comma) {
        int[] subject = subjectAt(v, v.firstWord(), comma);
        if (subject != null) return subject;
        // "In May, several firms filed a suit, saying ...": after an opening phrase without a verb
        for (int k = v.firstWord(); k < comma; k++) {
            if (v.pos(k).equals("VERB") || v.pos(k).equals("AUX")) return clauseSubject(v, comma);
            if (v.text(k).equals(",")) {
                subject = subjectAt(v, k + 1, comma);
                return subject != null ? subject : clauseSubject(v, comma);
            }
        }
        return null;
    }

    /**
     * "Chastened by the analyses, Trump revised his plan, promising ...", "On Thursday, however, Trump spoke to
     * leaders, promising ...": the subject of the last finite verb before the comma, a noun phrase right before
     * it (over adverbs and auxiliaries) that follows a comma or opens the sentence; null when there is none.
     */
    private static int[] clauseSubject(SentenceView v, int comma) {
        for (int k = comma - 1; k > v.firstWord(); k--) {
            if (v.text(k).equals(",") || v.text(k).equals(";")) break;
            if (!v.pos(k).equals("VERB") || v.lower(k).endsWith("ing")) continue;
            int b = k - 1;
            while (b >= 0 && (v.isAdverb(b) || v.pos(b).equals("AUX"))) b--;
            int a = b >= 0 && v.head(b) ? nounPhraseLeft(v, b) : b + 1;
            boolean opens = a == v.firstWord() || v.text(a - 1).equals(",");
            return a <= b && opens ? new int[] {a, b + 1} : null;
        }
        return null;
    }

    private static int[] subjectAt(SentenceView v, int start, int comma) {
        int end = nounPhraseRight(v, start, false);
        if (end <= start || end > comma) return null;
        String next = v.pos(v.skipAdverbs(end));
        return v.text(end).equals(",") || next.equals("VERB") || next.equals("AUX") ? new int[] {start, end} : null;
    }

    /**
     * The noun phrase a relative pronoun source stands for ("a well-connected source who told him",
     * "Smith, who said"), or null when the source is no relative pronoun or nothing nominal precedes it.
     */
    static final Set<String> RELATIVE_PRONOUNS = FunctionWords.union("wh-pronoun-person", "relative-pronouns");

    static Span antecedent(SentenceView v, Span source) {
        for (int k = 1; k < v.n; k++) {
            if (v.start(k) != source.start()) continue;
            boolean part = k + 2 < v.n && v.end(k + 2) == source.end() && partOfRelative(v, k + 2);
            if (!part && (v.end(k) != source.end() || !RELATIVE_PRONOUNS.contains(v.lower(k)))) return null;
            int end = antecedentEnd(v, k);
            int start = nounPhraseLeft(v, end - 1);
            return start < end && v.nominal(end - 1) ? v.span(start, end) : null;
        }
        return null;
    }

    /** "many of whom", "two of which", "none of whom" ending at token k: a quantity of the antecedent. */
    private static boolean partOfRelative(SentenceView v, int k) {
        if (k < 3 || !(v.lower(k).equals("whom") || v.lower(k).equals("which")) || !v.lower(k - 1).equals("of")) return false;
        String q = v.lower(k - 2);
        return QUANTIFIERS.contains(q) || PART_WORDS.contains(q) || v.pos(k - 2).equals("NUM");
    }

    /** Words of a part besides the quantifiers: "none of whom", "half of whom". */
    private static final Set<String> PART_WORDS = FunctionWords.union("partitives", "pronoun-one");

    /**
     * Where the antecedent of the relative pronoun at token k ends: before its comma ("Smith, who") and
     * before a date set between them ("a letter from his doctor Friday afternoon that says").
     */
    static int antecedentEnd(SentenceView v, int k) {
        int end = v.text(k - 1).equals(",") ? k - 1 : k;
        while (end > 1 && v.isDate(end - 1) && !v.isPossessive(end - 1)) end--;
        return end;
    }

    /**
     * A preposition inside a source read leftward from its cue: "advisers to the mayor say", "a report by the
     * agency found". Rightward, after "said X", these open the circumstances ("said Smith to the crowd").
     */
    private static boolean innerLeft(SentenceView v, int k) {
        if (!v.pos(k).equals("ADP")) return false;
        String w = v.lower(k);
        return w.equals("to") && ROLES.contains(v.lemma(k - 1)) || w.equals("by") && ReportingLexicon.EVIDENCE.contains(v.lemma(k - 1));
    }

    /** "two of the suspects": a number counting part of the phrase after "of" (token k) heads it. */
    private static boolean countOf(SentenceView v, int k) {
        return v.lower(k).equals("of") && v.pos(k - 1).equals("NUM") && !v.isDate(k - 1);
    }

    /** Start of the noun phrase ending at token p (p + 1 when there is none). */
    static int nounPhraseLeft(SentenceView v, int p) {
        if (p < 0) return p + 1;
        int k = p;
        int start = p + 1;
        boolean hasHead = false;
        while (k >= 0) {
            if (v.text(k).equals(")")) {
                // "Rep. Stephen Lynch (D-Mass.)"
                int open = k - 1;
                while (open >= 0 && open > k - 8 && !v.text(open).equals("(")) open--;
                if (open <= 0 || !v.text(open).equals("(") || !v.head(open - 1)) break;
                k = open - 1;
                continue;
            }
            // "a letter that says", "Smith, who said": the relative pronoun stands for the speaker
            if (k == p && v.pos(k).equals("PRON") && (v.lower(k).equals("who") || v.lower(k).equals("which") || v.lower(k).equals("that"))) return k;
            // "the families, many of whom say": a part of the relative pronoun's antecedent
            if (k == p && partOfRelative(v, k)) return k - 2;
            if (v.nominal(k)) {
                // "he said"; "Putin himself put" goes on to the name
                if (v.pos(k).equals("PRON") && k == p && !v.isPossessive(k) && !v.lower(k).endsWith("self")) return k;
                hasHead |= v.head(k);
                start = k;
                if (v.pos(k).equals("DET") && !(NP_INNER_ADP.contains(v.lower(k - 1)) || innerLeft(v, k - 1)
                        || v.lower(k - 1).equals("and"))) break;
                k--;
            } else if ((NP_INNER_ADP.contains(v.lower(k)) && v.pos(k).equals("ADP") || innerLeft(v, k)
                    || v.lower(k).equals("and") || v.text(k).equals("-")) && k < p && k > 0 && (v.head(k - 1) || countOf(v, k)) && v.nominal(k + 1)) {
                k--;
            } else {
                break;
            }
        }
        if (v.isDate(start)) return p + 1;
        // "the official": an adjective standing for its noun
        boolean nominalized = !hasHead && p > start && v.pos(p).equals("ADJ") && v.pos(start).equals("DET");
        // "Some believe", "many say": a quantifier standing for the people it counts
        boolean quantifier = !hasHead && start == p && QUANTIFIERS.contains(v.lower(p));
        return hasHead || nominalized || quantifier ? start : p + 1;
    }

    /**
     * End of the noun phrase starting at token j (j when there is none): determiners, modifiers, nouns,
     * "of"-phrases; with {@code appositive}, also ", a professor at X" up to the next comma.
     */
    static int nounPhraseRight(SentenceView v, int j, boolean appositive) {
        int k = j;
        boolean hasHead = false;
        int end = j;
        while (k < v.n) {
            if (v.text(k).equals("(") && k > j && v.head(k - 1)) {
                int close = k + 1;
                while (close < v.n && close < k + 8 && !v.text(close).equals(")")) close++;
                if (close >= v.n || !v.text(close).equals(")")) break;
                k = close + 1;
                end = k;
                continue;
            }
            // "Friday's decision": a date as possessor opens the phrase
            if (v.nominal(k) && (!v.isDate(k) || k == j && v.isPossessive(k))) {
                if (v.pos(k).equals("PRON") && k == j && !v.isPossessive(k) && !POSSESSIVE_PRONOUNS.contains(v.lower(k))) {
                    return j + 1;
                }
                if ((v.pos(k).equals("DET") || v.pos(k).equals("PRON")) && k > j && v.head(k - 1)) break;
                hasHead |= v.head(k);
                k++;
                if (hasHead) end = k;
            } else if ((NP_INNER_ADP.contains(v.lower(k)) && v.pos(k).equals("ADP") || v.lower(k).equals("and") || v.text(k).equals("/")
                    || v.text(k).equals("-")) && k > j
                    && v.head(k - 1) && v.nominal(k + 1) && !v.isDate(k + 1)) {
                k++;
            } else {
                break;
            }
        }
        if (!hasHead) return j;
        if (appositive && v.text(end).equals(",") && (v.pos(end + 1).equals("DET") || v.pos(end + 1).equals("ADJ")
                || v.pos(end + 1).equals("NOUN") || v.pos(end + 1).equals("PROPN"))) {
            int k2 = end + 1;
            while (k2 < v.n && !v.text(k2).equals(",") && !v.pos(k2).equals("VERB") && !v.onlyPunctuationFrom(k2)) k2++;
            if (k2 > end + 1 && (k2 >= v.n || v.onlyPunctuationFrom(k2) || v.text(k2).equals(","))) end = k2;
        }
        return end;
    }

    /**
     * "told CBS’s “Face the Nation” that ...": a short quote right after a possessive is the name of a show or a
     * paper the noun phrase ending before token {@code end} owns; the end past that quote, else {@code end}.
     */
    static int quotedTitleAfter(SentenceView v, int end) {
        if (!v.isPossessive(end - 1) || !v.opensQuote(end)) return end;
        for (int k = end + 2; k < v.n && k <= end + 6; k++) {
            if (v.closesQuote(k)) return k + 1;
        }
        return end;
    }

    /** "said something odd", "said the same of her rival": a pronoun for words opens the phrase at token k. */
    static boolean standsForWords(SentenceView v, int k) {
        return ReportingLexicon.WORDS_PRONOUNS.contains(v.lower(k)) || v.lower(k).equals("the") && v.lower(k + 1).equals("same");
    }

    /** Token k, a noun phrase's last word, names a person: a pronoun other than "it", a name, a role ("the governor"). */
    static boolean person(SentenceView v, int k) {
        if (v.pos(k).equals("PRON")) return !v.lower(k).equals("it") && !SentenceView.WH.contains(v.lower(k));
        return v.pos(k).equals("PROPN") || v.pos(k).equals("NOUN") && ROLES.contains(v.lemma(k));
    }

    /** The noun phrase at token k names something said or asked: "requests for comment", "the criticism". */
    static boolean wordsAt(SentenceView v, int k) {
        return wordsAt(v, k, false);
    }

    /** With {@code texts}, also a text or an account: "a note of caution", "new details". */
    static boolean wordsAt(SentenceView v, int k, boolean texts) {
        int end = nounPhraseRight(v, k, false);
        for (int m = k; m < end; m++) {
            String l = v.lemma(m);
            if (ReportingLexicon.NOUNS.contains(l) || ReportingLexicon.SPEECH_NOUNS.contains(l) || ReportingLexicon.REQUEST_NOUNS.contains(l)) return true;
            if (texts && (ReportingLexicon.TEXT_NOUNS.contains(l) || ReportingLexicon.ACCOUNT_NOUNS.contains(l))) return true;
        }
        return false;
    }

    /** Verbs that hand a speaker's words on: "quoted as saying", "cited as saying", "was reported as saying". */
    static final Set<String> QUOTING_VERBS = Set.of("quote", "cite", "report");

    /**
     * "Smith was quoted as saying ...", "Smith was quoted by Reuters as saying ...", "Smith was cited as
     * saying": the subject of "quoted" is the speaker of the participle after "as" (token as); "the agency
     * quoted an official as saying ...": the object of an active "quoted" is; null otherwise.
     */
    static int[] quotedAs(SentenceView v, int as) {
        if (!v.lower(as).equals("as")) return null;
        for (int k = as - 2; k > 0 && k >= as - 8; k--) {
            if (QUOTING_VERBS.contains(v.lemma(k)) && v.pos(k).equals("VERB")) {
                if (nounPhraseRight(v, k + 1, false) == as) return new int[] {k + 1, as};
                break;
            }
        }
        int q = as - 1;
        // "quoted by the agency as": the agent is who quoted, not who spoke
        for (int k = as - 2; k > 0 && k >= as - 8 && !QUOTING_VERBS.contains(v.lemma(q)); k--) {
            if (v.lower(k).equals("by")) q = k - 1;
        }
        if (!QUOTING_VERBS.contains(v.lemma(q))) return null;
        int b = q - 1;
        while (b >= 0 && (v.isAdverb(b) || v.pos(b).equals("AUX"))) b--;
        return b < q - 1 ? sourceLeft(v, b) : null;
    }
}
