package org.claimgraph.assertions;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.claimgraph.assertions.ReportingLexicon.Frame;
import org.claimgraph.doc.Sentence;
import org.claimgraph.doc.Span;

import static org.claimgraph.assertions.HeadlineForms.isDash;
/**
 * Finds the attributions of one sentence from its tokens' UD tags and lemmas: a reporting cue, the
 * noun phrase naming its source (before the cue, or after it in "..., said the official"), and the
 * content (the clause after the cue, or the clause or quote before the source when the sentence ends
 * with the attribution). Quotes come from {@link Quotes}, so content may run over sentences.
 */
final class AttributionFinder {
    private final String text;
    private final Quotes quotes;

    AttributionFinder(String text, Quotes quotes) {
        this.text = text;
        this.quotes = quotes;
    }

    /**
     * The attributions of sentence s; {@code dates} are its date expressions (skipped between cue and
     * content), {@code names} the spans the actors stage found naming people and organizations in it.
     */
    List<Attribution> find(Sentence s, List<Span> dates, List<Span> names) {
        SentenceView v = new SentenceView(s, dates, names, text, quotes);
        List<Attribution> out = new ArrayList<>();
        for (int i = 0; i < v.n; i++) {
            Attribution a = PollShares.find(v, i, out);
            if (a == null) a = cueAt(v, i, out);
            if (a != null && !quotedReport(v, a) && !reportedThought(v, a, out) && !addressesReader(v, a)) out.add(a);
        }
        ColonBlocks.announced(v, out);
        for (Attribution a : out) ContentBounds.trim(v, a);
        EmbeddedReports.drop(v, out);
        OccasionParticiples.drop(v, out);
        AimedReports.drop(v, out);
        NestedJudgments.drop(v, out);
        Span venue = CuePhrases.openingVenue(v);
        for (Attribution a : out) {
            if (a.addressee == null && venue != null && a.cue.start() > venue.end()) a.addressee = venue;
        }
        cutAtLaterAttributions(v, out);
        cutAtMainVerbs(v, out);
        CoordinatedReports.cut(v, out);
        for (Attribution a : out) {
            a.factuality = FactualityCues.of(v, a);
            if (a.source != null) a.antecedent = NounPhrases.antecedent(v, a.source);
        }
        return out;
    }

    /** The attribution whose cue opens at token i: a preposition, a colon or dash, a noun, an adjective or a verb of reporting. */
    private static Attribution cueAt(SentenceView v, int i, List<Attribution> out) {
        if (v.lower(i).equals("according") && v.lower(i + 1).equals("to")) return PrepositionalSources.accordingTo(v, i);
        if (v.lower(i).equals("in")) return i == v.firstWord() ? PrepositionalSources.inEvidence(v, i) : PrepositionalSources.closingPoll(v, i);
        if (v.text(i).equals(":") || isDash(v.text(i)) && v.opensQuote(i + 1)) return HeadlineForms.headlineColon(v, i);
        if (HeadlineForms.signsQuote(v, i)) return HeadlineForms.quoteThenDash(v, i);
        if (v.pos(i).equals("NOUN") && (ReportingLexicon.NOUNS.contains(v.lemma(i)) || ReportingLexicon.PREPOSITIONAL_NOUNS.containsKey(v.lemma(i))
                || ReportingLexicon.COPULAR_NOUNS.contains(v.lemma(i)))) return StanceCues.nounCue(v, i);
        if (ReportingLexicon.STANCE_ADJECTIVES.contains(v.lower(i)) && !v.pos(i).equals("NOUN")) {
            // "were worried that", else the verb: "groups worried that"
            Attribution a = StanceCues.stanceAdjective(v, i);
            if (a != null) return a;
        }
        Attribution question = Questions.asked(v, i);
        return question != null ? question : VerbCue.find(v, i, out);
    }

