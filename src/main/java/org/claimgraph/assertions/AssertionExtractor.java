package org.claimgraph.assertions;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.claimgraph.actors.ActorResolver;

import org.claimgraph.doc.Assertion;
import org.claimgraph.doc.Document;
import org.claimgraph.doc.Factuality;
import org.claimgraph.doc.Mention;
import org.claimgraph.doc.MentionType;
import org.claimgraph.doc.Sentence;
import org.claimgraph.doc.Span;
import org.claimgraph.doc.TextRef;
import org.claimgraph.doc.Token;
import org.claimgraph.doc.ZoneKind;
import org.claimgraph.pipeline.Component;

/**
 * Who said what, to whom, when, with which numbers: fills {@link Document#assertions()} from the
 * sentences' tokens, and adds DATE and NUMBER mentions for the dates and figures it reads.
 *
 * <p>Sources resolve by {@link SourceResolver}. The statement date is a date expression of the cue's sentence outside the
 * content, resolved against the publication date (forward for a future report); an assertion without
 * one takes the publication date, marked "publication".
 * Reader comments give assertions in zone COMMENT; boilerplate, bylines and datelines give none.
 * Stateless: one instance serves many threads.
 */
public final class AssertionExtractor implements Component {
    /** Resolves descriptions by the roles the document gave ("a department head", "the Kremlin leader"); may be null. */
    private final ActorResolver descriptions;

    /** Without the actor stage's descriptions: sources resolve by mentions, pronouns and nearby speakers only. */
    public AssertionExtractor() {
        this(null);
    }

    /** {@code descriptions}: the pipeline's actor resolver, which ran before this stage on the same document. */
    public AssertionExtractor(ActorResolver descriptions) {
        this.descriptions = descriptions;
    }

    @Override
    public void process(Document doc) {
        String text = doc.text();
        Quotes quotes = new Quotes(text);
        List<Sentence> sentences = doc.sentences();
        List<List<Mention>> actorsBySentence = actorsBySentence(doc);
        Marks marks = datesAndFigures(doc);
        List<Sentence> units = SentenceRepair.units(text, sentences);
        List<Attribution> found = attributions(new AttributionFinder(text, quotes), units, sentences, marks, actorsBySentence);
        attachQuoteContinuations(text, found, units, quotes);

        ActorIndex actors = new ActorIndex(doc);
        SourceResolver sources = new SourceResolver(doc, actors, descriptions, quotes);
        for (Attribution a : found) {
            Assertion assertion = assertion(doc, a, sources.resolve(a), actors, quotes);
            statementDate(doc, a, marks.dates().get(ActorIndex.sentenceAt(sentences, a.cue.start())), assertion);
            fillContent(doc, a, assertion, actorsBySentence, marks.figures());
            doc.assertions().add(assertion);
        }
    }

    /** Each sentence's date expressions (and their spans) and figures; none in a zone that gives no assertions. */
    private record Marks(List<List<DateExpressions.Found>> dates, List<List<Span>> dateSpans, List<List<Quantities.Found>> figures) {}

    /** Finds each sentence's dates and figures, and adds them to the document as mentions. */
    private static Marks datesAndFigures(Document doc) {
        String text = doc.text();
        List<Sentence> sentences = doc.sentences();
        Marks marks = new Marks(new ArrayList<>(sentences.size()), new ArrayList<>(sentences.size()), new ArrayList<>(sentences.size()));
        Set<String> known = new HashSet<>();
        for (Mention m : doc.mentions()) if (!m.type().isActor()) known.add(m.type() + "@" + m.span());
        for (Sentence s : sentences) {
            if (!extractable(s.zone())) {
                marks.dates().add(List.of());
                marks.figures().add(List.of());
                marks.dateSpans().add(List.of());
                continue;
            }
            List<DateExpressions.Found> dates = DateExpressions.find(text, s.span().start(), s.span().end(), doc.published());
            List<Span> dateSpans = new ArrayList<>(dates.size());
            for (DateExpressions.Found d : dates) {
                dateSpans.add(d.span());
                addMention(doc, known, d.span(), MentionType.DATE, s.index());
            }
            List<Quantities.Found> figures = Quantities.find(text, s.tokens(), 0, s.tokens().size(), dateSpans);
            for (Quantities.Found f : figures) addMention(doc, known, f.number(), MentionType.NUMBER, s.index());
            marks.dates().add(dates);
            marks.figures().add(figures);
            marks.dateSpans().add(dateSpans);
        }
        Quantities.resolveReferences(marks.figures(), doc.published());
        return marks;
    }

