package org.claimgraph.assertions;

import java.util.Set;

import org.claimgraph.language.FunctionWords;

import static org.claimgraph.assertions.Contents.quoteEndsBefore;
import static org.claimgraph.assertions.SentenceView.WH;
/** Verbs whose frame depends on what follows them: "railed against", "put the number at", "continued: “...”". */
final class VerbFrames {
    /** Verbs before a gerund cue that add a phase to it, leaving it their subject's report: "kept saying that". */
    private static final Set<String> PHASE_VERBS = FunctionWords.get("phase-verbs");

    private VerbFrames() {}

    /**
     * "met on Monday to discuss", "gathered Friday to discuss", "called an emergency meeting to discuss": the
     * verb of meeting (or calling or holding a meeting) whose purpose the infinitive cue after token
     * {@code last} states, over a time between them; -1 when there is none. Its subject is the cue's speaker.
     */
    static int meetingBefore(SentenceView v, int last) {
        int k = last;
        while (k >= 0 && (v.isDate(k) || v.isAdverb(k) || v.lower(k).equals("on"))) k--;
        boolean noun = v.pos(k).equals("NOUN") && ReportingLexicon.MEETING_NOUNS.contains(v.lemma(k));
        if (noun) {
            k--;
            while (k >= 0 && (v.pos(k).equals("ADJ") || v.pos(k).equals("NOUN") || v.pos(k).equals("DET"))) k--;
        }
        boolean verb = v.pos(k).equals("VERB") && !v.lower(k).endsWith("ing");
        return verb && (noun || ReportingLexicon.MEETING_VERBS.contains(v.lemma(k))) ? k : -1;
    }

    /**
     * The token after the time words from token k on ("her comments Tuesday on the shooting", "called Friday for an
     * inquiry": the report's time before its topic or particle); k when none. Not a date as possessor ("Friday's").
     */
    static int pastTime(SentenceView v, int k) {
        while (v.isDate(k) && !v.isPossessive(k)) k++;
        return k;
    }

    /** The particle of a phrasal cue after the verb at token i, over the report's time ("called Friday for"); -1 when none. */
    static int phrasalParticle(SentenceView v, int i, String lemma) {
        int p = pastTime(v, i + 1);
        boolean particle = v.preposition(p) || v.pos(p).equals("ADV") || v.pos(p).equals("PART");
        return particle && ReportingLexicon.phrasalFrame(lemma, v.lower(p)) != null ? p : -1;
    }

    /** How far a verb's object may run before its noun of argument: "makes the conservative political case for". */
    private static final int MAX_ARGUMENT_OBJECT = 5;

    /**
     * The end of the cue of a statement made by a verb and its object: "made (it) clear (that)", "made the case that ...",
     * "makes the political case for Cruz", "has taken a firm stance against" (`argument-nouns`, each with its verbs), past
     * the topic's preposition; -1 when the verb has none.
     */
    static int statementMade(SentenceView v, int i, String lemma) {
        if (lemma.equals("make") && v.lower(i + 1).equals("clear")) return i + 2;
        if (lemma.equals("make") && v.lower(i + 1).equals("it") && v.lower(i + 2).equals("clear")) return i + 3;
        if (!v.pos(i + 1).equals("DET")) return -1;
        for (int k = i + 2; k < v.n && k <= i + MAX_ARGUMENT_OBJECT; k++) {
            Set<String> verbs = ReportingLexicon.ARGUMENT_NOUNS.get(v.lemma(k));
            if (verbs != null && verbs.contains(lemma) && v.pos(k).equals("NOUN")) {
                boolean clause = v.lower(k + 1).equals("that") && v.pos(k + 1).equals("SCONJ");
                return clause ? k + 1 : ReportingLexicon.ARGUMENT_PREPOSITIONS.contains(v.lower(k + 1)) && v.preposition(k + 1) ? k + 2 : -1;
            }
            if (!(v.pos(k).equals("ADJ") || v.isAdverb(k) || v.pos(k).equals("NOUN"))) return -1;
        }
        return -1;
    }

