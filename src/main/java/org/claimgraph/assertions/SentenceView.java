package org.claimgraph.assertions;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.claimgraph.doc.Sentence;
import org.claimgraph.doc.Span;
import org.claimgraph.doc.Token;
import org.claimgraph.language.FunctionWords;

/** A sentence's tokens with the small queries the rules of attribution ask of them. */
final class SentenceView {
    static final Set<String> WH = FunctionWords.union("wh-pronoun-person", "wh-pronoun-thing", "wh-pronoun-object",
            "wh-possessive", "wh-ever", "relative-pronouns");
    static final Set<String> POSSESSIVE_PRONOUNS = FunctionWords.inEveryPerson("possessive-determiner");

    /** The document's text, into which every span points. */
    final String doc;
    final Quotes quotes;
    final Sentence sentence;
    final List<Token> t;
    final int n;
    final List<Span> dates;
    private final String[] tags;
    private final String[] lemmas;
    /** A headline in title case ("Senator Says Plan Will Fail"), where the tagger reads most words as names. */
    final boolean titled;

    SentenceView(Sentence sentence, List<Span> dates, List<Span> names, String doc, Quotes quotes) {
        this.doc = doc;
        this.quotes = quotes;
        this.sentence = sentence;
        this.t = sentence.tokens();
        this.n = t.size();
        this.dates = dates;
        this.tags = new String[n];
        for (int i = 0; i < n; i++) {
            String p = t.get(i).pos();
            int plus = p.indexOf('+');
            tags[i] = plus > 0 ? p.substring(0, plus) : p;
        }
        this.titled = titleCase();
        this.lemmas = new String[n];
        for (int i = 0; i < n; i++) lemmas[i] = ReportingLemmas.repaired(t, tags, titled, i);
        markNames(names);
        for (int i = 0; i < n; i++) {
            tags[i] = repairedTag(i);
            // the subject of a verb found after a name the tagger missed is that name
            if (i > 0 && tags[i].equals("VERB") && !t.get(i).pos().equals("VERB") && (missedName(i - 1) || TagRepairs.openingName(t, tags, i - 1))) {
                tags[i - 1] = "PROPN";
            }
        }
    }

    private static final Set<String> TAGS_OF_NAME_WORDS = Set.of("VERB", "ADJ", "ADV", "NOUN", "X");
    /** What the tagger takes a base form after a modal for: "may announce/AUX", "would reveal/ADJ", "will brand/ADV". */
    private static final Set<String> MODAL_MISTAGS = Set.of("NOUN", "AUX", "ADJ", "ADV", "ADP");

    /**
     * "Trump/VERB charges", "Lynch/ADJ notes", "Sanders/X told": a capitalized word inside
     * a name the actors stage found is a proper noun, whatever the tagger made of it, unless it is a reporting
     * verb the name ran over ("Hillary Clinton Says"). Determiners and the like keep their tags ("The
     * Times"). Names and tokens are both sorted by offset.
     */
    private void markNames(List<Span> names) {
        int m = 0;
        for (int i = 0; i < n && m < names.size(); i++) {
            Span s = t.get(i).span();
            while (m < names.size() && names.get(m).end() <= s.start()) m++;
            if (m == names.size() || names.get(m).start() > s.start() || names.get(m).end() < s.end()) continue;
            String w = t.get(i).text();
            if (w.isEmpty() || !Character.isUpperCase(w.charAt(0)) || !TAGS_OF_NAME_WORDS.contains(tags[i])) continue;
            if (!ReportingLemmas.reporting(lemmas[i])) tags[i] = "PROPN";
        }
    }

    /** At least three words, and every word of four letters or more after the first capitalized. */
    private boolean titleCase() {
        int words = 0;
        for (int i = 0; i < n; i++) {
            String w = t.get(i).text();
            if (w.isEmpty() || !Character.isLetter(w.charAt(0))) continue;
            words++;
            if (i > 0 && w.length() >= 4 && !Character.isUpperCase(w.charAt(0))) return false;
        }
        return words >= 3;
    }

