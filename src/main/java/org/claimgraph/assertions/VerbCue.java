package org.claimgraph.assertions;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.claimgraph.assertions.CuePhrases.Phrases;
import org.claimgraph.assertions.ReportingLexicon.Frame;
import org.claimgraph.doc.Span;
import org.claimgraph.language.FunctionWords;

import static org.claimgraph.assertions.Contents.CONTENT_OPENERS;
import static org.claimgraph.assertions.Contents.afterColon;
import static org.claimgraph.assertions.Contents.asParenthetical;
import static org.claimgraph.assertions.Contents.clauseRight;
import static org.claimgraph.assertions.Contents.endsClauseAfter;
import static org.claimgraph.assertions.Contents.leftContent;
import static org.claimgraph.assertions.Contents.parenthetical;
import static org.claimgraph.assertions.Contents.relativeClauseRest;
import static org.claimgraph.assertions.CuePhrases.opensContent;
import static org.claimgraph.assertions.CuePhrases.phrasesOfTimeAndPlace;
import static org.claimgraph.assertions.CuePhrases.thatAfterPhrases;
import static org.claimgraph.assertions.NounPhrases.evidence;
import static org.claimgraph.assertions.NounPhrases.evidenceSubject;
import static org.claimgraph.assertions.NounPhrases.nounPhraseRight;
import static org.claimgraph.assertions.NounPhrases.quotedAs;
import static org.claimgraph.assertions.NounPhrases.sourceLeft;
import static org.claimgraph.assertions.NounPhrases.subjectBefore;
import static org.claimgraph.assertions.NounPhrases.wordsAt;
import static org.claimgraph.assertions.VerbFrames.besideQuote;
import static org.claimgraph.assertions.VerbFrames.modifiesANoun;
import static org.claimgraph.assertions.VerbFrames.putsAFigure;
import static org.claimgraph.assertions.VerbFrames.reportingInfinitive;
import static org.claimgraph.assertions.VerbFrames.stancePreposition;
/**
 * The attribution a reporting verb makes, if any: its frame (with the verbs whose frame depends on what
 * follows them), the source before it ("the official said"), after it ("..., said the official") or that
 * of the cue it continues ("..., adding that"), and the content after it, before it or around it.
 * One object per cue verb, holding what the steps find for the next.
 */
final class VerbCue {
    /** Verbs governing a cue's infinitive that leave the speaker the cue's own: "continued to", "went on to", "seemed to". */
    private static final Set<String> ASPECTUAL_VERBS = FunctionWords.get("aspectual-verbs");
    /**
     * Prepositions before a reporting gerund whose speaker is the clause's subject: "began by saying", "after telling
     * reporters", "despite admitting that". Not "for" ("praised him for saying"), "from", "of", "without" (not said).
     */
    static final Set<String> GERUND_PREPOSITIONS = Set.of("by", "after", "before", "while", "despite", "upon");

    private final SentenceView v;
    private final int i;
    private final String lemma;
    private final List<Attribution> earlier;
    private Frame frame;
    private int cueEnd;
    /** Whether the stance or topic follows a preposition ("railed against"), which stancePrep holds. */
    private boolean speakOf;
    private int stancePrep = -1;
    /** "asked the senator about": the addressee before the stance preposition, or null. */
    private Span topicAddressee;
    /** "put the toll at ...": the content must give a figure. */
    private boolean figure;
    /** "which the minister called “a betrayal”": the relative pronoun (-1 when none) and the name given. */
    private NamingCues.Given given;
    /** The token before the verb's subject ends; then where the content may start, after the cue's phrases. */
    private int before;
    private int j;
    private Span cue;
    private Span source;
    private int sourceStart;
    /** The source's tokens when found in this sentence before the cue. */
    private int[] src;
    /** "..., going on to say": the verb governing the infinitive cue is a participle, whose subject is the speaker. */
    private boolean governedByParticiple;
    /** "..., adding that": the cue goes on with the previous attribution's speaker. */
    private boolean continues;

