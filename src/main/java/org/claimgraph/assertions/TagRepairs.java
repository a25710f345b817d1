package org.claimgraph.assertions;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.claimgraph.doc.Token;
import org.claimgraph.language.FunctionWords;

/**
 * Reporting verbs the tagger took for nouns where the words around them show a verb: a gerund after a
 * preposition ("by announcing/NOUN that"), a second verb of one subject after "and" ("is upbeat and
 * expects/NOUN prices to fall"). {@link SentenceView} asks these while it repairs its tags.
 */
final class TagRepairs {
    static final Set<String> OBJECT_PRONOUNS = FunctionWords.inPersons("object-pronoun", "1sg", "1pl", "3sg", "3sg-neuter", "3pl");
    /** Conjunctions joining a second verb of one subject: "is upbeat and expects", "urged ... and criticized". */
    static final Set<String> COORDINATORS = FunctionWords.union("additive-coordinator", "contrastive-coordinators");

    private TagRepairs() {}

    /** "despite admitting/NOUN that", "by announcing/NOUN the result": a word in -ing right after a preposition. */
    static boolean gerundAfterPreposition(List<Token> t, int i) {
        if (i == 0 || !t.get(i).text().endsWith("ing")) return false;
        String before = t.get(i - 1).pos();
        return before.equals("ADP") || before.equals("SCONJ") && !t.get(i - 1).text().equalsIgnoreCase("that");
    }

    /**
     * "The mayor is upbeat and expects/NOUN revenue to rise", "... and urges/NOUN them to ...": a verb in -s
     * after "and", "but" or "yet" when a verb came before in the sentence (so no list of nouns: "fees and
     * charges"), and what follows is an object pronoun, an infinitive, or a noun phrase and an infinitive.
     */
    static boolean coordinatedVerb(List<Token> t, String[] tags, int i) {
        String w = t.get(i).text().toLowerCase(Locale.ROOT);
        if (i < 2 || !w.endsWith("s") || !COORDINATORS.contains(t.get(i - 1).text().toLowerCase(Locale.ROOT))) return false;
        boolean verbBefore = false;
        for (int k = 0; k < i - 1; k++) verbBefore |= tags[k].equals("VERB") || tags[k].equals("AUX");
        if (!verbBefore || i + 1 >= t.size()) return false;
        String next = t.get(i + 1).text().toLowerCase(Locale.ROOT);
        if (OBJECT_PRONOUNS.contains(next) || next.equals("to")) return true;
        return nounsThenTo(t, tags, i + 1);
    }

    /** A noun phrase of nouns, names, adjectives and determiners from token j, then "to": "voters to". */
    static boolean nounsThenTo(List<Token> t, String[] tags, int j) {
        int k = j;
        while (k < t.size() && (tags[k].equals("NOUN") || tags[k].equals("PROPN") || tags[k].equals("ADJ") || tags[k].equals("DET"))) k++;
        return k > j && k < t.size() && t.get(k).text().equalsIgnoreCase("to");
    }