    /**
     * Names the tagger took for verbs or adverbs ("Trump/VERB knows", "Conservative/VERB economist",
     * "Trump’s/VERB"): a capitalized word that is no reporting verb, before a verb or a noun.
     */
    private String repairedTag(int i) {
        String p = TagRepairs.openClassTag(t, tags, i);
        String w = t.get(i).text();
        // "statements regarding the economy": a preposition, unless a form of "be" makes it the verb ("is considering")
        if (p.equals("VERB") && ReportingLemmas.PREPOSITIONAL_PARTICIPLES.contains(lower(i)) && !ReportingLemmas.progressive(t, i)) return "ADP";
        if (p.equals("NOUN") && (verbAfterNoun(i) || ReportingLemmas.progressive(t, i) && ReportingLemmas.reporting(lemmas[i])
                || TagRepairs.verbAfterSingularSubject(t, tags, i))) return "VERB";
        if (TagRepairs.hyphenedParticiple(t, tags, i)) return "ADJ";
        // "by announcing/NOUN that", "and expects/NOUN prices to fall": a reporting verb by the words around it
        boolean framed = ReportingLexicon.frame(lemmas[i]) != null;
        // "by emphasizing/ADJ fairness": a gerund after such a preposition, also taken for an adjective
        boolean gerund = TagRepairs.gerundAfterPreposition(t, i) && VerbCue.GERUND_PREPOSITIONS.contains(lower(i - 1));
        if (framed && (p.equals("NOUN") || p.equals("ADJ") && gerund)
                && (gerund || TagRepairs.coordinatedVerb(t, tags, i) || TagRepairs.verbBeforeThat(t, tags, i))) return "VERB";
        // "It was announced/ADJ last month that": a reporting verb's participle after "be", before its clause, date or agent
        if (p.equals("ADJ") && framed && TagRepairs.participleAfterBe(t, i) && !ReportingLexicon.STANCE_ADJECTIVES.contains(lower(i))
                && (lower(i + 1).equals("that") || lower(i + 1).equals("by") || isDate(i + 1))) return "VERB";
        // "may announce/AUX further arrests", "would reveal/ADJ", "will brand/ADV you": a reporting verb's base form after a modal
        if (TagRepairs.infinitiveAfterCue(t, tags, lemmas, i, titled)
                || framed && MODAL_MISTAGS.contains(p) && TagRepairs.verbAfterModal(t, tags, i)) return "VERB";
        // "Senator Warns Of ...": in a headline, a reporting verb in -s after its subject
        if (titled && i > 0 && w.endsWith("s") && (ReportingLexicon.frame(lemmas[i]) != null || ReportingLexicon.NAMING_VERBS.contains(lemmas[i]))
                && (tags[i - 1].equals("NOUN") || tags[i - 1].equals("PROPN"))) return "VERB";
        // "No one/NUM at the ministry would say": the pronoun heading its phrase
        if (p.equals("NUM") && lower(i).equals("one") && lower(i - 1).equals("no")) return "PRON";
        String next = i + 1 < n ? tags[i + 1] : "";
        if (p.equals("VERB") && (nounInIndefinitePhrase(i) || TagRepairs.pluralBeforeParticiple(t, tags, i))) return "NOUN";
        if (p.equals("VERB") && subjectAfterCue(i)) return "NOUN";
        // "ex-/PUNCT Soviet": a prefix the tokenizer split off modifies the word it is glued to
        if (p.equals("PUNCT") && w.length() > 2 && w.endsWith("-") && Character.isLetter(w.charAt(0)) && i + 1 < n
                && t.get(i).span().end() == t.get(i + 1).span().start()) return "ADJ";
        // "has/VERB repeatedly cited": "have" before a participle is its auxiliary
        if (p.equals("VERB") && lemmas[i].equals("have") && participleAfter(i + 1)) return "AUX";
        // "Trump/ADJ called ...": a capitalized adjective right before a verb is its subject's name
        if (p.equals("ADJ") && !titled && !w.isEmpty() && Character.isUpperCase(w.charAt(0)) && next.equals("VERB")
                && !(i > 0 && (tags[i - 1].equals("DET") || tags[i - 1].equals("ADJ") || tags[i - 1].equals("AUX")))) return "PROPN";
        if (!(p.equals("VERB") || p.equals("ADV")) || w.isEmpty() || !Character.isUpperCase(w.charAt(0))
                || ReportingLexicon.frame(lemmas[i]) != null) return p;
        if (endsInApostropheS(w)) return "PROPN";
        if (next.equals("VERB") || next.equals("AUX")) return "PROPN";
        if (next.equals("NOUN") || next.equals("PROPN")) return "ADJ";
        return p;
    }