    /**
     * The preposition after the cue verb at token i that opens its stance or topic ("spoke out on Tuesday
     * about", "railed against", "weighed in on"), over a particle, adverbs and dates; -1 when there is none.
     */
    static int stancePreposition(SentenceView v, int i) {
        String lemma = v.lemma(i);
        // "we're talking about a close race": what is meant, not what was said
        if (lemma.equals("talk") && v.lower(i).endsWith("ing")) return -1;
        int j = v.skipAdverbs(i + 1);
        Set<String> preps = null;
        if (ReportingLexicon.PARTICLES.contains(v.lower(j))) {
            preps = ReportingLexicon.PREPOSITIONAL_VERBS.get(lemma + " " + v.lower(j));
            if (preps != null) j = v.skipAdverbs(j + 1);
        }
        if (preps == null) preps = ReportingLexicon.PREPOSITIONAL_VERBS.get(lemma);
        if (preps == null) return -1;
        // "spoke on Tuesday about": a date between
        if ((v.lower(j).equals("on") || v.lower(j).equals("in")) && v.isDate(j + 1) && !preps.contains(v.lower(v.skipAdverbs(j + 1)))) {
            j = v.skipAdverbs(j + 1);
        }
        return preps.contains(v.lower(j)) && v.preposition(j) ? j : -1;
    }

    /**
     * "asked him about his taxes", "pressed the governor on the budget": a verb putting a topic to the addressee
     * right after it, as {addressee start, addressee end = the preposition}; null when none. Not a time
     * ("asked the court on Monday").
     */
    static int[] addressedTopic(SentenceView v, int i) {
        Set<String> preps = ReportingLexicon.ADDRESSED_TOPIC_VERBS.get(v.lemma(i));
        int j = i + 1;
        if (preps == null || !v.nominal(j) || Contents.CONTENT_OPENERS.contains(v.lower(j))) return null;
        // the noun phrase may have taken the preposition in: "the governor on his failure"
        int end = NounPhrases.nounPhraseRight(v, j, false);
        for (int k = j + 1; k <= end; k++) {
            if (preps.contains(v.lower(k)) && v.preposition(k)) {
                return NounPhrases.person(v, k - 1) && !v.isDate(k + 1) ? new int[] {j, k} : null;
            }
        }
        return null;
    }

    /**
     * "released an ad", "unleashed a flurry of tweets", "sent the board a letter": a verb of putting out
     * with a text among the nouns of its object (one or two noun phrases). Not when a cue of its own
     * reports the text ("issued a statement saying ...", "a letter that says ..."): that cue does.
     */
    static boolean issuesText(SentenceView v, int i) {
        if (!ReportingLexicon.ISSUING_VERBS.contains(v.lemma(i)) || v.lower(i).endsWith("ing")) return false;
        boolean text = false;
        int k = v.skipAdverbs(i + 1);
        for (int phrases = 0; phrases < 2 && k < v.n; phrases++) {
            int end = NounPhrases.nounPhraseRight(v, k, false);
            if (end == k || v.pos(k).equals("PRON") && end == k + 1 && !v.nominal(end)) break;
            for (int m = k; m < end; m++) text |= v.pos(m).equals("NOUN") && ReportingLexicon.TEXT_NOUNS.contains(v.lemma(m));
            k = end;
        }
        if (!text) return false;
        // its own cue later in the clause: "issued a statement Friday calling for", "a letter that says"
        for (int m = k; m < v.n && !v.text(m).equals(";"); m++) {
            String lemma = v.lemma(m);
            boolean cue = ReportingLexicon.frame(lemma) != null || ReportingLexicon.NAMING_VERBS.contains(lemma);
            if (cue && v.pos(m).equals("VERB") && (v.lower(m).endsWith("ing") || WH.contains(v.lower(m - 1)))) return false;
        }
        return true;
    }

    /**
     * "urged Congress on Tuesday to act", "warned investors that ...", "assured them: “...”": after the noun phrase
     * an addressing verb's addressee ends at token k, in the rest of the clause, the words said to it; without
     * them the phrase is the verb's object ("urged restraint.", "urges retaliation on Russia").
     */
    static boolean wordsFollow(SentenceView v, int k) {
        for (int m = k; m < v.n && !v.text(m).equals(";") && !v.text(m).equals("."); m++) {
            if (v.infinitiveAt(m) || v.lower(m).equals("that") || v.text(m).equals(":") || v.opensQuote(m)) return true;
        }
        return false;
    }