    private VerbCue(SentenceView v, int i, List<Attribution> earlier) {
        this.v = v;
        this.i = i;
        this.lemma = v.lemma(i);
        this.earlier = earlier;
        this.frame = ReportingLexicon.frame(lemma);
        this.cueEnd = i + 1;
    }

    /** The attribution the verb at token i makes; {@code earlier} are the sentence's attributions before it. */
    static Attribution find(SentenceView v, int i, List<Attribution> earlier) {
        if (!v.pos(i).equals("VERB") || modifiesANoun(v, i)) return null;
        String lemma = v.lemma(i);
        if (lemma.equals("seem") || lemma.equals("appear")) {
            // a verb of seeming before another cue passes it on ("seemed to suggest"); alone, it judges
            int to = v.skipAdverbs(i + 1);
            boolean passesOn = v.infinitiveAt(to) && ReportingLexicon.frame(v.lemma(v.skipAdverbs(to + 1))) != null;
            return passesOn ? null : Passives.seeming(v, i);
        }
        if (FactualityCues.handsOn(v, i) && reportingInfinitive(v, i + 1)) return null;
        return new VerbCue(v, i, earlier).attribution();
    }

    private Attribution attribution() {
        frameByWhatFollows();
        if (frame == null) return null;
        Attribution said = frame == Frame.CLAUSE ? TrailingSources.saidFirst(v, i) : null;
        if (said != null) return said;
        if (skipToSubject()) return Passives.passive(v, i, cueEnd, frame);
        if (v.lower(before).equals("to") && !infinitivePassesOn()) return null;
        if (participle()) before = VerbFrames.beforeShortOf(v, before);
        // "railed against": the cue runs to its preposition
        cue = v.span(i, speakOf ? stancePrep + 1 : cueEnd);
        int first = v.firstWord();
        if (participle() && (i == first || i == first + 1 && (GERUND_PREPOSITIONS.contains(v.lower(first)) || v.lower(first).equals("in")))) {
            return TrailingSources.openingParticiple(v, i, speakOf ? stancePrep + 1 : v.skipAdverbs(cueEnd), cue);
        }
        j = v.skipAdverbs(cueEnd);
        // "..., denied any wrongdoing" names no speaker after the cue: only verbs of saying and thinking invert
        boolean sayingVerb = (frame == Frame.CLAUSE || frame == Frame.COGNITION) && !speakOf && !figure && !participle();
        Attribution after = sayingVerb ? TrailingSources.sourceAfter(v, i, cueEnd, cue, before, j) : null;
        if (after != null) return after;
        if (!sourceBefore()) return null;
        relativeAntecedent();
        if (given != null) {
            List<Span> parts = new ArrayList<>();
            if (given.relative() >= 0) parts.add(v.span(given.relative(), given.relative() + 1));
            parts.addAll(given.name().parts());
            return v.attribution(i, cueEnd, cue, source, new Content(parts, given.name().direct()), null);
        }
        // "donations, which he said were gifts", "a plan the mayor said would cost": a cue inside a relative
        // clause reports the rest of that clause, whose subject the relative pronoun (or antecedent) stands for
        if (src != null && (frame == Frame.CLAUSE || frame == Frame.COGNITION) && Contents.opensRelativeClause(v, src[0] - 1)) {
            Content rest = relativeClauseRest(v, j);
            if (rest != null) return v.attribution(i, cueEnd, cue, source, rest, null);
        }
        evidenceAsSource();
        if (frame == Frame.INTENTION) {
            // "wants to cut taxes", "wants Congress to act": the aim is the content, the infinitive included
            if (!v.infinitiveAt(j) && !(v.nominal(j) && v.infinitiveAt(nounPhraseRight(v, j, false)))) return null;
            Content aim = clauseRight(v, j, Frame.CLAUSE, true);
            return aim == null ? null : v.attribution(i, cueEnd, cue, source, aim, null);
        }
        return content();
    }