    /**
     * "the poll shows that ...", "a study finds the ...", "environmentalists worry that ...", "Trump/ADJ urges
     * supporters to ...": a reporting verb the tagger took for a noun, after its subject (a noun, a name, a
     * pronoun) and before a clause, an object or its preposition. The base form only after a plural noun.
     */
    private boolean verbAfterNoun(int i) {
        String w = t.get(i).text().toLowerCase(Locale.ROOT);
        String lemma = lemmas[i];
        if (i == 0 || i + 1 >= n || !ReportingLemmas.reporting(lemma) || isPossessive(i - 1)) return false;
        String before = tags[i - 1];
        boolean missed = missedName(i - 1) || TagRepairs.openingName(t, tags, i - 1);
        if (!(before.equals("NOUN") || before.equals("PROPN") || missed
                || before.equals("PRON") && !POSSESSIVE_PRONOUNS.contains(lower(i - 1)))) return false;
        // "spoke", "wrote": a form no noun has, the lemma being neither the word nor its plural
        if (!w.equals(lemma) && !w.equals(lemma + "s") && !w.equals(lemma + "es") && !w.endsWith("ies") && !w.endsWith("ing")) return true;
        boolean afterNoun = before.equals("NOUN") || before.equals("PROPN") || missed;
        boolean pluralSubject = before.equals("NOUN") && lower(i - 1).endsWith("s");
        if (!w.endsWith("s") && !(w.equals(lemma) && pluralSubject)) return false;
        String next = tags[i + 1];
        String nextWord = t.get(i + 1).text().toLowerCase(Locale.ROOT);
        // "the campaign plans to ...": an infinitive after the -s form
        if (nextWord.equals("to")) return i + 2 < n && tags[i + 2].equals("VERB");
        // "“...,” the report says.", "“...,” Smith notes.": the -s form ending the sentence
        if (afterNoun && onlyPunctuationFrom(i + 1)) return true;
        // "Smith argues that ...", "Lynch notes they ...", "echoes her concerns", "rules against": before a
        // clause's first word, an object or the verb's own preposition
        boolean subjectPronoun = next.equals("PRON") && !WH.contains(nextWord);
        Set<String> preps = ReportingLexicon.PREPOSITIONAL_VERBS.get(lemma);
        // not "the train rails against the wall were painted": no verb of its own follows
        boolean ownPreposition = preps != null && preps.contains(nextWord) && !verbBeforeComma(i + 2);
        // a verb the lexicon knows only by its preposition ("rules against") takes no clause or object: "emissions rules that"
        boolean framed = ReportingLexicon.frame(lemma) != null;
        // "the latest numbers show unemployment at ...": evidence in the plural, then its verb's object
        if (pluralSubject && w.equals(lemma) && ReportingLexicon.EVIDENCE_VERBS.contains(lemma)
                && ReportingLexicon.EVIDENCE.contains(lemmas[i - 1]) && (next.equals("NOUN") || next.equals("ADJ"))) return true;
        // "Trump/VERB demands/NOUN accountability": after a name the tagger missed, also a bare noun as object
        // "Lawmaker urges retaliation on Russia": a line without a verb has its verb here; "Mayor urges residents to
        // leave": an addressee and an infinitive after a verb taking them
        boolean addresseeAndTo = ReportingLexicon.INFINITIVE.contains(lemma) && TagRepairs.nounsThenTo(t, tags, i + 1);
        return afterNoun && (framed && !(w.endsWith("s") && TagRepairs.afterPluralNoun(t, tags, i)) && (nextWord.equals("that") || next.equals("DET") || next.equals("NUM") || next.equals("PROPN") || subjectPronoun
                || (missed || TagRepairs.noVerb(t) || addresseeAndTo) && next.equals("NOUN")) || ownPreposition);
    }

    /**
     * "told a Commonwealth of Independent States summit/VERB in Astana": a base form after the nouns of a
     * phrase opened by "a" or "an" ends that phrase, since no singular subject takes it as its verb.
     */
    private boolean nounInIndefinitePhrase(int i) {
        String w = t.get(i).text().toLowerCase(Locale.ROOT);
        // "as a federal official put it": a past like its base form, with an object pronoun after it
        if (!w.equals(lemmas[i]) || ReportingLemmas.reporting(lemmas[i]) || i + 1 < n && TagRepairs.OBJECT_PRONOUNS.contains(lower(i + 1))) return false;
        boolean noun = false;
        for (int k = i - 1; k >= 0; k--) {
            String tag = tags[k];
            if (tag.equals("NOUN") || tag.equals("PROPN")) noun = true;
            else if (tag.equals("DET")) {
                String d = lower(k);
                return noun && (d.equals("a") || d.equals("an"));
            } else if (!(tag.equals("ADJ") || tag.equals("NUM") || lower(k).equals("of"))) return false;
        }
        return false;
    }

