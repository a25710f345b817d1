package org.claimgraph.assertions;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.claimgraph.assertions.CuePhrases.Phrases;
import org.claimgraph.assertions.ReportingLexicon.Frame;
import org.claimgraph.doc.Sentence;
import org.claimgraph.doc.Span;

import static org.claimgraph.assertions.Contents.CONTENT_OPENERS;
import static org.claimgraph.assertions.Contents.afterColon;
import static org.claimgraph.assertions.Contents.clauseRight;
import static org.claimgraph.assertions.Contents.endsClauseAfter;
import static org.claimgraph.assertions.Contents.joinQuotes;
import static org.claimgraph.assertions.Contents.leftContent;
import static org.claimgraph.assertions.Contents.parenthetical;
import static org.claimgraph.assertions.Contents.quoteContent;
import static org.claimgraph.assertions.Contents.quoteEndsBefore;
import static org.claimgraph.assertions.Contents.relativeClauseRest;
import static org.claimgraph.assertions.CuePhrases.opensContent;
import static org.claimgraph.assertions.CuePhrases.phrasesOfTimeAndPlace;
import static org.claimgraph.assertions.CuePhrases.skipPhrasesOfTimeAndPlace;
import static org.claimgraph.assertions.CuePhrases.thatAfterPhrases;
import static org.claimgraph.assertions.HeadlineForms.isDash;
import static org.claimgraph.assertions.NounPhrases.evidence;
import static org.claimgraph.assertions.NounPhrases.evidenceSubject;
import static org.claimgraph.assertions.NounPhrases.nounPhraseRight;
import static org.claimgraph.assertions.NounPhrases.sourceLeft;
import static org.claimgraph.assertions.NounPhrases.subjectBefore;
import static org.claimgraph.assertions.VerbFrames.characterizes;
import static org.claimgraph.assertions.VerbFrames.nameGiven;
import static org.claimgraph.assertions.VerbFrames.putsAFigure;
import static org.claimgraph.assertions.VerbFrames.stancePreposition;

/**
 * Finds the attributions of one sentence from its tokens' UD tags and lemmas: a reporting cue, the
 * noun phrase naming its source (before the cue, or after it in "..., said the official"), and the
 * content (the clause after the cue, or the clause or quote before the source when the sentence ends
 * with the attribution). Quotes come from {@link Quotes}, so content may run over sentences.
 */
