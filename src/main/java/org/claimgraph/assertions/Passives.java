package org.claimgraph.assertions;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.claimgraph.assertions.ReportingLexicon.Frame;
import org.claimgraph.doc.Span;

import static org.claimgraph.assertions.Contents.clauseRight;
import static org.claimgraph.assertions.NounPhrases.nounPhraseRight;
import static org.claimgraph.assertions.NounPhrases.sourceLeft;
import static org.claimgraph.assertions.SentenceView.WH;

/** Reporting verbs in the passive ("was endorsed by", "is expected to", "it is believed that"). */
final class Passives {
    /**
     * Verbs whose passive with no agent and no clause lets someone in rather than reports ("were admitted
     * to the hospital", "refugees admitted as residents"); "it was admitted that ..." still reports.
     */
    private static final Set<String> ENTRY_IN_PASSIVE = Set.of("admit");
    /**
     * Verbs whose passive with no agent is a legal act, not words: "was charged with manslaughter", "has never
     * been charged with any wrongdoing", "how many had been charged" (prosecutors file charges).
     */
    private static final Set<String> LEGAL_IN_PASSIVE = Set.of("charge");
    /**
     * Verbs whose passive with no agent, said of a person or of a counted subject, acts on it rather than
     * answers words: "30 officers were dismissed" (sacked), "Smith was rejected"; "the claims were dismissed" still reports.
     */
    private static final Set<String> ACT_ON_PEOPLE_IN_PASSIVE = Set.of("dismiss", "reject");

    private Passives() {}

    /**
     * "The plan seems to have failed", "it appears that talks stalled": a judgment with no one named, the
     * writer's; the subject and the infinitive, or the clause after "it", are the content.
     */
    static Attribution seeming(SentenceView v, int i) {
        int j = v.skipAdverbs(i + 1);
        int k = i - 1;
        while (k >= 0 && (v.isAdverb(k) || v.pos(k).equals("AUX") || v.lower(k).equals("not"))) k--;
        int[] subject = sourceLeft(v, k);
        if (subject == null || v.pos(subject[0]).equals("PRON") && WH.contains(v.lower(subject[0]))) return null;
        Span cue = v.span(i, i + 1);
        if (subject[1] - subject[0] == 1 && v.lower(subject[0]).equals("it")) {
            Content clause = v.lower(j).equals("that") ? clauseRight(v, j, Frame.CLAUSE) : null;
            return clause == null ? null : v.attribution(i, i + 1, cue, null, clause, null);
        }
        // "to have left", "to be ready": the infinitive may open with an auxiliary
        if (!v.lower(j).equals("to") || !(v.pos(j + 1).equals("VERB") || v.pos(j + 1).equals("AUX"))) return null;
        Content rest = clauseRight(v, j, Frame.OBJECT);
        if (rest == null) return null;
        List<Span> parts = new ArrayList<>();
        parts.add(v.span(subject[0], subject[1]));
        parts.addAll(rest.parts());
        return v.attribution(i, i + 1, cue, null, new Content(parts, false), null);
    }

    /**
     * A reporting verb in the passive, with the subject before its auxiliaries: "was endorsed by the
     * union" (the agent is the source, the subject the content); "is expected to win", "was accused of
     * lying" (no source; the subject and what follows are the content); "it is believed that ..." (no
     * source; the clause is the content).
     */
    static Attribution passive(SentenceView v, int i, int cueEnd, Frame frame) {
        if (frame == Frame.INTENTION || frame == Frame.ADDRESSEE) return null;
        int k = i - 1;
        while (k >= 0 && (v.isAdverb(k) || v.lower(k).equals("not") || v.pos(k).equals("AUX") || v.pos(k).equals("PART"))) k--;
        int[] subject = sourceLeft(v, k);
        if (subject == null || v.pos(subject[0]).equals("PRON") && WH.contains(v.lower(subject[0]))) return null;
        Span cue = v.span(i, cueEnd);
        Span subjectSpan = v.span(subject[0], subject[1]);
        // "the monitor is maintained by the embassy": a thing kept, not words ("it is maintained that" goes on)
        if (ReportingLexicon.DEED_SENSES.contains(v.lemma(i)) && !v.lower(subject[0]).equals("it") && !NounPhrases.wordsAt(v, subject[0], true)) return null;
        int j = v.skipAdverbs(cueEnd);
        int named = ReportingLexicon.NAMING_VERBS.contains(v.lemma(i)) ? NamingCues.passiveName(v, j) : j;
        if (named > j) {
            // "was labeled “false”", "has been called a liar by opposition lawmakers": the subject and its name
            int agent = v.lower(named).equals("by") ? v.skipAdverbs(named + 1) : -1;
            int end = agent < 0 ? agent : nounPhraseRight(v, agent, false);
            Span by = end > agent ? v.span(agent, end) : null;
            return v.attribution(i, cueEnd, cue, by, new Content(List.of(subjectSpan, v.span(j, named)), v.opensQuote(j)), null);
        }
        if (v.lower(j).equals("by")) {
            // "is supported by far fewer papers": adverbs may open the agent
            int agent = v.skipAdverbs(j + 1);
            int end = nounPhraseRight(v, agent, false);
            if (end == agent || v.isDate(j + 1)) return null;
            return v.attribution(i, cueEnd, cue, v.span(agent, end), new Content(List.of(subjectSpan), false), null);
        }
        // "was reported as saying": the participle after "as" reports, with the subject as its speaker
        if (v.lower(j).equals("as") && NounPhrases.QUOTING_VERBS.contains(v.lemma(i)) && v.participleCue(j + 1)) return null;
        boolean expletive = subject[1] - subject[0] == 1 && v.lower(subject[0]).equals("it");
        if (expletive) {
            Content clause = v.lower(j).equals("that") && frame != Frame.OBJECT ? clauseRight(v, j, Frame.CLAUSE) : null;
            return clause == null ? null : v.attribution(i, cueEnd, cue, null, clause, null);
        }
        Content rest = null;
        if (v.infinitiveAt(j) && frame != Frame.OBJECT) rest = clauseRight(v, j, Frame.CLAUSE, true);
        else if (frame == Frame.OBJECT && (v.lower(j).equals("of") || v.lower(j).equals("for"))) rest = clauseRight(v, j + 1, Frame.OBJECT);
        // "was described as reckless", "is widely viewed as a favorite": the characterization
        else if (frame == Frame.OBJECT && v.lower(j).equals("as")) rest = clauseRight(v, j, Frame.CLAUSE, false);
        // "the curfew was announced on Friday", "the claim was denied": said, by someone unnamed, of the subject
        else if (frame != Frame.COGNITION && !ENTRY_IN_PASSIVE.contains(v.lemma(i)) && !LEGAL_IN_PASSIVE.contains(v.lemma(i))
                && !(ACT_ON_PEOPLE_IN_PASSIVE.contains(v.lemma(i)) && (NounPhrases.person(v, subject[1] - 1) || v.pos(subject[0]).equals("NUM")))
                && (j >= v.n || v.onlyPunctuationFrom(j) || v.preposition(j) || v.text(j).equals(","))) {
            return v.attribution(i, cueEnd, cue, null, new Content(List.of(subjectSpan), false), null);
        }
        if (rest == null) return null;
        List<Span> parts = new ArrayList<>();
        parts.add(subjectSpan);
        parts.addAll(rest.parts());
        return v.attribution(i, cueEnd, cue, null, new Content(parts, false), null);
    }
}