    /**
     * "Trump said praise/VERB from Putin would not affect ...": a base form right after a verb of saying, with
     * the clause's own verb still to come, is the subject of the clause said.
     */
    private boolean subjectAfterCue(int i) {
        String w = t.get(i).text().toLowerCase(Locale.ROOT);
        if (i == 0 || !tags[i - 1].equals("VERB") || ReportingLexicon.frame(lemmas[i - 1]) != ReportingLexicon.Frame.CLAUSE) return false;
        if (!w.equals(lemmas[i])) {
            // "said witnesses/VERB saw a gun": a plural right before the clause's auxiliary or past verb is its subject
            boolean plural = w.equals(lemmas[i] + "s") || w.equals(lemmas[i] + "es");
            return plural && i + 1 < n && (tags[i + 1].equals("AUX") || tags[i + 1].equals("VERB") && pastForm(i + 1));
        }
        for (int k = i + 1; k < n && !t.get(k).text().equals(","); k++) {
            if (t.get(k).pos().startsWith("AUX")) return true;
        }
        return false;
    }

    /** A past form at token k: neither its lemma, nor in -s or -ing ("saw", "rose", "claimed"). */
    private boolean pastForm(int k) {
        String w = t.get(k).text().toLowerCase(Locale.ROOT);
        return !w.equals(lemmas[k]) && !w.endsWith("s") && !w.endsWith("ing");
    }

    /** A verb in -ed or -en at token k, over adverbs. */
    private boolean participleAfter(int k) {
        while (k < n && tags[k].equals("ADV")) k++;
        if (k >= n || !tags[k].equals("VERB") && !TagRepairs.verbBeforeThat(t, tags, k)) return false;
        String w = t.get(k).text().toLowerCase(Locale.ROOT);
        return w.endsWith("ed") || w.endsWith("en") || pastForm(k) || tags[k].equals("NOUN");
    }

    /** A verb or an auxiliary (as the tagger has it) from token k to the next comma or the sentence's end. */
    private boolean verbBeforeComma(int k) {
        for (; k < n && !t.get(k).text().equals(","); k++) {
            if (tags[k].equals("VERB") || tags[k].equals("AUX")) return true;
        }
        return false;
    }

    /** "Trump/ADJ urges", "Axelrod/VERB calls": a capitalized word inside the sentence that the tagger read as no noun. */
    private boolean missedName(int i) {
        String w = t.get(i).text();
        return i > 0 && !titled && !w.isEmpty() && Character.isUpperCase(w.charAt(0))
                && (tags[i].equals("ADJ") || tags[i].equals("VERB") && ReportingLexicon.frame(lemmas[i]) == null)
                && !tags[i - 1].equals("DET") && !tags[i - 1].equals("ADJ");
    }

    String text(int i) { return i >= 0 && i < n ? t.get(i).text() : ""; }
    String lower(int i) { return text(i).toLowerCase(Locale.ROOT); }
    /** The UD tag, repaired; for a contraction tagged "PROPN+PART" ("Russia's"), the first. */
    String pos(int i) {
        return i >= 0 && i < n ? tags[i] : "";
    }
    String lemma(int i) { return i >= 0 && i < n ? lemmas[i] : ""; }
    int start(int i) { return t.get(i).span().start(); }
    int end(int i) { return t.get(i).span().end(); }
    Span span(int from, int to) { return new Span(start(from), end(to - 1)); }

    boolean isDate(int i) {
        if (i < 0 || i >= n) return false;
        Span s = t.get(i).span();
        for (Span d : dates) if (d.overlaps(s)) return true;
        return false;
    }

    /** An opening mark, also "''" the tokenizer split in two apostrophes. */
    boolean opensQuote(int i) {
        if (i < 0 || i >= n) return false;
        boolean split = text(i).equals("'") && text(i + 1).equals("'") && end(i) == start(i + 1);
        return (Quotes.isMark(text(i)) || split) && quotes.openedAt(start(i)) >= 0;
    }
    /** A closing mark, alone or glued to the punctuation before it ("?”" as one token). */
    boolean closesQuote(int i) { return closedQuote(i) >= 0; }

    /** The quote closed by token i, or -1. */
    int closedQuote(int i) {
        if (i < 0 || i >= n) return -1;
        String w = text(i);
        if (Quotes.isMark(w)) return quotes.closedAt(start(i));
        boolean glued = w.length() == 2 && !Character.isLetterOrDigit(w.charAt(0)) && Quotes.isMark(w.substring(1));
        return glued ? quotes.closedAt(end(i) - 1) : -1;
    }