    /** Verbs whose frame and cue depend on the words after them: "point out", "call for", "called it a ...", "put it". */
    private void frameByWhatFollows() {
        int p = VerbFrames.phrasalParticle(v, i, lemma), made;
        if (p > 0) {
            // "pointed out that", "called for an inquiry", "laid out her plan": the verb and its particle
            frame = ReportingLexicon.phrasalFrame(lemma, v.lower(p));
            cueEnd = p + 1;
        } else if (lemma.equals("call") && v.lower(i + 1).equals("on") && v.nominal(i + 2)) {
            // "called on Congress to act": a demand made of someone
            frame = Frame.OBJECT;
            cueEnd = i + 2;
        } else if ((made = VerbFrames.statementMade(v, i, lemma)) > 0) {
            // "made clear that ...", "made the case for the plan", "took a firm stance against": a statement or an argument
            frame = v.preposition(made - 1) ? Frame.OBJECT : Frame.CLAUSE;
            cueEnd = made;
        } else if ((given = NamingCues.givenName(v, i)) != null) {
            // "which the minister called “a betrayal”", "what analysts described as ...": the object went before
            frame = Frame.OBJECT;
        } else if (NamingCues.characterizes(v, i)) {
            // "called the holiday “a celebration of ...”", "called the vote a mistake": a characterization
            frame = Frame.OBJECT;
        } else if (ReportingLexicon.CHARACTERIZING_VERBS.contains(lemma) && v.lower(nounPhraseRight(v, i + 1, false)).equals("as")
                && v.nominal(i + 1)) {
            // "sees the vote as a test", "painted him as out of touch": a view of something
            frame = Frame.OBJECT;
        } else if (lemma.equals("put") && v.lower(i + 1).equals("it") && v.lower(v.skipAdverbs(i + 2)).matches("[,.:;]")) {
            // "as one economist put it,": the words are the speaker's
            frame = Frame.CLAUSE;
            cueEnd = i + 2;
        } else if (lemma.equals("continue") && besideQuote(v, i)) {
            // "“...,” she continued.", "He continued: “...”": going on speaking
            frame = Frame.CLAUSE;
        } else if (VerbFrames.issuesText(v, i) || VerbFrames.offersAccount(v, i) || VerbFrames.prefersThing(v, i)) {
            // "released an ad", "sent a letter to the board", "offered no proof": putting out words; "prefer the governor"
            frame = Frame.OBJECT;
        } else if (lemma.equals("put") && putsAFigure(v, i)) {
            frame = Frame.OBJECT;
            figure = true;
        }
        if (cueEnd == i + 1) stancePrep = stancePreposition(v, i);
        int[] topic = cueEnd == i + 1 && stancePrep < 0 ? VerbFrames.addressedTopic(v, i) : null;
        if (topic != null) {
            // "asked him about his taxes": the addressee stands between the verb and its topic
            topicAddressee = v.span(topic[0], topic[1]);
            stancePrep = topic[1];
        }
        // "responded to requests for comment", not "responded to a fire": an answer to words
        if (stancePrep >= 0 && ReportingLexicon.ANSWERING_VERBS.contains(lemma) && !wordsAt(v, stancePrep + 1)) stancePrep = -1;
        if (stancePrep >= 0) {
            speakOf = true;
            frame = Frame.OBJECT;
        }
    }

    /**
     * Moves {@code before} left of the cue over adverbs, dates ("who in 2010 said", "Smith on Friday said"),
     * negation and auxiliaries; true when an auxiliary makes the cue passive ("is expected", "was told"),
     * whose subject is what is reported, not who reports.
     */
    private boolean skipToSubject() {
        before = CuePhrases.auxiliaryBeforePhraseOfTime(v, i - 1);
        while (before >= 0 && (v.isAdverb(before) || v.isDate(before) || v.lower(before).equals("not") || v.pos(before).equals("AUX") || v.pos(before).equals("PART")
                && !v.lower(before).equals("to"))) {
            if (v.pos(before).equals("AUX") && (v.lemma(before).equals("be") || v.lemma(before).equals("get"))
                    && !v.lower(i).endsWith("ing")) return true;
            before--;
        }
        return false;
    }