    /**
     * "Trump/VERB asserts that ...", "Axelrod/ADJ calls on ...": the sentence's first word, capitalized and
     * tagged a verb or an adjective in its own form (no "-s", "-ed" or "-ing" of a verb), before a reporting
     * verb in -s: a name the tagger missed.
     */
    static boolean openingName(List<Token> t, String[] tags, int i) {
        if (i != 0 || !(tags[0].equals("VERB") || tags[0].equals("ADJ"))) return false;
        String w = t.get(0).text();
        if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) return false;
        String lower = w.toLowerCase(Locale.ROOT);
        return !lower.endsWith("s") && !lower.endsWith("ed") && !lower.endsWith("ing") && lower.equals(t.get(0).lemma());
    }

    /**
     * "promising to lift/NOUN the rules", "pledging to cut/NOUN taxes": after "to" that follows a cue taking an
     * infinitive, a lower-case singular noun is the infinitive's verb. Not "promised to voters".
     */
    static boolean infinitiveAfterCue(List<Token> t, String[] tags, String[] lemmas, int i, boolean titled) {
        if (i < 2 || !t.get(i - 1).text().equalsIgnoreCase("to")) return false;
        String w = t.get(i).text();
        if (w.isEmpty() || w.endsWith("s")) return false;
        // in a Title Case headline ("Senator Vows To Cut/ADJ Taxes", "Urges Voters To Stay/PROPN Home") any tag,
        // and the cue may have its addressee before "To"
        boolean headline = titled && Character.isUpperCase(w.charAt(0)) && !tags[i].equals("VERB");
        if (!headline && (!tags[i].equals("NOUN") || !Character.isLowerCase(w.charAt(0)))) return false;
        if (infinitiveCue(lemmas[i - 2])) return true;
        return headline && i >= 3 && (tags[i - 2].equals("NOUN") || tags[i - 2].equals("PROPN")) && infinitiveCue(lemmas[i - 3]);
    }

    private static boolean infinitiveCue(String lemma) {
        return ReportingLexicon.INFINITIVE.contains(lemma) || ReportingLexicon.frame(lemma) == ReportingLexicon.Frame.INTENTION;
    }

    /**
     * "his early-morning tweets/VERB attempting to ...", "late-night tweets/VERB in which he ...": a plural after
     * a noun that modifies it, with a participle or "in which" after it, is the head of that phrase, not its verb.
     */
    static boolean pluralBeforeParticiple(List<Token> t, String[] tags, int i) {
        if (i == 0 || i + 2 >= t.size() || !tags[i - 1].equals("NOUN")) return false;
        String w = t.get(i).text().toLowerCase(Locale.ROOT);
        if (!w.equals(t.get(i).lemma() + "s")) return false;
        String next = t.get(i + 1).text().toLowerCase(Locale.ROOT);
        boolean participle = tags[i + 1].equals("VERB") && next.endsWith("ing");
        boolean relative = tags[i + 1].equals("ADP") && SentenceView.WH.contains(t.get(i + 2).text().toLowerCase(Locale.ROOT));
        return participle || relative;
    }

    /** Words standing for the people they count, as a subject: "some note that ...". */
    private static final Set<String> COUNTING_SUBJECTS = FunctionWords.union("quantifiers", "quantifier-few",
            "quantifier-others");

    /**
     * "..., warning/NOUN that ...", "have understood/NOUN that ...", "some note/NOUN that ...": before "that", a
     * word in -ing after a comma, a participle after "have", or a base form after a word counting people is a
     * verb (whether a reporting one, the lexicon says).
     */
    static boolean verbBeforeThat(List<Token> t, String[] tags, int i) {
        if (i == 0 || i + 1 >= t.size() || !tags[i].equals("NOUN") || !t.get(i + 1).text().equals("that")) return false;
        String w = t.get(i).text().toLowerCase(Locale.ROOT);
        String before = t.get(i - 1).text().toLowerCase(Locale.ROOT);
        return before.equals(",") && w.endsWith("ing") || t.get(i - 1).lemma().equals("have") && !w.equals(t.get(i).lemma())
                && !w.endsWith("s") || COUNTING_SUBJECTS.contains(before) && w.equals(t.get(i).lemma());
    }

    /** A past participle in -ed right after a form of "be" ("was announced"). */
    static boolean participleAfterBe(List<Token> t, int i) {
        return i > 0 && t.get(i - 1).lemma().equals("be") && t.get(i).text().toLowerCase(Locale.ROOT).endsWith("ed");
    }

    /**
     * "a raft of new emissions rules that ...": a form in -s after a plural noun (not "news", "analysis",
     * "census", "business") agrees with no subject there; it is the head of the noun phrase, not its verb.
     */
    static boolean afterPluralNoun(List<Token> t, String[] tags, int i) {
        if (i == 0 || !tags[i - 1].equals("NOUN")) return false;
        String noun = t.get(i - 1).text().toLowerCase(Locale.ROOT);
        return noun.endsWith("s") && !noun.endsWith("ss") && !noun.endsWith("is") && !noun.endsWith("us") && !noun.equals("news");
    }

    private static final Set<String> MODALS = FunctionWords.get("modals");
    /** What else stands before a bare verb with "n't": "didn't", "doesn't", "can't", "won't". */
    private static final Set<String> DO_AND_CONTRACTED_MODALS = FunctionWords.union("do-forms",
            "contracted-modal-stems");

    /** "may announce/NOUN that", "could not confirm/NOUN": a lower-case base form right after a modal (and "not"), or "did". */
    static boolean verbAfterModal(List<Token> t, String[] tags, int i) {
        String w = t.get(i).text();
        if (i == 0 || w.isEmpty() || !Character.isLowerCase(w.charAt(0)) || !w.equals(t.get(i).lemma())) return false;
        int m = t.get(i - 1).text().equalsIgnoreCase("not") ? i - 2 : i - 1;
        if (m < 0 || !tags[m].equals("AUX")) return false;
        String aux = t.get(m).text().toLowerCase(Locale.ROOT);
        // "couldn't confirm/NOUN", "didn’t say/NOUN": a negated auxiliary before a base form
        String base = negatedAuxiliary(aux) ? aux.substring(0, aux.length() - 3) : aux;
        return MODALS.contains(base) || DO_AND_CONTRACTED_MODALS.contains(base);
    }

    /** Endings of nouns that no English preposition has. */
    private static final List<String> NOUN_ENDINGS = List.of("tion", "sion", "ment", "ness", "ity");

    /**
     * The tag of token i, an open-class one where the tagger gave a closed class to a word that cannot hold
     * it: "said opposition/ADP lawmaker ..." (no preposition ends as only nouns do), "he’s heralded/PRON plans"
     * (no pronoun ends in "-ed"), "a senior official/ADJ, who ..." (a relative clause follows a noun).
     */
    static String openClassTag(List<Token> t, String[] tags, int i) {
        String w = t.get(i).text().toLowerCase(Locale.ROOT);
        if (tags[i].equals("ADP")) {
            for (String ending : NOUN_ENDINGS) if (w.endsWith(ending) && w.length() > ending.length() + 2) return "NOUN";
        }
        if (tags[i].equals("PRON") && w.endsWith("ed") && w.length() > 3) return "VERB";
        if (negatedAuxiliary(w)) return "AUX";
        if (tags[i].equals("ADJ") && adjectiveHeadingPhrase(t, tags, i)) return "NOUN";
        return tags[i];
    }

    /** "couldn't/NOUN", "isn’t/PUNCT": a negated auxiliary, whatever the tagger made of it. */
    private static boolean negatedAuxiliary(String w) {
        return (w.endsWith("n’t") || w.endsWith("n't")) && w.length() > 3;
    }

    /**
     * "a senior official/ADJ, who ...", "the embassy/ADJ couldn't", "Chile's embassy/ADJ in Lima": after a
     * determiner or an owner (and adjectives), the word a relative clause, a negated auxiliary or a
     * preposition follows heads the phrase.
     */
    private static boolean adjectiveHeadingPhrase(List<Token> t, String[] tags, int i) {
        if (i + 1 >= t.size()) return false;
        boolean negated = negatedAuxiliary(t.get(i + 1).text().toLowerCase(Locale.ROOT));
        boolean relative = i + 2 < t.size() && t.get(i + 1).text().equals(",") && t.get(i + 2).text().equalsIgnoreCase("who");
        boolean preposition = tags[i + 1].equals("ADP");
        if (!negated && !relative && !preposition) return false;
        int k = i - 1;
        while (k >= 0 && tags[k].equals("ADJ")) k--;
        if (k < 0) return false;
        String owner = t.get(k).text();
        boolean owned = (tags[k].equals("PROPN") || tags[k].equals("NOUN"))
                && (t.get(k).pos().endsWith("+PART") || SentenceView.endsInApostropheS(owner));
        return tags[k].equals("DET") || owned;
    }

    /**
     * "the Oslo-based/VERB group", "a Kurdish-led/VERB force": a participle glued by a hyphen to the word before it,
     * before a noun, modifies that noun as an adjective.
     */
    static boolean hyphenedParticiple(List<Token> t, String[] tags, int i) {
        if (i < 2 || i + 1 >= t.size() || !tags[i].equals("VERB") || !t.get(i - 1).text().equals("-")) return false;
        boolean glued = t.get(i - 2).span().end() == t.get(i - 1).span().start() && t.get(i - 1).span().end() == t.get(i).span().start();
        String next = tags[i + 1];
        return glued && (next.equals("NOUN") || next.equals("PROPN") || next.equals("ADJ"));
    }

    /**
     * "The navy holds/NOUN 40 sailors", "Chile keeps/NOUN the right to": a form in -s after a singular subject (a
     * noun or name not in -s, owning nothing) and before a number or determiner is that subject's verb.
     */
    static boolean verbAfterSingularSubject(List<Token> t, String[] tags, int i) {
        if (i == 0 || i + 1 >= t.size() || !tags[i].equals("NOUN")) return false;
        String w = t.get(i).text();
        String subject = t.get(i - 1).text().toLowerCase(Locale.ROOT);
        if (w.length() < 4 || !w.endsWith("s") || w.endsWith("ss") || w.endsWith("us") || w.endsWith("is")
                || !Character.isLowerCase(w.charAt(0))) return false;
        boolean singular = (tags[i - 1].equals("NOUN") || tags[i - 1].equals("PROPN")) && !t.get(i - 1).pos().contains("+")
                && !subject.endsWith("s");
        String next = tags[i + 1];
        return singular && (next.equals("NUM") || next.equals("DET") && !t.get(i + 1).text().equalsIgnoreCase("that"));
    }

    /** No token the tagger took for a verb or an auxiliary: a headline's noun phrases. */
    static boolean noVerb(List<Token> t) {
        for (Token token : t) if (token.pos().startsWith("VERB") || token.pos().startsWith("AUX")) return false;
        return true;
    }
}
