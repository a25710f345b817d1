package org.claimgraph.assertions;

import java.util.Set;

import org.claimgraph.assertions.ReportingLexicon.Frame;
import org.claimgraph.doc.Span;
import org.claimgraph.language.FunctionWords;

import static org.claimgraph.assertions.Contents.clauseRight;
import static org.claimgraph.assertions.Contents.objectPhrase;
import static org.claimgraph.assertions.NounPhrases.nounPhraseLeft;
import static org.claimgraph.assertions.NounPhrases.nounPhraseRight;
import static org.claimgraph.assertions.NounPhrases.sourceLeft;
import static org.claimgraph.assertions.SentenceView.POSSESSIVE_PRONOUNS;
import static org.claimgraph.assertions.SentenceView.WH;

/** Stances named by a noun ("his claim that") or an adjective after a copula ("is confident that", "remains critical of"). */
final class StanceCues {
    private StanceCues() {}

    /** Verbs that join a subject to an attitude: "is worried", "remains skeptical", "seemed confident". */
    private static final Set<String> COPULAS = FunctionWords.get("copular-verbs");
    private static final Set<String> STANCE_PREPS = Set.of("about", "of", "over", "that", "on");
    /** Subjects that hold an attitude, glued to their verb in "they’re", "I’m": not "it", whose "it’s clear" judges. */
    private static final Set<String> PERSONAL_SUBJECTS = FunctionWords.union("subject-pronoun-1sg", "subject-pronoun-1pl",
            "subject-pronoun-2", "subject-pronoun-3sg", "subject-pronoun-3pl");
    /** What is left of "are", "is" or "has", and "am" after the apostrophe. */
    private static final Set<String> CONTRACTED_VERBS = Set.of("re", "s", "m");

    /**
     * A noun of saying with a "that" clause: "Trump's claim that ...", "the warning by officials that
     * ...", or a noun of stance with a preposition: "his criticism of the plan". The source is the
     * possessor or the "by" phrase; many such cues name none.
     */
    static Attribution nounCue(SentenceView v, int i) {
        Set<String> preps = ReportingLexicon.PREPOSITIONAL_NOUNS.get(v.lemma(i));
        int prep = VerbFrames.pastTime(v, i + 1);
        if (preps != null && preps.contains(v.lower(prep)) && v.preposition(prep)) return nounWithPreposition(v, i, prep);
        if (v.lemma(i + 1).equals("be")) return copularNoun(v, i);
        if (!ReportingLexicon.NOUNS.contains(v.lemma(i))) return null;
        int j = i + 1;
        Span source = null;
        if (v.lower(j).equals("by") || v.lower(j).equals("from")) {
            int end = nounPhraseRight(v, j + 1, false);
            if (end == j + 1) return null;
            source = v.span(j + 1, end);
            j = end;
        }
        if (!v.lower(j).equals("that") || !v.pos(j).equals("SCONJ")) return null;
        // "views that pose a threat": a verb right after "that" makes it the relative pronoun, its clause no content
        // (not a gerund opening the clause: "concern that changing the law could ...")
        int after = v.skipAdverbs(j + 1);
        if (v.pos(after).equals("AUX") || v.pos(after).equals("VERB") && !v.lower(after).endsWith("ing")) return null;
        if (source == null) source = possessor(v, i);
        int cueStart = i;
        int[] holder = source == null ? lightVerbSubject(v, i) : null;
        if (holder != null && holder != NONE) {
            // "Republicans have expressed concern that ...": the one who voices it
            source = v.span(holder[0], holder[1]);
            cueStart = holder[2];
        }
        Content content = clauseRight(v, j, ReportingLexicon.Frame.CLAUSE);
        return content == null ? null : v.attribution(cueStart, i + 1, v.span(cueStart, i + 1), source, content, null);
    }

    /**
     * "the mayor's view is that ...", "her argument was that ...", "his answer is to ...", "their position is
     * clear: ...": a noun of saying or thinking with its possessor as source, the copula opening the content.
     */
    private static Attribution copularNoun(SentenceView v, int i) {
        if (!ReportingLexicon.NOUNS.contains(v.lemma(i)) && !ReportingLexicon.COPULAR_NOUNS.contains(v.lemma(i))) return null;
        Span source = possessor(v, i);
        if (source == null) return null;
        int be = i + 1;
        int j = v.skipAdverbs(be + 1);
        // "is clear: ...", "is simple: ...": an adjective and a colon before the content
        if (v.pos(j).equals("ADJ") && v.text(j + 1).equals(":")) j++;
        Content content;
        if (v.lower(j).equals("that") && v.pos(j).equals("SCONJ") || v.infinitiveAt(j)) content = clauseRight(v, j, Frame.CLAUSE, true);
        else if (v.text(j).equals(":")) content = clauseRight(v, j + 1, Frame.CLAUSE);
        else return null;
        return content == null ? null : v.attribution(i, be + 1, v.span(i, be + 1), source, content, null);
    }