final class AttributionFinder {
    /** Verbs governing a cue's infinitive that leave the speaker the cue's own: "continued to", "went on to", "seemed to". */
    private static final Set<String> ASPECTUAL_VERBS = Set.of("continue", "begin", "start", "go", "keep", "resume",
            "seem", "appear", "proceed");
    private static final Set<String> RELATIVE_PRONOUNS = Set.of("which", "that", "what", "who");
    /**
     * Prepositions before a reporting gerund whose speaker is the clause's subject: "began by saying",
     * "after telling reporters". Not "for" ("praised him for saying"), nor "from", "of", "without" (what was not said).
     */
    private static final Set<String> GERUND_PREPOSITIONS = Set.of("by", "after", "before", "while");
    private static final Set<String> ADDRESSING_VERBS = Set.of("warn", "promise", "urge", "assure");

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
            Attribution a;
            if (v.lower(i).equals("according") && v.lower(i + 1).equals("to")) a = PrepositionalSources.accordingTo(v, i);
            else if (v.text(i).equals(":") || isDash(v.text(i)) && v.opensQuote(i + 1)) a = HeadlineForms.headlineColon(v, i);
            else if (HeadlineForms.signsQuote(v, i)) a = HeadlineForms.quoteThenDash(v, i);
            else if (v.pos(i).equals("NOUN") && (ReportingLexicon.NOUNS.contains(v.lemma(i)) || ReportingLexicon.PREPOSITIONAL_NOUNS.containsKey(v.lemma(i)))) a = StanceCues.nounCue(v, i);
            else if (ReportingLexicon.STANCE_ADJECTIVES.contains(v.lower(i)) && !v.pos(i).equals("NOUN")) {
                // "were worried that", else the verb: "groups worried that"
                a = StanceCues.stanceAdjective(v, i);
                if (a == null) a = verbCue(v, i, out);
            } else a = verbCue(v, i, out);
            if (a != null && !quotedReport(v, a) && !reportedThought(v, a, out)) out.add(a);
        }
        Span venue = CuePhrases.openingVenue(v);
        for (Attribution a : out) {
            if (a.addressee == null && venue != null && a.cue.start() > venue.end()) a.addressee = venue;
        }
        cutAtLaterAttributions(v, out);
        for (Attribution a : out) {
            a.factuality = FactualityCues.of(v, a);
            if (a.source != null) a.antecedent = NounPhrases.antecedent(v, a.source);
        }
        return out;
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
                if (b == a || b.source == null || b.contentEnd() > b.cue.start()) continue;
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
     * "Clinton said she thinks ...", "he said he plans to ...": a thought or an aim that opens what a speaker
     * said is part of what was said.
     */
    private static boolean reportedThought(SentenceView v, Attribution a, List<Attribution> earlier) {
        Frame frame = ReportingLexicon.frame(v.lemma(a.cueStart));
        if (frame != Frame.COGNITION && frame != Frame.INTENTION) return false;
        for (Attribution b : earlier) {
            if (b.contentCovers(a.cue.start()) && ReportingLexicon.frame(v.lemma(b.cueStart)) != Frame.COGNITION) return true;
        }
        return false;
    }

    /** "to say", "to have told": the infinitive at {@code to} is a reporting verb. */
    private static boolean reportingInfinitive(SentenceView v, int to) {
        int k = v.skipAdverbs(to + 1);
        while (v.lemma(k).equals("have") || v.lemma(k).equals("be")) k = v.skipAdverbs(k + 1);
        return ReportingLexicon.frame(v.lemma(k)) != null;
    }

    private Attribution verbCue(SentenceView v, int i, List<Attribution> earlier) {
        if (!v.pos(i).equals("VERB") || modifiesANoun(v, i)) return null;
        String lemma = v.lemma(i);
        if (lemma.equals("seem") || lemma.equals("appear")) {
            // a verb of seeming before another cue passes it on ("seemed to suggest"); alone, it judges
            int to = v.skipAdverbs(i + 1);
            boolean passesOn = v.infinitiveAt(to) && ReportingLexicon.frame(v.lemma(v.skipAdverbs(to + 1))) != null;
            return passesOn ? null : Passives.seeming(v, i);
        }
        if (FactualityCues.handsOn(v, i) && reportingInfinitive(v, i + 1)) return null;
        Frame frame = ReportingLexicon.frame(lemma);
        int cueEnd = i + 1;
        boolean speakOf = false;
        boolean figure = false;
        int relative = -1;
        Content name = null;
        if (lemma.equals("point") && v.lower(i + 1).equals("out")) {
            frame = Frame.CLAUSE;
            cueEnd = i + 2;
        } else if (lemma.equals("call") && v.lower(i + 1).equals("for")) {
            // "called for an inquiry": a demand
            frame = Frame.OBJECT;
            cueEnd = i + 2;
        } else if (lemma.equals("call") && v.lower(i + 1).equals("on") && v.nominal(i + 2)) {
            // "called on Congress to act": a demand made of someone
            frame = Frame.OBJECT;
            cueEnd = i + 2;
        } else if (lemma.equals("call") && (relative = relativeObject(v, i)) >= 0 && (name = nameGiven(v, i + 1)) != null) {
            // "which the minister called “a betrayal”", "what she called a rant": the object is the relative pronoun
            frame = Frame.OBJECT;
        } else if (lemma.equals("call") && characterizes(v, nounPhraseRight(v, i + 1, false), i + 1)) {
            // "called the holiday “a celebration of ...”", "called the vote a mistake": a characterization
            frame = Frame.OBJECT;
        } else if (lemma.equals("see") && v.lower(nounPhraseRight(v, i + 1, false)).equals("as") && v.nominal(i + 1)) {
            // "sees the vote as a test": a view of something
            frame = Frame.OBJECT;
        } else if (lemma.equals("put") && v.lower(i + 1).equals("it") && v.lower(v.skipAdverbs(i + 2)).matches("[,.:;]")) {
            // "as one economist put it,": the words are the speaker's
            frame = Frame.CLAUSE;
            cueEnd = i + 2;
        } else if (lemma.equals("continue") && besideQuote(v, i)) {
            // "“...,” she continued.", "He continued: “...”": going on speaking
            frame = Frame.CLAUSE;
        } else if (lemma.equals("put") && putsAFigure(v, i)) {
            frame = Frame.OBJECT;
            figure = true;
        }
        int stancePrep = cueEnd == i + 1 ? stancePreposition(v, i) : -1;
        if (stancePrep >= 0) {
            speakOf = true;
            frame = Frame.OBJECT;
        }
        if (frame == null) return null;
        if (i == v.firstWord() && frame == Frame.CLAUSE) {
            // "Said Jones: “...”": the cue opening the sentence before its speaker and a quote
            int end = nounPhraseRight(v, i + 1, false);
            int mark = end + 1;
            if (end > i + 1 && (v.text(end).equals(":") || v.text(end).equals(",")) && v.opensQuote(mark)) {
                return v.attribution(i, i + 1, v.span(i, i + 1), v.span(i + 1, end), quoteContent(v, mark), null);
            }
        }
        int before = i - 1;
        // "who in 2010 said", "Smith on Friday said": a date between the subject and the cue
        while (before >= 0 && (v.isAdverb(before) || v.isDate(before) || v.lower(before).equals("not") || v.pos(before).equals("AUX") || v.pos(before).equals("PART")
                && !v.lower(before).equals("to"))) {
            // a passive ("is expected", "was told"): the subject is what is reported, not who reports
            if (v.pos(before).equals("AUX") && (v.lemma(before).equals("be") || v.lemma(before).equals("get"))
                    && !v.lower(i).endsWith("ing")) return Passives.passive(v, i, cueEnd, frame);
            before--;
        }
        if (v.lower(before).equals("to")) {
            // "appeared to suggest that", "went on to say": the subject of the verb governing the infinitive
            int governing = before - 1;
            while (governing >= 0 && (v.isAdverb(governing) || v.pos(governing).equals("ADP") && v.lower(governing).equals("on"))) governing--;
            // a verb of phase or seeming passes the cue on whatever its content ("continued to call for", "began to question")
            // so does a hedge or a future ("is expected to say", "is said to have told", "is to announce")
            boolean passesOn = ASPECTUAL_VERBS.contains(v.lemma(governing)) || FactualityCues.handsOn(v, governing);
            if (!passesOn && (!v.pos(governing).equals("VERB") || !opensContent(v, v.skipAdverbs(cueEnd)))) return null;
            before = governing - 1;
            while (before >= 0 && (v.isAdverb(before) || v.pos(before).equals("AUX") || v.pos(before).equals("PART"))) before--;
        }
        // "railed against": the cue runs to its preposition
        Span cue = v.span(i, speakOf ? stancePrep + 1 : cueEnd);
        int first = v.firstWord();
        if (v.participleCue(i) && (i == first || i == first + 1 && (GERUND_PREPOSITIONS.contains(v.lower(first)) || v.lower(first).equals("in")))) {
            return openingParticiple(v, i, speakOf ? stancePrep + 1 : v.skipAdverbs(cueEnd), cue);
        }

        // "..., said the official" / "“...,” says Smith"
        boolean afterComma = v.text(before).equals(",") || v.closesQuote(before) || before < 0 && quoteEndsBefore(v, v.start(i)) >= 0;
        int j = v.skipAdverbs(cueEnd);
        if (afterComma && frame != Frame.ADDRESSEE && frame != Frame.INTENTION && !speakOf && !figure && !v.participleCue(i)) {
            int srcEnd = nounPhraseRight(v, j, true);
            // "said Peter Morgan, a lawyer, who has fought the industry for years.", "said Maria Lopez, an engineer
            // with the authority who oversees the project.": the speaker's description runs to the sentence's end
            if (srcEnd > j && v.text(srcEnd).equals(",") && (v.lower(srcEnd + 1).equals("who") || describes(v, srcEnd + 1))) {
                int k = srcEnd + 1;
                while (k < v.n && !v.text(k).equals(";") && !v.opensQuote(k) && !v.onlyPunctuationFrom(k)
                        && !(v.text(k).equals(",") && v.participleCue(k + 1))) k++;
                if (k >= v.n || v.onlyPunctuationFrom(k)) srcEnd = k;
            }
            int after = srcEnd > j ? skipPhrasesOfTimeAndPlace(v, srcEnd) : j;
            boolean joined = v.text(after).equals(",") && v.opensQuote(after + 1);
            // after a quote, "said X" names the speaker whatever follows ("“...,” said O'Neill, on his first day")
            boolean afterQuote = v.closesQuote(before) || v.text(before).equals(",") && v.closesQuote(before - 1);
            if (srcEnd > j && (afterQuote || v.onlyPunctuationFrom(after) || joined || v.text(after).equals(",") && v.participleCue(after + 1))) {
                Content left = leftContent(v, before + 1);
                if (left != null) {
                    if (joined && left.direct()) left = joinQuotes(left, quoteContent(v, after + 1));
                    return v.attribution(i, cueEnd, cue, v.span(j, srcEnd), left, null);
                }
            }
        }

        // the source: the noun phrase before the cue, or the source of the cue this one continues
        Span source;
        int sourceStart;
        int[] src = null;
        Attribution previous = earlier.isEmpty() ? null : earlier.get(earlier.size() - 1);
        // "..., adding that", also after a quote closed by its comma ("“...,” adding that")
        boolean continues = v.pos(before).equals("CCONJ")
                || (v.text(before).equals(",") || v.closesQuote(before) && v.text(before - 1).equals(",")) && v.participleCue(i);
        if (continues && previous != null && previous.source != null) {
            source = previous.source;
            sourceStart = before + 1;
        } else if ((src = sourceLeft(v, before)) != null
                || v.participleCue(i) && (v.text(before).equals(",") || GERUND_PREPOSITIONS.contains(v.lower(before)))
                        && (src = subjectBefore(v, before)) != null) {
            source = v.span(src[0], src[1]);
            sourceStart = src[0];
        } else if (v.pos(before).equals("CCONJ") && (src = subjectBefore(v, before)) != null) {
            // "Trump has used the phrase often and criticized Obama for ...": the subject of the first verb
            source = v.span(src[0], src[1]);
            sourceStart = before + 1;
        } else if (ReportingLexicon.EVIDENCE_VERBS.contains(lemma) && (src = evidenceSubject(v, before)) != null) {
            source = v.span(src[0], src[1]);
            sourceStart = src[0];
        } else {
            return null;
        }
        if (src != null && src[1] - src[0] == 1 && (v.lower(src[0]).equals("that") || v.lower(src[0]).equals("which"))) {
            // "a new survey that shows ...": the restrictive relative pronoun stands for the noun phrase right before it
            int antecedent = NounPhrases.nounPhraseLeft(v, src[0] - 1);
            if (antecedent < src[0]) {
                src = new int[] {antecedent, src[0]};
                // "RFE/RL has released a new survey that shows ...": a survey or report speaks for whoever put it out
                int[] publisher = NounPhrases.evidence(v, src) && ReportingLexicon.PUBLISHING_VERBS.contains(v.lemma(antecedent - 1))
                        ? NounPhrases.subjectBefore(v, antecedent - 1) : null;
                if (publisher != null) src = publisher;
                source = v.span(src[0], src[1]);
                sourceStart = src[0];
            }
        }

        if (name != null) {
            List<Span> parts = new ArrayList<>();
            parts.add(v.span(relative, relative + 1));
            parts.addAll(name.parts());
            return v.attribution(i, cueEnd, cue, source, new Content(parts, name.direct()), null);
        }
        // "donations, which he said were gifts", "what the senators said was gerrymandering": a cue inside a
        // relative clause reports the rest of that clause, whose subject the relative pronoun stands for
        if (src != null && (frame == Frame.CLAUSE || frame == Frame.COGNITION) && RELATIVE_PRONOUNS.contains(v.lower(src[0] - 1))) {
            Content rest = relativeClauseRest(v, j);
            if (rest != null) return v.attribution(i, cueEnd, cue, source, rest, null);
        }
        if (ReportingLexicon.EVIDENCE_VERBS.contains(lemma) && src != null && !evidence(v, src)) {
            // "A study by two economists found ...", "A report released last year shows ...": the evidence
            // opens the sentence, its modifiers run up to the verb
            int[] subject = evidenceSubject(v, before);
            if (subject != null) {
                src = subject;
                source = v.span(src[0], src[1]);
                sourceStart = src[0];
            }
        }
        if (ReportingLexicon.EVIDENCE_VERBS.contains(lemma) && src != null && evidence(v, src)) frame = Frame.OBJECT;
        if (frame == Frame.INTENTION) {
            // "wants to cut taxes", "wants Congress to act": the aim is the content, the infinitive included
            if (!v.infinitiveAt(j) && !(v.nominal(j) && v.infinitiveAt(nounPhraseRight(v, j, false)))) return null;
            Content aim = clauseRight(v, j, Frame.CLAUSE, true);
            return aim == null ? null : v.attribution(i, cueEnd, cue, source, aim, null);
        }

        // between cue and content: the addressee, phrases of time and place
        Span addressee = null;
        boolean addressing = frame == Frame.ADDRESSEE || ADDRESSING_VERBS.contains(lemma) && v.head(j);
        if (!speakOf && !figure && addressing && !CONTENT_OPENERS.contains(v.lower(j)) && v.nominal(j)) {
            int end = nounPhraseRight(v, j, false);
            int after = v.skipAdverbs(end);
            // "told Trump could ..." names no addressee: the noun phrase is the clause's subject
            if (end > j && !v.pos(after).equals("AUX")) {
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

        // the content: a quote after the cue, a clause after it, or what came before the source
        int quoteMark = -1;
        if (v.opensQuote(j)) quoteMark = j;
        else if ((v.text(j).equals(",") || v.text(j).equals(":")) && v.opensQuote(j + 1)) quoteMark = j + 1;
        else if (v.lower(j).equals("that") && (v.text(j + 1).equals(":") && v.opensQuote(j + 2))) quoteMark = j + 2;
        else if (v.lower(j).equals("that") && v.opensQuote(j + 1)) quoteMark = j + 1;
        // a quote closed just before the source is what this cue reports
        // an object-taking cue ("opposes the deal") reports what follows it, never what precedes
        boolean objectCue = frame == Frame.OBJECT;
        // what precedes a cue that continues an earlier one ("“...,” adding that") is the earlier one's
        Content left = objectCue || sourceStart == 0 || continues ? null : leftContent(v, sourceStart);
        if (quoteMark >= 0) {
            int q = quotes.openedAt(v.start(quoteMark));
            List<Span> parts = new ArrayList<>();
            if (left != null && left.direct() && v.text(j).equals(",")) parts.addAll(left.parts());
            // a quote inside the clause ("said that “...” and ...") is content only up to the clause's end
            if (quotes.start(q) > v.start(quoteMark) + 1 || !endsClauseAfter(v, quoteMark)) {
                Content clause = clauseRight(v, j, frame);
                if (clause == null) return null;
                return v.attribution(i, cueEnd, cue, source, clause, addressee);
            }
            parts.addAll(quotes.segments(q));
            return v.attribution(i, cueEnd, cue, source, new Content(parts, true), addressee);
        }
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
                || v.text(j).equals("–") || v.text(j).equals("—")) {
            if (sourceStart == 0 && !objectCue) left = leftContent(v, 0);
            return left == null ? null : v.attribution(i, cueEnd, cue, source, left, addressee);
        }
        if (v.text(j).equals(":")) j++;
        // "says too much is made of it": the adverbs skipped after the cue were the clause's subject
        int subject = j;
        while (subject > cueEnd && v.isAdverb(subject - 1)) subject--;
        if (subject < j && (v.pos(j).equals("AUX") || v.pos(j).equals("VERB"))) j = subject;
        Content clause = clauseRight(v, j, frame, ReportingLexicon.INFINITIVE.contains(lemma));
        // "noted the clot's existence", "announced a recall": what was said, named by a noun phrase
        if (clause == null && ReportingLexicon.NOUN_PHRASE_CONTENT.contains(lemma)) clause = clauseRight(v, j, Frame.OBJECT);
        if (clause == null || figure && !v.containsNumber(j)) return null;
        return v.attribution(i, cueEnd, cue, source, clause, addressee);
    }

    /**
     * The clause an attribution opened by "as" (token as) comments on: after it when it opens the sentence,
     * before it when it ends the sentence, around it when set between commas. Token j follows the cue's phrases.
     */
    private static Content asParenthetical(SentenceView v, int as, int j) {
        if (as == v.firstWord() && v.text(j).equals(",")) return clauseRight(v, j + 1, Frame.CLAUSE);
        if (!v.text(as - 1).equals(",")) return null;
        if (j >= v.n || v.onlyPunctuationFrom(j)) return leftContent(v, as);
        return v.text(j).equals(",") ? parenthetical(v, as - 1, j) : null;
    }

    /** "the repeated demands", "his recently revealed plans": a participle after a determiner or possessor modifies a noun. */
    private static boolean modifiesANoun(SentenceView v, int i) {
        if (!v.lower(i).endsWith("ed")) return false;
        int b = i - 1;
        while (b >= 0 && v.isAdverb(b)) b--;
        // not "that", nor a quantifier standing for its people ("all agreed")
        return v.pos(b).equals("DET") && !v.lower(b).equals("that") && !NounPhrases.QUANTIFIERS.contains(v.lower(b)) || v.isPossessive(b)
                || v.pos(b).equals("PRON") && SentenceView.POSSESSIVE_PRONOUNS.contains(v.lower(b));
    }

    /**
     * "Citing a new poll, the senator said ...", "In defending the plan, she argued ...": a participle cue
     * opening the sentence reports the phrase up to the comma, its source being the main clause's subject.
     * Token from opens the content.
     */
    private static Attribution openingParticiple(SentenceView v, int i, int from, Span cue) {
        int comma = from;
        while (comma < v.n && !v.text(comma).equals(",")) comma++;
        if (comma >= v.n || comma == from) return null;
        int subjectEnd = nounPhraseRight(v, comma + 1, false);
        String next = v.pos(v.skipAdverbs(subjectEnd));
        if (subjectEnd == comma + 1 || !(next.equals("VERB") || next.equals("AUX"))) return null;
        return v.attribution(i, i + 1, cue, v.span(comma + 1, subjectEnd), new Content(List.of(v.span(from, comma)), false), null);
    }

    /** A description opening at token k: "a lawyer", "the group's founder", "Smith's deputy". */
    private static boolean describes(SentenceView v, int k) {
        String p = v.pos(k);
        return p.equals("DET") || p.equals("ADJ") || p.equals("NOUN") || p.equals("PROPN");
    }

    /** The relative pronoun opening the clause whose subject ends right before cue i ("which the minister called"), or -1. */
    private static int relativeObject(SentenceView v, int i) {
        int b = i - 1;
        while (b >= 0 && (v.isAdverb(b) || v.pos(b).equals("AUX"))) b--;
        int start = NounPhrases.nounPhraseLeft(v, b);
        // not "in which he called": the pronoun is the preposition's
        return start <= b && RELATIVE_PRONOUNS.contains(v.lower(start - 1)) && !v.preposition(start - 2) ? start - 1 : -1;
    }

    /** A quote or a colon right after token i, or a quote closed just before it and its subject. */
    private static boolean besideQuote(SentenceView v, int i) {
        if (v.opensQuote(i + 1) || v.text(i + 1).equals(":") || v.text(i + 1).equals(",") && v.opensQuote(i + 2)) return true;
        int b = i - 1;
        if (v.head(b)) b = NounPhrases.nounPhraseLeft(v, b) - 1;
        if (v.text(b).equals(",")) b--;
        return v.closesQuote(b) || b < 0 && quoteEndsBefore(v, v.start(0)) >= 0;
    }

}