    /**
     * "Younger voters prefer the governor", "members preferred a shorter session": a verb of preference with a
     * noun phrase as its object states a view; not with an infinitive after the phrase ("prefer the vote to
     * wait"). "Want" with a thing ("want lower taxes") is left out: most are not annotated as attributions.
     */
    static boolean prefersThing(SentenceView v, int i) {
        if (!ReportingLexicon.PREFERRING_VERBS.contains(v.lemma(i))) return false;
        int j = v.skipAdverbs(i + 1);
        // "would prefer it if ...", "prefer them cooked": a pronoun object is a placeholder or a thing in a phrase
        if (!v.nominal(j) || v.isDate(j) || v.pos(j).equals("PRON")) return false;
        int end = NounPhrases.nounPhraseRight(v, j, false);
        return end > j && !v.infinitiveAt(end);
    }

    /**
     * "offered no proof that ...", "offered a bleak assessment of", "offered insights into": "offer" with an
     * account (within the object's first words) as its object. The tagger may take the noun for an adjective
     * ("no proof/ADJ"). Not "give" or "provide", whose objects are more often things.
     */
    static boolean offersAccount(SentenceView v, int i) {
        if (!v.lemma(i).equals("offer") || v.lower(i).endsWith("ing")) return false;
        for (int k = v.skipAdverbs(i + 1); k < v.n && k <= i + 5 && v.nominal(k); k++) {
            if (ReportingLexicon.ACCOUNT_NOUNS.contains(v.lemma(k))) return true;
        }
        return false;
    }

    /** "put the number at ...": a figure noun right after the verb. */
    static boolean putsAFigure(SentenceView v, int i) {
        for (int k = i + 1; k < v.n && k <= i + 4; k++) {
            if (v.pos(k).equals("NOUN") && ReportingLexicon.FIGURE_NOUNS.contains(v.lemma(k))) return true;
        }
        return false;
    }

    /** "to say", "to have told": the infinitive at {@code to} is a reporting verb. */
    static boolean reportingInfinitive(SentenceView v, int to) {
        int k = v.skipAdverbs(to + 1);
        while (v.lemma(k).equals("have") || v.lemma(k).equals("be")) k = v.skipAdverbs(k + 1);
        // "is expected to present new figures": putting out a text reports too
        return ReportingLexicon.frame(v.lemma(k)) != null || issuesText(v, k);
    }

    /** "the repeated demands", "his recently revealed plans": a participle after a determiner or possessor modifies a noun. */
    static boolean modifiesANoun(SentenceView v, int i) {
        if (!v.lower(i).endsWith("ed")) return false;
        int b = i - 1;
        while (b >= 0 && v.isAdverb(b)) b--;
        // not "that", nor a quantifier standing for its people ("all agreed")
        return v.pos(b).equals("DET") && !v.lower(b).equals("that") && !NounPhrases.QUANTIFIERS.contains(v.lower(b)) || v.isPossessive(b)
                || v.pos(b).equals("PRON") && SentenceView.POSSESSIVE_PRONOUNS.contains(v.lower(b));
    }

    /** A quote or a colon right after token i, or a quote closed just before it and its subject. */
    static boolean besideQuote(SentenceView v, int i) {
        if (v.opensQuote(i + 1) || v.text(i + 1).equals(":") || v.text(i + 1).equals(",") && v.opensQuote(i + 2)) return true;
        int b = i - 1;
        if (v.head(b)) b = NounPhrases.nounPhraseLeft(v, b) - 1;
        if (v.text(b).equals(",")) b--;
        return v.closesQuote(b) || b < 0 && quoteEndsBefore(v, v.start(0)) >= 0;
    }

    /**
     * "stopped short of saying", "kept saying that", "began arguing that": the speaker is the subject
     * of the verb before "short of" (factuality.tsv negates the report) or of the phase verb before the gerund; the
     * token before that verb and its auxiliaries, or {@code before} itself when neither ends there.
     */
    static int beforeShortOf(SentenceView v, int before) {
        boolean phase = v.pos(before).equals("VERB") && PHASE_VERBS.contains(v.lemma(before));
        boolean shortOf = v.lower(before).equals("of") && v.lower(before - 1).equals("short") && v.pos(before - 2).equals("VERB");
        if (!phase && !shortOf) return before;
        int k = phase ? before - 1 : before - 3;
        while (k >= 0 && (v.isAdverb(k) || v.pos(k).equals("AUX"))) k--;
        return k;
    }
}