    /**
     * "The ministry believes that X, a department head told Le Monde": a clause running into an
     * attribution that reports it ends before that attribution's source.
     */
    private static void cutAtLaterAttributions(SentenceView v, List<Attribution> out) {
        for (Attribution a : out) {
            if (a.content.size() != 1) continue;
            Span c = a.content.get(0);
            for (Attribution b : out) {
                // a passive inside the content with its agent ("said the gap could be explained by ...") reports no part of it
                if (b == a || b.source == null || b.contentEnd() > b.cue.start() || byAgent(v, b)) continue;
                int cut = Math.min(b.source.start(), b.cue.start());
                if (cut <= c.start() || cut >= c.end()) continue;
                int end = -1;
                for (int k = 0; k < v.n && v.end(k) <= cut; k++) {
                    if (v.start(k) >= c.start() && !v.pos(k).equals("PUNCT")) end = v.end(k);
                }
                if (end > c.start()) {
                    c = new Span(c.start(), end);
                    a.content.set(0, c);
                }
            }
        }
    }

    /** A passive's agent as source: "by" right after the cue, the source right after it. */
    private static boolean byAgent(SentenceView v, Attribution b) {
        int by = v.skipAdverbs(b.cueEnd);
        return v.lower(by).equals("by") && by + 1 < v.n && v.start(by + 1) == b.source.start();
    }

    /**
     * "The aide who wrote the memo said the plan would fail": a report whose source is the relative pronoun of a
     * clause inside another's source ends before that other's cue, the verb of the main clause.
     */
    private static void cutAtMainVerbs(SentenceView v, List<Attribution> out) {
        for (Attribution a : out) {
            if (a.content.size() != 1 || a.source == null || !Contents.RELATIVE_WORDS.contains(a.source.of(v.doc).toLowerCase(Locale.ROOT))) continue;
            Span c = a.content.get(0);
            for (Attribution b : out) {
                if (b == a || b.source == null || b.source.start() >= a.source.start() || b.source.end() < a.source.end()
                        || b.cue.start() <= c.start() || b.cue.start() >= c.end()) continue;
                int k = b.cueStart - 1;
                while (k > 0 && (v.pos(k).equals("AUX") || v.pos(k).equals("PUNCT") || v.isAdverb(k) || v.lower(k).equals("not"))) k--;
                if (v.start(k) >= c.start()) {
                    c = new Span(c.start(), v.end(k));
                    a.content.set(0, c);
                }
            }
        }
    }

    /**
     * "“... he knows what happened to him,” she said", "“Then he told me, ‘...’”", "“I think ...”": a report
     * inside a quote is part of what the quoted speaker says, the speaker's account of someone's words or
     * mind (or the speaker's own hedge), not an assertion the article attributes. Only reports by a word: a
     * transcript's "PENCE:" may sit inside a paragraph's opening mark.
     */
    private boolean quotedReport(SentenceView v, Attribution a) {
        return Character.isLetter(v.text(a.cueStart).charAt(0)) && quotes.at(a.cue.start()) >= 0;
    }

    /**
     * "Lest you assume that ...", "you might think ...": outside quotes, "you" is the reader the writer
     * addresses, whose supposed thought or wish is the writer's device, not a report. (An interviewer's
     * "as you pointed out" in a transcript is a report: only thoughts and aims.)
     */
    private boolean addressesReader(SentenceView v, Attribution a) {
        Frame frame = ReportingLexicon.frame(v.lemma(a.cueStart));
        return (frame == Frame.COGNITION || frame == Frame.INTENTION) && a.source != null
                && a.source.of(text).equalsIgnoreCase("you") && quotes.at(a.source.start()) < 0;
    }

    /**
     * "Clinton said she thinks ...", "he said he plans to ...": a thought or an aim that opens what a speaker
     * said is part of what was said.
     */
    private static boolean reportedThought(SentenceView v, Attribution a, List<Attribution> earlier) {
        Frame frame = ReportingLexicon.frame(v.lemma(a.cueStart));
        if (frame != Frame.COGNITION && frame != Frame.INTENTION || CoordinatedReports.opensClause(v, a)) return false;
        for (Attribution b : earlier) {
            if (b.contentCovers(a.cue.start()) && ReportingLexicon.frame(v.lemma(b.cueStart)) != Frame.COGNITION) return true;
        }
        return false;
    }
}