    /**
     * "her criticism of the plan", "voters expressed deep concern about the policy", "allegations of
     * fraud": the noun's possessor or the subject of the verb stating it is the source, the phrase after
     * the preposition the content. With neither, the stance is nobody's in particular.
     */
    private static Attribution nounWithPreposition(SentenceView v, int i, int prep) {
        Content content = objectPhrase(v, prep + 1);
        if (content == null) return null;
        Span source = possessor(v, i);
        int cueStart = i;
        if (source == null) {
            int[] holder = lightVerbSubject(v, i);
            if (holder == NONE) return null;
            if (holder != null) {
                source = v.span(holder[0], holder[1]);
                cueStart = holder[2];
            }
        }
        if (source == null && ReportingLexicon.AGENT_NOUNS.contains(v.lemma(i))) {
            int[] holder = copulaSubject(v, i);
            if (holder == null) return null;
            source = v.span(holder[0], holder[1]);
            cueStart = holder[2];
        }
        if (source == null && !ReportingLexicon.SPEECH_NOUNS.contains(v.lemma(i))) return null;
        return v.attribution(cueStart, prep + 1, v.span(cueStart, prep + 1), source, content, null);
    }

    /** What {@link #lightVerbSubject} answers for a light verb that has no subject of its own. */
    private static final int[] NONE = new int[0];

    /**
     * "expressed concern about", "have had such reservations about": the subject of the light verb before
     * the noun phrase ending with noun i, as {start, end, verb}; null without such a verb, {@link #NONE}
     * when the verb has no subject here ("to raise questions", "raising questions"; not "is raising questions").
     */
    private static int[] lightVerbSubject(SentenceView v, int i) {
        int k = i - 1;
        // "have expressed/ADJ concern": a participle the tagger took for an adjective is the light verb
        while (k >= 0 && !ReportingLexicon.LIGHT_VERBS.contains(v.lemma(k))
                && (v.pos(k).equals("ADJ") || v.pos(k).equals("DET") || v.pos(k).equals("NUM") || v.isAdverb(k))) k--;
        boolean verb = v.pos(k).equals("VERB") || v.pos(k).equals("ADJ") && v.lower(k).endsWith("ed");
        if (!(verb && ReportingLexicon.LIGHT_VERBS.contains(v.lemma(k)))) return null;
        // "raising questions" has no subject here, "is raising questions" has
        int aux = k - 1;
        while (aux >= 0 && v.isAdverb(aux)) aux--;
        if (v.lower(k).endsWith("ing") && !(v.pos(aux).equals("AUX") && v.lemma(aux).equals("be"))) return NONE;
        int b = k - 1;
        while (b >= 0 && (v.isAdverb(b) || v.lower(b).equals("not") || v.pos(b).equals("AUX") || v.lemma(b).equals("have")
                || v.pos(b).equals("PART") && !v.lower(b).equals("to"))) b--;
        int[] src = sourceLeft(v, b);
        if (src == null || v.lower(b).equals("to")) return NONE;
        return new int[] {src[0], src[1], k};
    }

    /**
     * "Jones is a staunch opponent of", "she has long been a supporter of": the subject of the copula before
     * the noun phrase ending with noun i, as {start, end, copula}; null when no copula and subject precede.
     */
    private static int[] copulaSubject(SentenceView v, int i) {
        int k = i - 1;
        while (k >= 0 && (v.pos(k).equals("ADJ") || v.pos(k).equals("NOUN") && !v.isPossessive(k) || v.pos(k).equals("DET") || v.isAdverb(k) || v.pos(k).equals("CCONJ")
                || v.text(k).equals(",") && v.pos(k - 1).equals("ADJ"))) k--;
        if (!(v.pos(k).equals("AUX") || v.pos(k).equals("VERB")) || !COPULAS.contains(v.lemma(k))) return null;
        int copula = k;
        while (k >= 0 && (v.isAdverb(k) || v.lower(k).equals("not") || v.pos(k).equals("AUX") || COPULAS.contains(v.lemma(k)))) k--;
        int[] src = sourceLeft(v, k);
        if (src == null || v.pos(src[0]).equals("PRON") && WH.contains(v.lower(src[0]))) return null;
        return new int[] {src[0], src[1], copula};
    }