    /**
     * "appeared to suggest that", "went on to say": the cue is an infinitive, whose speaker is the subject of
     * the verb governing it, or the object of a verb of causing ("forced the banker to admit"); moves
     * {@code before} left of that verb, or to that object. False when that verb takes the speaker away.
     */
    private boolean infinitivePassesOn() {
        int object = ControlledInfinitives.objectEnd(v, before);
        if (object >= 0) before = object;
        if (object >= 0) return true;
        int governing = before - 1;
        // "is likely to say", "has yet to say": a hedge the tagger may take for an adverb hands the cue on itself
        boolean handed = FactualityCues.handsOn(v, governing);
        while (!handed && governing >= 0 && (v.isAdverb(governing) || v.pos(governing).equals("ADP") && v.lower(governing).equals("on"))) governing--;
        // passing the cue on whatever its content: "continued to", "is expected to", "met to", "took to Twitter to"
        int meeting = Math.max(VerbFrames.meetingBefore(v, governing), ControlledInfinitives.platformVerb(v, governing));
        boolean passesOn = handed || meeting >= 0 || ASPECTUAL_VERBS.contains(v.lemma(governing)) || FactualityCues.handsOn(v, governing);
        if (meeting >= 0) governing = meeting;
        if (!passesOn && (!v.pos(governing).equals("VERB") || !opensContent(v, v.skipAdverbs(cueEnd)))) return false;
        governedByParticiple = v.lower(governing).endsWith("ing");
        before = governing - 1;
        // "has/VERB yet to": "have" before the hedge is its auxiliary, whatever its tag
        while (before >= 0 && (v.isAdverb(before) || v.pos(before).equals("AUX") || v.pos(before).equals("PART")
                || handed && v.lemma(before).equals("have"))) before--;
        return true;
    }

    /** A cue in -ing, by its frame here ("calling for" is one, though "call" alone is not). */
    private boolean participle() {
        return frame != null && v.pos(i).equals("VERB") && v.lower(i).endsWith("ing");
    }

    /** The source: the noun phrase before the cue, or the source of the cue this one continues; false when there is none. */
    private boolean sourceBefore() {
        Attribution previous = CoordinatedReports.goesOnFrom(v, i, earlier);
        boolean participial = participle() || governedByParticiple;
        // "..., adding that", "..., going on to say that", also after a quote closed by its comma ("“...,” adding that")
        continues = v.pos(before).equals("CCONJ")
                || (v.text(before).equals(",") || v.closesQuote(before) && v.text(before - 1).equals(",")) && participial;
        if (continues && previous != null && previous.source != null) {
            source = previous.source;
            sourceStart = before + 1;
            return true;
        }
        boolean aim = frame == Frame.INTENTION && participle();
        if ((src = sourceLeft(v, before)) != null && aim && ParticiplePhrases.describesObject(v, src, i)) return false;
        if (src != null
                || participial && (v.text(before).equals(",") || HeadlineForms.isDash(v.text(before)) || GERUND_PREPOSITIONS.contains(v.lower(before)))
                        && (src = subjectBefore(v, before)) != null) {
            sourceStart = src[0];
        } else if (v.pos(before).equals("CCONJ") && (src = subjectBefore(v, before)) != null) {
            // "Trump has used the phrase often and criticized Obama for ...": the subject of the first verb
            sourceStart = before + 1;
        } else if (ReportingLexicon.EVIDENCE_VERBS.contains(lemma) && (src = evidenceSubject(v, before)) != null) {
            sourceStart = src[0];
        } else if (participle() && (src = quotedAs(v, before)) != null) {
            sourceStart = before + 1;
        } else {
            return false;
        }
        source = v.span(src[0], src[1]);
        return true;
    }