    /** Tokens that can stand inside a noun phrase naming someone. */
    boolean nominal(int i) {
        String p = pos(i);
        if (abbreviationDot(i)) return true;
        if (p.equals("PRON")) return !WH.contains(lower(i));
        return p.equals("PROPN") || p.equals("NOUN") || p.equals("ADJ") || p.equals("DET") && !lower(i).equals("that")
                || p.equals("NUM") || isPossessive(i);
    }

    /** The full stop of "Rep." or "Paul D. Ryan", which the tokenizer splits off. */
    boolean abbreviationDot(int i) {
        if (!text(i).equals(".") || i == 0 || i + 1 >= n || end(i - 1) != start(i)) return false;
        String before = text(i - 1), after = text(i + 1);
        return before.length() <= 4 && Character.isUpperCase(before.charAt(0))
                && !after.isEmpty() && Character.isUpperCase(after.charAt(0));
    }

    boolean head(int i) {
        String p = pos(i);
        return p.equals("PROPN") || p.equals("NOUN") || p.equals("PRON") && !WH.contains(lower(i));
    }

    /** "Chile's", "the IMF’s": a word ending in either apostrophe and "s". */
    static boolean endsInApostropheS(String w) {
        return w.endsWith("'s") || w.endsWith("’s");
    }

    boolean isPossessive(int i) {
        if (i >= 0 && i < n && t.get(i).pos().endsWith("+PART")) return true;
        String w = text(i);
        if (endsInApostropheS(w) && w.length() > 2 && pos(i).equals("PROPN")) return true;
        return w.equals("'s") || w.equals("’s") || w.equals("'") || w.equals("’");
    }

    /** A preposition, also where the tagger read one opening a clause as a conjunction ("about/SCONJ how"). */
    boolean preposition(int i) {
        return pos(i).equals("ADP") || pos(i).equals("SCONJ") && !lower(i).equals("that");
    }

    boolean onlyPunctuationFrom(int i) {
        for (int k = i; k < n; k++) if (!pos(k).equals("PUNCT") && !pos(k).equals("SYM")) return false;
        return true;
    }

    /** Reporting verb in the participle after a comma: ", adding that ...". */
    boolean participleCue(int i) {
        return pos(i).equals("VERB") && lower(i).endsWith("ing") && ReportingLexicon.frame(lemma(i)) != null;
    }

    /** The token that starts at character {@code offset}; -1 when none does. */
    int tokenAt(int offset) { for (int k = 0; k < n; k++) if (start(k) == offset) return k; return -1; }

    int firstWord() {
        int k = 0;
        while (k < n - 1 && (pos(k).equals("PUNCT") || pos(k).equals("SYM"))) k++;
        return k;
    }

    int skipAdverbs(int j) {
        // "Friday's decision": a date as possessor belongs to the noun phrase it opens
        while (j < n && (isAdverb(j) || isDate(j) && !isPossessive(j))) j++;
        return j;
    }

    /**
     * An adverb, or an "-ly" word the tagger took for an adjective or a preposition ("spoke proudly of", "emotionally/ADP");
     * not one that opens a reported clause ("did not say how many").
     */
    boolean isAdverb(int i) {
        if (lower(i).equals("not") || lower(i).equals("there") || Contents.CONTENT_OPENERS.contains(lower(i))) return false;
        return pos(i).equals("ADV") || (pos(i).equals("ADJ") || pos(i).equals("ADP")) && lower(i).endsWith("ly") && !head(i + 1)
                // "have long/ADJ claimed": between an auxiliary and its verb
                || pos(i).equals("ADJ") && pos(i - 1).equals("AUX") && pos(i + 1).equals("VERB");
    }

    /** "to" and a verb at token k, also one opening a quote ("urged them to “check out” the tape"). */
    boolean infinitiveAt(int k) {
        int verb = skipAdverbs(k + 1);
        return lower(k).equals("to") && (pos(verb).equals("VERB") || opensQuote(verb) && pos(verb + 1).equals("VERB"));
    }

    boolean containsNumber(int j) {
        for (int k = j; k < n; k++) if (pos(k).equals("NUM")) return true;
        return false;
    }

    Attribution attribution(int cueStart, int cueEnd, Span cue, Span source, Content content, Span addressee) {
        return new Attribution(sentence.index(), cueStart, cueEnd, cue, source, content.parts(), content.direct(), addressee);
    }
}