    /** The attributions of every unit (a sentence, or sentences a quote joins) of an extractable zone. */
    private static List<Attribution> attributions(AttributionFinder finder, List<Sentence> units, List<Sentence> sentences, Marks marks,
                                                  List<List<Mention>> actorsBySentence) {
        List<Attribution> found = new ArrayList<>();
        for (Sentence unit : units) {
            if (!extractable(unit.zone())) continue;
            List<Span> dateSpans = new ArrayList<>();
            List<Span> names = new ArrayList<>();
            for (int k = unit.index(); k < sentences.size() && sentences.get(k).span().start() < unit.span().end(); k++) {
                dateSpans.addAll(marks.dateSpans().get(k));
                for (Mention m : actorsBySentence.get(k)) names.add(m.span());
            }
            found.addAll(finder.find(unit, dateSpans, names));
        }
        return found;
    }

    /** The assertion of an attribution, with its resolved source, cue, content parts, zone and addressee. */
    private static Assertion assertion(Document doc, Attribution a, SourceResolver.Resolved who, ActorIndex actors, Quotes quotes) {
        String text = doc.text();
        Sentence s = doc.sentences().get(a.sentence);
        TextRef source = a.source == null ? null : new TextRef(a.source, a.source.of(text), who.entity());
        TextRef cue = new TextRef(a.cue, a.cue.of(text), null);
        List<TextRef> parts = new ArrayList<>();
        for (Span p : a.content) parts.add(new TextRef(p, p.of(text), null));
        ZoneKind zone = s.zone() == ZoneKind.COMMENT ? ZoneKind.COMMENT : s.zone() == ZoneKind.TITLE ? ZoneKind.TITLE : ZoneKind.BODY;
        boolean direct = a.direct || mostlyQuoted(text, a, quotes);
        Assertion assertion = new Assertion(doc.assertions().size(), a.sentence, zone, source, cue, parts, direct);
        assertion.setFactuality(a.factuality);
        assertion.setClaimantWords(who.words());
        if (a.addressee != null) {
            assertion.setAddressee(new TextRef(a.addressee, a.addressee.of(text), actors.overlapping(a.addressee)));
        }
        return assertion;
    }

    /** Content that is mostly verbatim ("Those who left “can't be allowed to ... in Syria”") is a direct quote. */
    private static boolean mostlyQuoted(String text, Attribution a, Quotes quotes) {
        int words = 0, quoted = 0;
        for (Span part : a.content) {
            boolean inWord = false;
            for (int k = part.start(); k < part.end(); k++) {
                boolean letter = Character.isLetterOrDigit(text.charAt(k));
                if (letter && !inWord) {
                    words++;
                    if (quotes.at(k) >= 0) quoted++;
                }
                inWord = letter;
            }
        }
        return words > 0 && quoted * 2 > words;
    }

    private static boolean extractable(ZoneKind zone) {
        return zone == ZoneKind.BODY || zone == ZoneKind.TITLE || zone == ZoneKind.COMMENT;
    }

    private static void addMention(Document doc, Set<String> known, Span span, MentionType type, int sentence) {
        if (known.add(type + "@" + span)) doc.mentions().add(new Mention(span, span.of(doc.text()), type, sentence));
    }

    private static List<List<Mention>> actorsBySentence(Document doc) {
        List<List<Mention>> by = new ArrayList<>(doc.sentences().size());
        for (int i = 0; i < doc.sentences().size(); i++) by.add(new ArrayList<>());
        for (Mention m : doc.mentions()) {
            if (m.type().isActor() && m.entity() != null && m.sentence() >= 0 && m.sentence() < by.size()) by.get(m.sentence()).add(m);
        }
        for (List<Mention> l : by) l.sort((x, y) -> x.span().compareTo(y.span()));
        return by;
    }