    /**
     * "a new survey that shows ...": the restrictive relative pronoun source stands for the noun phrase right
     * before it, and a survey or report for whoever put it out ("RFE/RL has released a new survey that shows").
     */
    private void relativeAntecedent() {
        if (src == null || src[1] - src[0] != 1 || !(v.lower(src[0]).equals("that") || v.lower(src[0]).equals("which"))
                || v.text(src[0] - 1).equals(",")) return;
        int end = NounPhrases.antecedentEnd(v, src[0]);
        int antecedent = NounPhrases.nounPhraseLeft(v, end - 1);
        if (antecedent >= end) return; // no noun phrase before the pronoun (or before the date after it)
        int[] phrase = {antecedent, end};
        int[] publisher = evidence(v, phrase) && ReportingLexicon.PUBLISHING_VERBS.contains(v.lemma(antecedent - 1))
                ? subjectBefore(v, antecedent - 1) : null;
        takeSource(publisher != null ? publisher : phrase);
    }

    private void takeSource(int[] tokens) {
        src = tokens;
        source = v.span(tokens[0], tokens[1]);
        sourceStart = tokens[0];
    }

    /**
     * "A study by two economists found ...", "A report released last year shows ...": the evidence opens the
     * sentence, its modifiers run up to the verb; evidence reports what follows its verb.
     */
    private void evidenceAsSource() {
        if (!ReportingLexicon.EVIDENCE_VERBS.contains(lemma) || src == null) return;
        int[] subject = evidence(v, src) ? null : evidenceSubject(v, before);
        if (subject != null) takeSource(subject);
        // "..., a new survey shows.": evidence closing the sentence reports the clause before it
        boolean last = j >= v.n || v.onlyPunctuationFrom(j);
        int[] phrase = last && !v.text(sourceStart - 1).equals(",") ? NounPhrases.closingEvidence(v, src) : null;
        if (phrase != null) takeSource(phrase);
        boolean closing = v.text(sourceStart - 1).equals(",") && last;
        if (evidence(v, src) && !closing) frame = Frame.OBJECT;
    }

    /** The content: a quote after the cue, a clause after it, or what came before the source; null when none. */
    private Attribution content() {
        Span addressee = addresseeAndPhrases();
        // a quote closed just before the source is what this cue reports
        // an object-taking cue ("opposes the deal") reports what follows it, never what precedes
        boolean objectCue = frame == Frame.OBJECT;
        // what precedes a cue that continues an earlier one ("“...,” adding that") is the earlier one's
        Content left = objectCue || sourceStart == 0 || continues ? null : leftContent(v, sourceStart);
        int quoteMark = Contents.quoteMarkAfter(v, j);
        if (quoteMark >= 0) return quoteAfter(quoteMark, left, addressee);
        // "As Smith noted, ...", "..., as one economist put it.", "The plan, as she said, failed"
        if (v.lower(sourceStart - 1).equals("as") && !objectCue) {
            Content around = asParenthetical(v, sourceStart - 1, j);
            if (around != null) return v.attribution(i, cueEnd, cue, source, around, addressee);
        }
        if (lemma.equals("put") && cueEnd == i + 2) return null;
        // "He added:" ending the sentence: the content opens after it
        if (v.text(j).equals(":") && v.onlyPunctuationFrom(j + 1)) {
            Content next = afterColon(v, j);
            return next == null ? null : v.attribution(i, cueEnd, cue, source, next, addressee);
        }
        if (left != null && (left.direct() || left.quoted())) return v.attribution(i, cueEnd, cue, source, left, addressee);
        if (left == null && !objectCue && v.text(j).equals(",") && v.text(sourceStart - 1).equals(",")) {
            Content around = parenthetical(v, sourceStart - 1, j);
            if (around != null) return v.attribution(i, cueEnd, cue, source, around, addressee);
        }
        if (j >= v.n || v.onlyPunctuationFrom(j) || CuePhrases.onlyTimeFrom(v, j) || v.text(j).equals(",") || v.text(j).equals(";")
                || Contents.DASHES.contains(v.text(j))) {
            if (sourceStart == 0 && !objectCue) left = leftContent(v, 0);
            return left == null ? null : v.attribution(i, cueEnd, cue, source, left, addressee);
        }
        return clauseAfter(addressee);
    }