    /** "Trump's claim", "his warning", "the senator's harsh criticism": the possessor before noun i, or null. */
    private static Span possessor(SentenceView v, int i) {
        int k = i - 1;
        while (k >= 0 && modifier(v, k)) k--;
        if (k >= 0 && (v.isPossessive(k) || v.pos(k).equals("PRON") && POSSESSIVE_PRONOUNS.contains(v.lower(k)))) {
            int start = v.isPossessive(k) && v.text(k).length() <= 2 ? nounPhraseLeft(v, k - 1) : nounPhraseLeft(v, k);
            return start <= k ? v.span(start, k + 1) : null;
        }
        // "the IMF’s/ADJ estimate", "the candidates’/PUNCT estimates": a possessive the tagger read as another word
        return k >= 0 && mistaggedPossessive(v, k) ? v.span(v.pos(k - 1).equals("DET") ? k - 1 : k, k + 1) : null;
    }

    /** "the senator's more recent remarks", "his long-standing ideas": a modifier, an adverb or a hyphenated word's part. */
    private static boolean modifier(SentenceView v, int k) {
        if (mistaggedPossessive(v, k)) return false;
        boolean hyphen = k > 0 && (v.text(k).equals("-") || v.text(k - 1).equals("-")) && v.end(k - 1) == v.start(k);
        return v.pos(k).equals("ADJ") || v.pos(k).equals("NOUN") && !v.isPossessive(k) || v.isAdverb(k) || hyphen;
    }

    /** A name's possessive ("IMF’s") or a plural's ("candidates’") tagged as anything but a pronoun or an auxiliary ("It’s"). */
    private static boolean mistaggedPossessive(SentenceView v, int k) {
        String w = v.text(k);
        boolean name = SentenceView.endsInApostropheS(w) && w.length() > 2 && Character.isUpperCase(w.charAt(0));
        boolean plural = (w.endsWith("s’") || w.endsWith("s'")) && w.length() > 2;
        return (name || plural) && !v.pos(k).equals("PRON") && !v.pos(k).equals("AUX");
    }

    /**
     * An attitude stated with a copula: "the senator is confident that ...", "voters remain worried about
     * the economy", "she has been critical of the plan". The subject is the source.
     */
    static Attribution stanceAdjective(SentenceView v, int i) {
        int j = i + 1;
        String next = v.lower(j);
        boolean clause = next.equals("that");
        if (!clause && !STANCE_PREPS.contains(next)) return null;
        int k = i - 1;
        while (k >= 0 && (v.isAdverb(k) || v.lower(k).equals("not"))) k--;
        Span source = contractedSubject(v, k);
        if (source == null) {
            if (!(v.pos(k).equals("AUX") || v.pos(k).equals("VERB")) || !COPULAS.contains(v.lemma(k))) return null;
            // "she’s been critical of": the copula after a contraction, which the tagger may take for an auxiliary
            while (k >= 0 && contractedSubject(v, k) == null
                    && (v.isAdverb(k) || v.lower(k).equals("not") || v.pos(k).equals("AUX") || COPULAS.contains(v.lemma(k)))) k--;
            source = contractedSubject(v, k);
        }
        if (source == null) {
            int[] src = sourceLeft(v, k);
            if (src == null || v.pos(src[0]).equals("PRON") && WH.contains(v.lower(src[0]))) return null;
            source = v.span(src[0], src[1]);
        }
        Content content = clause ? clauseRight(v, j, Frame.CLAUSE) : clauseRight(v, j + 1, Frame.OBJECT);
        return content == null ? null : v.attribution(i, i + 1, v.span(i, i + 1), source, content, null);
    }

    /**
     * "they’re worried that", "you're concerned about", "she’s been critical of": a personal pronoun and "be" or
     * "has" the tokenizer kept as one word at token k; the pronoun's span, or null.
     */
    private static Span contractedSubject(SentenceView v, int k) {
        String w = v.lower(k);
        int apostrophe = Math.max(w.indexOf('\''), w.indexOf('’'));
        if (apostrophe <= 0 || !CONTRACTED_VERBS.contains(w.substring(apostrophe + 1))
                || !PERSONAL_SUBJECTS.contains(w.substring(0, apostrophe))) return null;
        return new Span(v.start(k), v.start(k) + apostrophe);
    }
}