    /**
     * A sentence that opens with a quote and has no attribution of its own continues the quote
     * attributed in the sentence just before it ("“...,” he said. “More of the quote.”"), also when what
     * came before the source was reported speech ("The talks may fail, the minister said. “We are far
     * apart.”"). After an indirect attribution whose content follows its cue in the same paragraph, the
     * quote becomes an assertion of its own by the same source ("Okafor stressed that ... “There were
     * almost 9,000 patrols.”").
     */
    private static void attachQuoteContinuations(String text, List<Attribution> found, List<Sentence> units, Quotes quotes) {
        List<Attribution> added = new ArrayList<>();
        int next = 0;
        Attribution open = null;
        int lastCovered = -1;
        for (int u = 0; u < units.size(); u++) {
            Sentence s = units.get(u);
            Attribution last = null;
            while (next < found.size() && found.get(next).sentence == s.index()) last = quoteHolder(last, found.get(next++));
            if (last != null) {
                open = last.source != null ? last : null;
                lastCovered = u;
                continue;
            }
            if (open == null || u != lastCovered + 1) {
                open = null;
                continue;
            }
            Token first = s.tokens().get(0);
            int q = Quotes.isMark(first.text()) ? quotes.openedAt(first.span().start()) : -1;
            boolean sameParagraph = text.lastIndexOf('\n', first.span().start()) < open.cue.start();
            // "The talks may fail, the minister said. “We are far apart.”": what follows the source continues it
            boolean trailing = open.contentEnd() <= open.cue.start() && sameParagraph;
            if (open.contentCovers(first.span().start()) || open.contentCovers(s.span().end() - 1)) {
                lastCovered = u;
            } else if (q >= 0 && (open.direct || trailing) && !covered(found, quotes.start(q))) {
                open.content.addAll(quotes.segments(q));
                lastCovered = u;
            } else if (q >= 0 && !open.direct && !covered(found, quotes.start(q)) && sameParagraph) {
                Attribution reported = open;
                open = new Attribution(s.index(), open.cueStart, open.cueEnd, open.cue, open.source,
                        quotes.segments(q), true, open.addressee);
                open.factuality = reported.factuality;
                added.add(open);
                lastCovered = u;
            } else {
                open = null;
            }
        }
        if (!added.isEmpty()) {
            found.addAll(added);
            found.sort((x, y) -> Integer.compare(x.sentence, y.sentence)); // stable: keeps cue order within a sentence
        }
    }

    /**
     * Of a sentence's attributions so far ({@code held}) and the next one, the one a following quote may
     * continue: "“...,” he said, referring to the country's official name. “...”" goes on with "said", a
     * quote's own report, not with the participle after it.
     */
    private static Attribution quoteHolder(Attribution held, Attribution next) {
        return held != null && held.direct && !next.direct && held.source != null ? held : next;
    }

    private static boolean covered(List<Attribution> found, int offset) {
        for (Attribution a : found) if (a.contentCovers(offset)) return true;
        return false;
    }

    // ---------------------------------------------------------------- date, figures, actors

    private static void statementDate(Document doc, Attribution a, List<DateExpressions.Found> dates, Assertion out) {
        DateExpressions.Found best = null;
        int distance = Integer.MAX_VALUE;
        for (DateExpressions.Found d : dates) {
            if (a.contentCovers(d.span().start()) || d.iso() == null) continue;
            int dist = Math.abs(d.span().start() - a.cue.start());
            if (dist < distance) {
                best = d;
                distance = dist;
            }
        }
        if (best != null) {
            // "will tell parliament on Tuesday": the coming Tuesday
            out.setDate(a.factuality.time() == Factuality.Time.FUTURE ? best.ahead() : best.iso(), best.how());
        } else if (doc.published() != null) {
            // news reports what was said shortly before it was published: no assertion of a dated article goes undated
            out.setDate(doc.published(), "publication");
        }
    }

    private static void fillContent(Document doc, Attribution a, Assertion out, List<List<Mention>> actorsBySentence,
                                    List<List<Quantities.Found>> figuresBySentence) {
        Set<String> about = new LinkedHashSet<>();
        List<Sentence> sentences = doc.sentences();
        for (int k = ActorIndex.sentenceAt(sentences, a.contentStart()); k < sentences.size(); k++) {
            Sentence s = sentences.get(k);
            if (s.span().end() <= a.contentStart()) continue;
            if (s.span().start() >= a.contentEnd()) break;
            for (Span part : a.content) {
                if (!part.overlaps(s.span())) continue;
                for (Quantities.Found f : figuresBySentence.get(s.index())) {
                    if (part.contains(f.number())) out.quantities().add(f.quantity());
                }
                for (Mention m : actorsBySentence.get(s.index())) if (part.contains(m.span())) about.add(m.entity());
                out.relations().addAll(ClaimedRelations.find(doc.text(), s, actorsBySentence.get(s.index()), part));
            }
        }
        out.about().addAll(about);
    }
}