    /** Between cue and content: the addressee ("told reporters"), phrases of time and place; moves j past them. */
    private Span addresseeAndPhrases() {
        Span addressee = null;
        boolean addressing = frame == Frame.ADDRESSEE || ReportingLexicon.ADDRESSING_VERBS.contains(lemma) && v.head(j);
        if (!speakOf && !figure && addressing && !CONTENT_OPENERS.contains(v.lower(j)) && v.nominal(j)) {
            int end = NounPhrases.quotedTitleAfter(v, nounPhraseRight(v, j, false));
            int after = v.skipAdverbs(end);
            // "told Trump could ..." names no addressee: the noun phrase is the clause's subject; "urged restraint." its object
            if (end > j && !v.pos(after).equals("AUX") && (frame == Frame.ADDRESSEE || VerbFrames.wordsFollow(v, after))) {
                addressee = v.span(j, end);
                j = after;
            }
        }
        if (!speakOf && frame != Frame.OBJECT) {
            Phrases phrases = phrasesOfTimeAndPlace(v, j);
            if (addressee == null) addressee = phrases.venue();
            j = thatAfterPhrases(v, phrases.end());
        }
        if (speakOf) j = stancePrep + 1;
        return addressee != null ? addressee : topicAddressee;
    }

    /** A quote after the cue, joined to a quote before it ("“...,” he said, “...”"). */
    private Attribution quoteAfter(int quoteMark, Content left, Span addressee) {
        int q = v.quotes.openedAt(v.start(quoteMark));
        List<Span> parts = new ArrayList<>();
        if (left != null && left.direct() && v.text(j).equals(",")) parts.addAll(left.parts());
        // a quote inside the clause ("said that “...” and ...") is content only up to the clause's end
        if (v.quotes.start(q) > v.start(quoteMark) + 1 || !endsClauseAfter(v, quoteMark)) {
            Content clause = clauseRight(v, j, frame);
            if (clause == null) return null;
            return v.attribution(i, cueEnd, cue, source, clause, addressee);
        }
        parts.addAll(v.quotes.segments(q));
        return v.attribution(i, cueEnd, cue, source, new Content(parts, true), addressee);
    }

    /** The clause after the cue, or the noun phrase a cue of saying names ("announced a recall"). */
    private Attribution clauseAfter(Span addressee) {
        if (v.text(j).equals(":")) j++;
        // "says too much is made of it": the adverbs skipped after the cue were the clause's subject
        int subject = j;
        while (subject > cueEnd && v.isAdverb(subject - 1)) subject--;
        if (subject < j && (v.pos(j).equals("AUX") || v.pos(j).equals("VERB"))) j = subject;
        Content clause = clauseRight(v, j, frame, ReportingLexicon.INFINITIVE.contains(lemma));
        // "noted the clot's existence", "announced a recall": what was said, named by a noun phrase
        boolean words = ReportingLexicon.NOUN_PHRASE_CONTENT.contains(lemma) || frame == Frame.CLAUSE && NounPhrases.standsForWords(v, j);
        if (clause == null && words) clause = clauseRight(v, j, Frame.OBJECT);
        if (clause == null || figure && !v.containsNumber(j) || !words && Contents.objectOfADeed(v, lemma, j)) return null;
        return v.attribution(i, cueEnd, cue, source, Contents.betweenDashes(v, sourceStart, j, clause), addressee);
    }
}
