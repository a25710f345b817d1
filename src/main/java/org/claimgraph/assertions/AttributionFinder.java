package org.claimgraph.assertions;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.claimgraph.assertions.ReportingLexicon.Frame;
import org.claimgraph.doc.Sentence;
import org.claimgraph.doc.Span;
import org.claimgraph.doc.Token;

/**
 * Finds the attributions of one sentence from its tokens' UD tags and lemmas: a reporting cue, the
 * noun phrase naming its source (before the cue, or after it in "..., said the official"), and the
 * content (the clause after the cue, or the clause or quote before the source when the sentence ends
 * with the attribution). Quotes come from {@link Quotes}, so content may run over sentences.
 */
final class AttributionFinder {
    private static final Set<String> WH = Set.of("what", "who", "whom", "whose", "which", "that", "whatever", "whoever");
    private static final Set<String> POSSESSIVE_PRONOUNS = Set.of("his", "her", "its", "their", "our", "my", "your");
    private static final Set<String> NP_INNER_ADP = Set.of("of", "for", "at", "in", "from", "on");
    /** Prepositions that open a phrase between a cue and its content ("said in an interview with X that"). */
    private static final Set<String> CUE_PREPS = Set.of("in", "at", "on", "to", "with", "during", "after", "before",
            "from", "via", "over", "through", "earlier", "later", "late");
    /** Prepositions whose phrase names whom the speaker addressed, or where. */
    private static final Set<String> VENUE_PREPS = Set.of("to", "with", "at");
    private static final Set<String> CONTENT_OPENERS = Set.of("that", "whether", "if", "how", "why", "what", "when",
            "where", "who", "which");
    /** Verbs that join a subject to an attitude: "is worried", "remains skeptical", "seemed confident". */
    private static final Set<String> COPULAS = Set.of("be", "remain", "seem", "appear", "feel", "become", "grow", "stay");
    private static final Set<String> STANCE_PREPS = Set.of("about", "of", "over", "that", "on");
    private static final Set<String> VENUE_VERBS = Set.of("speak", "talk", "address", "testify", "write");
    private static final Set<String> ADDRESSING_VERBS = Set.of("warn", "promise", "urge", "assure");

    private final String text;
    private final Quotes quotes;

    AttributionFinder(String text, Quotes quotes) {
        this.text = text;
        this.quotes = quotes;
    }

    /** The attributions of sentence s; {@code dates} are its date expressions (skipped between cue and content). */
    List<Attribution> find(Sentence s, List<Span> dates) {
        View v = new View(s, dates);
        List<Attribution> out = new ArrayList<>();
        for (int i = 0; i < v.n; i++) {
            Attribution a;
            if (v.lower(i).equals("according") && v.lower(i + 1).equals("to")) a = accordingTo(v, i);
            else if (v.text(i).equals(":") || isDash(v.text(i)) && v.opensQuote(i + 1)) a = headlineColon(v, i);
            else if (isDash(v.text(i)) && markBefore(v.start(i)) >= 0) a = quoteThenDash(v, i);
            else if (v.pos(i).equals("NOUN") && ReportingLexicon.NOUNS.contains(v.lemma(i))) a = nounCue(v, i);
            else if (ReportingLexicon.STANCE_ADJECTIVES.contains(v.lower(i)) && !v.pos(i).equals("NOUN")) a = stanceAdjective(v, i);
            else a = verbCue(v, i, out);
            if (a != null && !firstPersonInsideQuote(v, a)) out.add(a);
        }
        Span venue = openingVenue(v);
        for (Attribution a : out) {
            if (a.addressee == null && venue != null && a.cue.start() > venue.end()) a.addressee = venue;
        }
        cutAtLaterAttributions(v, out);
        return out;
    }

    /**
     * "The ministry believes that X, a department head told Le Monde": a clause running into an
     * attribution that reports it ends before that attribution's source.
     */
    private static void cutAtLaterAttributions(View v, List<Attribution> out) {
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
     * "I think", "you know" inside a quote are the quoted speaker's own hedges: the quote is already
     * the speaker's assertion.
     */
    private boolean firstPersonInsideQuote(View v, Attribution a) {
        if (a.source == null || quotes.at(a.cue.start()) < 0) return false;
        String s = a.source.of(text).toLowerCase(Locale.ROOT);
        return s.equals("i") || s.equals("we") || s.equals("you");
    }

    /**
     * A noun of saying with a "that" clause: "Trump's claim that ...", "the warning by officials that
     * ...". The source is the possessor or the "by" phrase; many such cues name none.
     */
    private Attribution nounCue(View v, int i) {
        int j = i + 1;
        Span source = null;
        if (v.lower(j).equals("by") || v.lower(j).equals("from")) {
            int end = nounPhraseRight(v, j + 1, false);
            if (end == j + 1) return null;
            source = v.span(j + 1, end);
            j = end;
        }
        if (!v.lower(j).equals("that") || !v.pos(j).equals("SCONJ")) return null;
        if (source == null) {
            int k = i - 1;
            while (k >= 0 && (v.pos(k).equals("ADJ") || v.pos(k).equals("NOUN") && !v.isPossessive(k))) k--;
            if (k >= 0 && (v.isPossessive(k) || v.pos(k).equals("PRON") && POSSESSIVE_PRONOUNS.contains(v.lower(k)))) {
                int start = v.isPossessive(k) && v.text(k).length() <= 2 ? nounPhraseLeft(v, k - 1) : nounPhraseLeft(v, k);
                source = start <= k ? v.span(start, k + 1) : null;
            }
        }
        Content content = clauseRight(v, j, ReportingLexicon.Frame.CLAUSE);
        return content == null ? null : attribution(v, i, i + 1, v.span(i, i + 1), source, content, null);
    }

    /**
     * An attitude stated with a copula: "the senator is confident that ...", "voters remain worried about
     * the economy", "she has been critical of the plan". The subject is the source.
     */
    private Attribution stanceAdjective(View v, int i) {
        int j = i + 1;
        String next = v.lower(j);
        boolean clause = next.equals("that");
        if (!clause && !STANCE_PREPS.contains(next)) return null;
        int k = i - 1;
        while (k >= 0 && (isAdverb(v, k) || v.lower(k).equals("not"))) k--;
        if (!(v.pos(k).equals("AUX") || v.pos(k).equals("VERB")) || !COPULAS.contains(v.lemma(k))) return null;
        while (k >= 0 && (isAdverb(v, k) || v.lower(k).equals("not") || v.pos(k).equals("AUX") || COPULAS.contains(v.lemma(k)))) k--;
        int[] src = sourceLeft(v, k);
        if (src == null || v.pos(src[0]).equals("PRON") && WH.contains(v.lower(src[0]))) return null;
        Content content = clause ? clauseRight(v, j, Frame.CLAUSE) : clauseRight(v, j + 1, Frame.OBJECT);
        return content == null ? null : attribution(v, i, i + 1, v.span(i, i + 1), v.span(src[0], src[1]), content, null);
    }

    /** "Speaking to Russia's Defense Ministry Board ..., X said": whom the speaker addressed. */
    private Span openingVenue(View v) {
        for (int k = 0; k < v.n && k < 12; k++) {
            if (!(v.pos(k).equals("VERB") && v.lower(k).endsWith("ing") && VENUE_VERBS.contains(v.lemma(k)))) continue;
            if (k > 0 && !Set.of("–", "—", "-", ",").contains(v.text(k - 1))) return null;
            int np = v.lemma(k).equals("address") ? k + 1 : VENUE_PREPS.contains(v.lower(k + 1)) || v.lower(k + 1).equals("before") ? k + 2 : -1;
            if (np < 0) return null;
            int end = nounPhraseRight(v, np, false);
            return end > np ? v.span(np, end) : null;
        }
        return null;
    }

    /** A sentence's tokens with the small queries the rules ask of them. */
    private final class View {
        final Sentence sentence;
        final List<Token> t;
        final int n;
        final List<Span> dates;
        private final String[] tags;
        private final String[] lemmas;
        /** A headline in title case ("Senator Says Plan Will Fail"), where the tagger reads most words as names. */
        final boolean titled;

        View(Sentence sentence, List<Span> dates) {
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
            for (int i = 0; i < n; i++) lemmas[i] = repairedLemma(i);
            for (int i = 0; i < n; i++) tags[i] = repairedTag(i);
        }

        /**
         * "condemned" left as its own lemma, "endorsed" lemmatized "endors", "Warns" in a headline: the
         * reporting verb the word is a form of, when there is one.
         */
        private String repairedLemma(int i) {
            String lemma = t.get(i).lemma();
            String w = t.get(i).text().toLowerCase(Locale.ROOT);
            if (!(tags[i].equals("VERB") || titled) || ReportingLexicon.frame(lemma) != null) return lemma;
            for (String suffix : new String[] {"d", "ed", "s", "es"}) {
                if (!w.endsWith(suffix) || w.length() <= suffix.length() + 2) continue;
                String stem = w.substring(0, w.length() - suffix.length());
                if (ReportingLexicon.frame(stem) != null) return stem;
            }
            return lemma;
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
            String p = tags[i];
            String w = t.get(i).text();
            if (p.equals("NOUN") && verbAfterNoun(i)) return "VERB";
            // "Senator Warns Of ...": in a headline, a reporting verb in -s after its subject
            if (titled && i > 0 && w.endsWith("s") && ReportingLexicon.frame(lemmas[i]) != null
                    && (tags[i - 1].equals("NOUN") || tags[i - 1].equals("PROPN"))) return "VERB";
            if (!(p.equals("VERB") || p.equals("ADV")) || w.isEmpty() || !Character.isUpperCase(w.charAt(0))
                    || ReportingLexicon.frame(t.get(i).lemma()) != null) return p;
            if (w.endsWith("’s") || w.endsWith("'s")) return "PROPN";
            String next = i + 1 < n ? tags[i + 1] : "";
            if (next.equals("VERB") || next.equals("AUX")) return "PROPN";
            if (next.equals("NOUN") || next.equals("PROPN")) return "ADJ";
            return p;
        }

        /**
         * "the poll shows that ...", "a study finds the ...": a reporting verb in -s the tagger took for a
         * plural noun, after a common noun and before a clause or a noun phrase.
         */
        private boolean verbAfterNoun(int i) {
            String w = t.get(i).text().toLowerCase(Locale.ROOT);
            String lemma = lemmas[i];
            boolean reporting = ReportingLexicon.frame(lemma) != null || ReportingLexicon.SPEAK_VERBS.contains(lemma);
            if (i == 0 || i + 1 >= n || !reporting || isPossessive(i - 1)) return false;
            String before = tags[i - 1];
            if (!(before.equals("NOUN") || before.equals("PROPN") || before.equals("PRON") && !POSSESSIVE_PRONOUNS.contains(lower(i - 1)))) return false;
            // "spoke", "wrote": a form no noun has, the lemma being neither the word nor its plural
            if (!w.equals(lemma) && !w.equals(lemma + "s") && !w.equals(lemma + "es") && !w.endsWith("ies") && !w.endsWith("ing")) return true;
            if (!w.endsWith("s")) return false;
            String next = tags[i + 1];
            String nextWord = t.get(i + 1).text().toLowerCase(Locale.ROOT);
            // "the campaign plans to ...": an infinitive after the -s form
            if (nextWord.equals("to")) return i + 2 < n && tags[i + 2].equals("VERB");
            // "“...,” the report says.": the -s form ending the sentence
            if (before.equals("NOUN") && onlyPunctuationFrom(i + 1)) return true;
            return before.equals("NOUN") && (nextWord.equals("that") || next.equals("DET") || next.equals("NUM") || next.equals("PROPN"));
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

        boolean opensQuote(int i) { return i >= 0 && i < n && Quotes.isMark(text(i)) && quotes.openedAt(start(i)) >= 0; }
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

        boolean isPossessive(int i) {
            if (i >= 0 && i < n && t.get(i).pos().endsWith("+PART")) return true;
            String w = text(i);
            if (w.endsWith("’s") && w.length() > 2 && pos(i).equals("PROPN")) return true;
            return w.equals("'s") || w.equals("’s") || w.equals("'") || w.equals("’");
        }

        boolean onlyPunctuationFrom(int i) {
            for (int k = i; k < n; k++) if (!pos(k).equals("PUNCT") && !pos(k).equals("SYM")) return false;
            return true;
        }

        /** Reporting verb in the participle after a comma: ", adding that ...". */
        boolean participleCue(int i) {
            return pos(i).equals("VERB") && lower(i).endsWith("ing") && ReportingLexicon.frame(lemma(i)) != null;
        }
    }

    // ---------------------------------------------------------------- cues

    private Attribution verbCue(View v, int i, List<Attribution> earlier) {
        if (!v.pos(i).equals("VERB")) return null;
        String lemma = v.lemma(i);
        Frame frame = ReportingLexicon.frame(lemma);
        int cueEnd = i + 1;
        boolean speakOf = false;
        boolean figure = false;
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
        } else if (lemma.equals("call") && characterizes(v, nounPhraseRight(v, i + 1, false), i + 1)) {
            // "called the holiday “a celebration of ...”", "called the vote a mistake": a characterization
            frame = Frame.OBJECT;
        } else if (lemma.equals("see") && v.lower(nounPhraseRight(v, i + 1, false)).equals("as") && v.nominal(i + 1)) {
            // "sees the vote as a test": a view of something
            frame = Frame.OBJECT;
        } else if (lemma.equals("put") && putsAFigure(v, i)) {
            frame = Frame.OBJECT;
            figure = true;
        }
        if (ReportingLexicon.SPEAK_VERBS.contains(lemma)) {
            int j = skipAdverbs(v, cueEnd);
            if (v.lower(j).equals("of") || v.lower(j).equals("about")) {
                speakOf = true;
                frame = Frame.OBJECT;
            }
        }
        if (frame == null) return null;
        int before = i - 1;
        while (before >= 0 && (isAdverb(v, before) || v.lower(before).equals("not") || v.pos(before).equals("AUX") || v.pos(before).equals("PART")
                && !v.lower(before).equals("to"))) {
            // a passive ("is expected", "was told"): the subject is what is reported, not who reports
            if (v.pos(before).equals("AUX") && (v.lemma(before).equals("be") || v.lemma(before).equals("get"))
                    && !v.lower(i).endsWith("ing")) return passive(v, i, cueEnd, frame);
            before--;
        }
        if (v.lower(before).equals("to")) {
            // "appeared to suggest that", "went on to say": the subject of the verb governing the infinitive
            int governing = before - 1;
            while (governing >= 0 && (isAdverb(v, governing) || v.pos(governing).equals("ADP") && v.lower(governing).equals("on"))) governing--;
            if (!v.pos(governing).equals("VERB") || !opensContent(v, skipAdverbs(v, cueEnd))) return null;
            before = governing - 1;
            while (before >= 0 && (isAdverb(v, before) || v.pos(before).equals("AUX") || v.pos(before).equals("PART"))) before--;
        }
        Span cue = v.span(i, cueEnd);

        // "..., said the official" / "“...,” says Smith"
        boolean afterComma = v.text(before).equals(",") || v.closesQuote(before) || before < 0 && quoteEndsBefore(v.start(i)) >= 0;
        int j = skipAdverbs(v, cueEnd);
        if (afterComma && frame != Frame.ADDRESSEE && frame != Frame.INTENTION && !speakOf && !figure && !v.participleCue(i)) {
            int srcEnd = nounPhraseRight(v, j, true);
            // "said Peter Morgan, a lawyer, who has fought the industry for years."
            if (srcEnd > j && v.text(srcEnd).equals(",") && v.lower(srcEnd + 1).equals("who")) {
                int k = srcEnd + 2;
                while (k < v.n && !v.text(k).equals(",") && !v.onlyPunctuationFrom(k)) k++;
                if (k >= v.n || v.onlyPunctuationFrom(k)) srcEnd = k;
            }
            int after = srcEnd > j ? skipPhrasesOfTimeAndPlace(v, srcEnd) : j;
            boolean joined = v.text(after).equals(",") && v.opensQuote(after + 1);
            // after a quote, "said X" names the speaker whatever follows ("“...,” said O'Neill, on his first day")
            boolean afterQuote = v.closesQuote(before) || v.text(before).equals(",") && v.closesQuote(before - 1);
            if (srcEnd > j && (afterQuote || v.onlyPunctuationFrom(after) || joined || v.text(after).equals(",") && v.participleCue(after + 1))) {
                Content left = leftContent(v, before + 1);
                if (left != null) {
                    if (joined && left.direct) left = joinQuotes(left, quoteContent(v, after + 1));
                    return attribution(v, i, cueEnd, cue, v.span(j, srcEnd), left, null);
                }
            }
        }

        // the source: the noun phrase before the cue, or the source of the cue this one continues
        Span source;
        int sourceStart;
        int[] src = null;
        Attribution previous = earlier.isEmpty() ? null : earlier.get(earlier.size() - 1);
        boolean continues = v.pos(before).equals("CCONJ") || v.text(before).equals(",") && v.participleCue(i);
        if (continues && previous != null && previous.source != null) {
            source = previous.source;
            sourceStart = before + 1;
        } else if ((src = sourceLeft(v, before)) != null
                || v.participleCue(i) && v.text(before).equals(",") && (src = subjectBefore(v, before)) != null) {
            source = v.span(src[0], src[1]);
            sourceStart = src[0];
        } else if (ReportingLexicon.EVIDENCE_VERBS.contains(lemma) && (src = evidenceSubject(v, before)) != null) {
            source = v.span(src[0], src[1]);
            sourceStart = src[0];
        } else {
            return null;
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
            if (!infinitiveAt(v, j) && !(v.nominal(j) && infinitiveAt(v, nounPhraseRight(v, j, false)))) return null;
            Content aim = clauseRight(v, j, Frame.CLAUSE, true);
            return aim == null ? null : attribution(v, i, cueEnd, cue, source, aim, null);
        }

        // between cue and content: the addressee, phrases of time and place
        Span addressee = null;
        boolean addressing = frame == Frame.ADDRESSEE || ADDRESSING_VERBS.contains(lemma) && v.head(j);
        if (!speakOf && !figure && addressing && !CONTENT_OPENERS.contains(v.lower(j)) && v.nominal(j)) {
            int end = nounPhraseRight(v, j, false);
            int after = skipAdverbs(v, end);
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
        if (speakOf) j++;

        // the content: a quote after the cue, a clause after it, or what came before the source
        int quoteMark = -1;
        if (v.opensQuote(j)) quoteMark = j;
        else if ((v.text(j).equals(",") || v.text(j).equals(":")) && v.opensQuote(j + 1)) quoteMark = j + 1;
        else if (v.lower(j).equals("that") && (v.text(j + 1).equals(":") && v.opensQuote(j + 2))) quoteMark = j + 2;
        else if (v.lower(j).equals("that") && v.opensQuote(j + 1)) quoteMark = j + 1;
        // a quote closed just before the source is what this cue reports
        // an object-taking cue ("opposes the deal") reports what follows it, never what precedes
        boolean objectCue = frame == Frame.OBJECT;
        Content left = objectCue || sourceStart == 0 ? null : leftContent(v, sourceStart);
        if (quoteMark >= 0) {
            int q = quotes.openedAt(v.start(quoteMark));
            List<Span> parts = new ArrayList<>();
            if (left != null && left.direct && v.text(j).equals(",")) parts.addAll(left.parts);
            // a quote inside the clause ("said that “...” and ...") is content only up to the clause's end
            if (quotes.start(q) > v.start(quoteMark) + 1 || !endsClauseAfter(v, quoteMark)) {
                Content clause = clauseRight(v, j, frame);
                if (clause == null) return null;
                return attribution(v, i, cueEnd, cue, source, clause, addressee);
            }
            parts.addAll(quotes.segments(q));
            return attribution(v, i, cueEnd, cue, source, new Content(parts, true), addressee);
        }
        if (left != null && (left.direct || left.quoted)) return attribution(v, i, cueEnd, cue, source, left, addressee);
        if (left == null && !objectCue && v.text(j).equals(",") && v.text(sourceStart - 1).equals(",")) {
            Content around = parenthetical(v, sourceStart - 1, j);
            if (around != null) return attribution(v, i, cueEnd, cue, source, around, addressee);
        }
        if (j >= v.n || v.onlyPunctuationFrom(j) || v.text(j).equals(",") || v.text(j).equals(";")
                || v.text(j).equals("–") || v.text(j).equals("—")) {
            if (sourceStart == 0 && !objectCue) left = leftContent(v, 0);
            return left == null ? null : attribution(v, i, cueEnd, cue, source, left, addressee);
        }
        if (v.text(j).equals(":")) j++;
        Content clause = clauseRight(v, j, frame, ReportingLexicon.INFINITIVE.contains(lemma));
        if (clause == null || figure && !containsNumber(v, j)) return null;
        return attribution(v, i, cueEnd, cue, source, clause, addressee);
    }

    /**
     * A reporting verb in the passive, with the subject before its auxiliaries: "was endorsed by the
     * union" (the agent is the source, the subject the content); "is expected to win", "was accused of
     * lying" (no source; the subject and what follows are the content); "it is believed that ..." (no
     * source; the clause is the content).
     */
    private Attribution passive(View v, int i, int cueEnd, Frame frame) {
        if (frame == Frame.INTENTION || frame == Frame.ADDRESSEE) return null;
        int k = i - 1;
        while (k >= 0 && (isAdverb(v, k) || v.lower(k).equals("not") || v.pos(k).equals("AUX") || v.pos(k).equals("PART"))) k--;
        int[] subject = sourceLeft(v, k);
        if (subject == null || v.pos(subject[0]).equals("PRON") && WH.contains(v.lower(subject[0]))) return null;
        Span cue = v.span(i, cueEnd);
        Span subjectSpan = v.span(subject[0], subject[1]);
        int j = skipAdverbs(v, cueEnd);
        if (v.lower(j).equals("by")) {
            int end = nounPhraseRight(v, j + 1, false);
            if (end == j + 1 || v.isDate(j + 1)) return null;
            return attribution(v, i, cueEnd, cue, v.span(j + 1, end), new Content(List.of(subjectSpan), false), null);
        }
        boolean expletive = subject[1] - subject[0] == 1 && v.lower(subject[0]).equals("it");
        if (expletive) {
            Content clause = v.lower(j).equals("that") && frame != Frame.OBJECT ? clauseRight(v, j, Frame.CLAUSE) : null;
            return clause == null ? null : attribution(v, i, cueEnd, cue, null, clause, null);
        }
        Content rest = null;
        if (infinitiveAt(v, j) && frame != Frame.OBJECT) rest = clauseRight(v, j, Frame.CLAUSE, true);
        else if (frame == Frame.OBJECT && (v.lower(j).equals("of") || v.lower(j).equals("for"))) rest = clauseRight(v, j + 1, Frame.OBJECT);
        if (rest == null) return null;
        List<Span> parts = new ArrayList<>();
        parts.add(subjectSpan);
        parts.addAll(rest.parts());
        return attribution(v, i, cueEnd, cue, null, new Content(parts, false), null);
    }

    /**
     * "The museum, he said, would make visitors face hard truths": an attribution set between commas
     * inside the clause it reports. The content is the clause around it, in two parts.
     */
    private Content parenthetical(View v, int commaBefore, int commaAfter) {
        int first = firstWord(v);
        if (commaBefore <= first || v.closesQuote(commaBefore - 1)) return null;
        for (int k = first; k < commaBefore; k++) {
            // a sentence of its own before the attribution is no part of one clause with what follows
            if (v.text(k).equals(";") || v.text(k).equals(":")) return null;
        }
        int end = v.n;
        for (int k = commaAfter + 1; k < v.n; k++) {
            if (v.text(k).equals(";") || secondCue(v, k)) {
                end = k;
                break;
            }
        }
        while (end > commaAfter + 1 && (v.pos(end - 1).equals("PUNCT") || v.pos(end - 1).equals("SYM"))) end--;
        if (end <= commaAfter + 1) return null;
        boolean verb = false;
        for (int k = first; k < end; k++) verb |= v.pos(k).equals("VERB") || v.pos(k).equals("AUX");
        if (!verb) return null;
        return new Content(List.of(v.span(first, commaBefore), v.span(commaAfter + 1, end)), false);
    }

    private Attribution accordingTo(View v, int i) {
        int j = i + 2;
        int end = nounPhraseRight(v, j, true);
        if (i == firstWord(v)) end = Math.max(end, introductoryPhraseEnd(v, j));
        if (end == j) return null;
        Span cue = v.span(i, i + 2);
        Span source = v.span(j, end);
        Content content;
        if (v.text(end).equals(",") && !v.onlyPunctuationFrom(end + 1) && (i == 0 || leftContent(v, i) == null)) {
            content = clauseRight(v, end + 1, Frame.CLAUSE);
        } else {
            content = leftContent(v, i);
        }
        return content == null ? null : attribution(v, i, i + 2, cue, source, content, null);
    }

    /**
     * "According to a complaint filed by the agency, ...": opening the sentence, the source runs to the
     * comma that ends the introductory phrase (j when there is no such comma within a phrase's length).
     */
    private static int introductoryPhraseEnd(View v, int j) {
        for (int k = j; k < v.n && k < j + 25; k++) {
            if (v.text(k).equals(",")) return k > j && !v.onlyPunctuationFrom(k + 1) ? k : j;
            if (v.pos(k).equals("AUX") || v.pos(k).equals("PUNCT") && !v.abbreviationDot(k) && !v.text(k).equals("-")) return j;
        }
        return j;
    }

    /**
     * A speaker and a colon opening a line: headlines ("Russia's Chief Of Staff: U.S. Provided Aid To
     * IS") and transcripts ("PENCE: Well, ..."); or a speaker, a dash and a quote ("Jane Doe ― “...”").
     * The content runs to the end of the line.
     */
    private Attribution headlineColon(View v, int i) {
        // a transcript's paragraphs may each open with a quotation mark ("\"WALLACE: ...")
        int first = Quotes.isMark(v.text(0)) ? 1 : 0;
        if (i <= first || i > first + 6 || nounPhraseRight(v, first, false) != i) return null;
        int lineStart = v.start(0);
        if (lineStart > 0 && text.charAt(lineStart - 1) != '\n') return null;
        boolean named = false;
        for (int k = first; k < i; k++) named |= v.pos(k).equals("PROPN") || v.pos(k).equals("NOUN");
        if (!named) return null;
        Span speaker = v.span(first, i);
        if (v.opensQuote(i + 1)) return attribution(v, i, i + 1, v.span(i, i + 1), speaker, quoteContent(v, i + 1), null);
        if (i + 1 >= v.n) return null;
        int contentStart = v.start(i + 1);
        int lineEnd = text.indexOf('\n', contentStart);
        if (lineEnd < 0) lineEnd = text.length();
        while (lineEnd > contentStart && !Character.isLetterOrDigit(text.charAt(lineEnd - 1))) lineEnd--;
        if (lineEnd <= contentStart) return null;
        boolean verb = false;
        for (int k = i + 1; k < v.n; k++) verb |= v.pos(k).equals("VERB") || v.pos(k).equals("AUX");
        if (!verb && !(v.titled && v.n - i > 3)) return null;
        return attribution(v, i, i + 1, v.span(i, i + 1), speaker, new Content(List.of(new Span(contentStart, lineEnd)), false), null);
    }

    /** "“The most unqualified candidate ever.” ― Jane Doe": a quote signed after a dash at the end of a line. */
    private Attribution quoteThenDash(View v, int i) {
        int end = nounPhraseRight(v, i + 1, true);
        if (end == i + 1 || !v.onlyPunctuationFrom(end)) return null;
        int lineEnd = text.indexOf('\n', v.end(end - 1));
        if (lineEnd >= 0 && !text.substring(v.end(end - 1), lineEnd).isBlank()) return null;
        int mark = markBefore(v.start(i));
        int q = quotes.closedAt(mark);
        int lineStart = text.lastIndexOf('\n', mark) + 1;
        Content quote;
        if (q >= 0 && quotes.start(q) >= lineStart) {
            quote = new Content(quotes.segments(q), true);
        } else {
            // marks that pair up wrongly ("”..." opened with a closing mark): the signed line up to its last mark
            while (lineStart < mark && (Character.isWhitespace(text.charAt(lineStart)) || Quotes.isMark(text.substring(lineStart, lineStart + 1)))) lineStart++;
            if (lineStart >= mark) return null;
            quote = new Content(List.of(new Span(lineStart, mark)), true);
        }
        return attribution(v, i, i + 1, v.span(i, i + 1), v.span(i + 1, end), quote, null);
    }

    /** Offset of the quotation mark just before offset on the same line (over spaces), or -1. */
    private int markBefore(int offset) {
        int p = offset - 1;
        while (p >= 0 && (text.charAt(p) == ' ' || text.charAt(p) == '\t')) p--;
        return p >= 0 && Quotes.isMark(text.substring(p, p + 1)) ? p : -1;
    }

    private static boolean isDash(String token) {
        return token.equals("―") || token.equals("—") || token.equals("–");
    }

    private Content quoteContent(View v, int mark) {
        int q = quotes.openedAt(v.start(mark));
        return new Content(quotes.segments(q), true);
    }

    // ---------------------------------------------------------------- content

    /**
     * Content parts; {@code direct} when all of it is quoted; {@code quoted} when it ends in a quote of
     * at least a few words closed right before the source ("..., “...,” Putin told"), the surest sign that
     * the attribution reports what precedes it.
     */
    private record Content(List<Span> parts, boolean direct, boolean quoted) {
        Content(List<Span> parts, boolean direct) {
            this(parts, direct, false);
        }
    }

    /**
     * The clause after a cue, from token j to the end of the sentence, stopping before a second
     * attribution joined by a comma (", adding that", ", according to"). Null when it is no clause.
     */
    private Content clauseRight(View v, int j, Frame frame) {
        return clauseRight(v, j, frame, false);
    }

    /** With {@code infinitive}, "to act" is content too ("urged Congress to act"). */
    private Content clauseRight(View v, int j, Frame frame, boolean infinitive) {
        if (j >= v.n || v.lower(j).equals("to") && frame != Frame.OBJECT && !infinitive) return null;
        // "people accused of rape": a participle modifying a noun, not a report
        if (frame == Frame.OBJECT && v.pos(j).equals("ADP")) return null;
        // a clause lacks its subject when it opens with a verb ("what he said was ...")
        if (frame != Frame.OBJECT && (v.pos(j).equals("AUX") || v.pos(j).equals("VERB") && !v.lower(j).endsWith("ing"))) return null;
        int end = v.n;
        for (int k = j + 1; k < v.n; k++) {
            if (v.text(k).equals(";") || secondCue(v, k)) {
                end = k;
                break;
            }
        }
        while (end > j && (v.pos(end - 1).equals("PUNCT") || v.pos(end - 1).equals("SYM"))) end--;
        if (end <= j) return null;
        boolean verb = false, noun = false;
        for (int k = j; k < end; k++) {
            verb |= v.pos(k).equals("VERB") || v.pos(k).equals("AUX");
            noun |= v.head(k) || v.pos(k).equals("NUM");
        }
        // the tagger misses verbs in long clauses ("the spate of shootings demands that ..."): a long
        // clause with a noun is content too
        boolean longClause = noun && (end - j >= 6 || v.titled && end - j >= 2);
        if (!(frame == Frame.OBJECT ? noun : verb || longClause && frame != Frame.COGNITION)) return null;
        if (infinitive && v.lower(j).equals("to") && !v.pos(skipAdverbs(v, j + 1)).equals("VERB")) return null;
        if (frame == Frame.COGNITION && !CONTENT_OPENERS.contains(v.lower(j))) {
            // "believes the talks will fail", not "fears a threat"
            // or "expects prices to rise"
            int np = nounPhraseRight(v, j, false);
            int after = skipAdverbs(v, np);
            if (np == j || !(v.pos(after).equals("VERB") || v.pos(after).equals("AUX") || infinitiveAt(v, after))) return null;
        }
        return new Content(List.of(v.span(j, end)), false);
    }

    /**
     * A second attribution joined to the first at token k: ", adding that", ", according to",
     * "and added that".
     */
    private static boolean secondCue(View v, int k) {
        if (v.text(k).equals(",")) {
            return v.participleCue(k + 1) || v.lower(k + 1).equals("according") && v.lower(k + 2).equals("to");
        }
        if (v.pos(k).equals("CCONJ")) {
            int c = skipAdverbs(v, k + 1);
            return v.pos(c).equals("VERB") && ReportingLexicon.frame(v.lemma(c)) != null
                    && (v.lower(c + 1).equals("that") || v.text(c + 1).equals(":") || v.text(c + 1).equals(","));
        }
        return false;
    }

    /**
     * What an attribution at the end of a sentence reports: the quote closed just before token b
     * (however many sentences it runs over), or the sentence up to the comma before b.
     */
    private Content leftContent(View v, int b) {
        int p = b - 1;
        int closing = -1;
        boolean comma = false;
        while (p >= 0 && (v.text(p).equals(",") || v.closesQuote(p) || v.text(p).equals("—") || v.text(p).equals("–"))) {
            if (v.closesQuote(p) && closing < 0) closing = p;
            comma |= !v.closesQuote(p);
            p--;
        }
        if (closing >= 0) {
            int q = v.closedQuote(closing);
            int firstWord = firstWord(v);
            boolean words = wordCount(quotes.start(q), quotes.end(q)) >= 4;
            if (quotes.start(q) <= v.start(firstWord)) return new Content(quotes.segments(q), true, words);
            return p >= firstWord ? new Content(List.of(new Span(v.start(firstWord), quotes.end(q))), false, words) : null;
        }
        if (p < 0) {
            int q = b == 0 ? quoteEndsBefore(v.start(0)) : -1;
            return q >= 0 ? new Content(quotes.segments(q), true) : null;
        }
        if (!comma) return null;
        int first = firstWord(v);
        if (p < first) return null;
        boolean verb = false;
        for (int k = first; k <= p; k++) verb |= v.pos(k).equals("VERB") || v.pos(k).equals("AUX");
        if (!verb && !(v.titled && p - first >= 2)) return null;
        // a clause that is itself a quote, opened at the start of the sentence
        if (v.opensQuote(first - 1) && quotes.end(quotes.openedAt(v.start(first - 1))) >= v.end(p)) {
            return new Content(List.of(v.span(first, p + 1)), true);
        }
        return new Content(List.of(v.span(first, p + 1)), false);
    }

    private int wordCount(int from, int to) {
        int words = 0;
        boolean inWord = false;
        for (int k = from; k < to; k++) {
            boolean letter = Character.isLetterOrDigit(text.charAt(k));
            if (letter && !inWord) words++;
            inWord = letter;
        }
        return words;
    }

    private static int firstWord(View v) {
        int k = 0;
        while (k < v.n - 1 && (v.pos(k).equals("PUNCT") || v.pos(k).equals("SYM"))) k++;
        return k;
    }

    /** The quote whose closing mark ends the text just before offset (over spaces and commas, within the paragraph). */
    private int quoteEndsBefore(int offset) {
        int p = offset - 1;
        while (p >= 0 && (text.charAt(p) == ' ' || text.charAt(p) == ',' || text.charAt(p) == '\t')) p--;
        return p >= 0 ? quotes.closedAt(p) : -1;
    }

    /** True when the quote opened at token mark runs to the end of the clause (nothing but punctuation after it). */
    private boolean endsClauseAfter(View v, int mark) {
        int q = quotes.openedAt(v.start(mark));
        int qEnd = quotes.end(q);
        for (int k = mark + 1; k < v.n; k++) {
            if (v.start(k) < qEnd) continue;
            if (v.pos(k).equals("PUNCT") || v.pos(k).equals("SYM")) continue;
            return false;
        }
        return true;
    }

    // ---------------------------------------------------------------- sources

    /**
     * The noun phrase ending at token p that names the speaker, as [start, end) token indices, with an
     * appositive ("Kenya's chief of defence forces, Charles Kahariri, said"); null when there is none.
     */
    private int[] sourceLeft(View v, int p) {
        if (p < 0) return null;
        if (!v.text(p).equals(",")) {
            int a = nounPhraseLeft(v, p);
            return a <= p ? new int[] {a, p + 1} : null;
        }
        int a2 = nounPhraseLeft(v, p - 1);
        if (a2 <= p - 1 && v.text(a2 - 1).equals(",")) {
            int a1 = nounPhraseLeft(v, a2 - 2);
            if (a1 <= a2 - 2) return new int[] {a1, p};
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
     * The noun phrase of evidence opening the sentence with its modifiers up to token last ("A report
     * released last year", "A study by a law professor"): no clause boundary, no finite verb between.
     */
    private int[] evidenceSubject(View v, int last) {
        int start = firstWord(v);
        int end = nounPhraseRight(v, start, false);
        if (end <= start || end > last + 1 || !evidence(v, new int[] {start, end})) return null;
        for (int k = end; k <= last; k++) {
            String p = v.pos(k);
            boolean participle = p.equals("VERB") && (v.lower(k).endsWith("ed") || v.lower(k).endsWith("en"));
            if (!(participle || v.nominal(k) || p.equals("ADP") || p.equals("ADV") || v.isDate(k))) return null;
        }
        return new int[] {start, last + 1};
    }

    /** The source is a poll, study, report or the like. */
    private static boolean evidence(View v, int[] src) {
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
    private int[] subjectBefore(View v, int comma) {
        int start = firstWord(v);
        int end = nounPhraseRight(v, start, false);
        if (end <= start || end > comma) return null;
        String next = v.pos(skipAdverbs(v, end));
        return v.text(end).equals(",") || next.equals("VERB") || next.equals("AUX") ? new int[] {start, end} : null;
    }

    /** Start of the noun phrase ending at token p (p + 1 when there is none). */
    private int nounPhraseLeft(View v, int p) {
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
            if (v.nominal(k)) {
                // "he said"; "Putin himself put" goes on to the name
                if (v.pos(k).equals("PRON") && k == p && !v.isPossessive(k) && !v.lower(k).endsWith("self")) return k;
                hasHead |= v.head(k);
                start = k;
                if (v.pos(k).equals("DET") && !(NP_INNER_ADP.contains(v.lower(k - 1)) || v.lower(k - 1).equals("and"))) break;
                k--;
            } else if ((NP_INNER_ADP.contains(v.lower(k)) && v.pos(k).equals("ADP") || v.lower(k).equals("and")
                    || v.text(k).equals("-")) && k < p && k > 0 && v.head(k - 1) && v.nominal(k + 1)) {
                k--;
            } else {
                break;
            }
        }
        if (v.isDate(start)) return p + 1;
        // "the official": an adjective standing for its noun
        boolean nominalized = !hasHead && p > start && v.pos(p).equals("ADJ") && v.pos(start).equals("DET");
        return hasHead || nominalized ? start : p + 1;
    }

    /**
     * End of the noun phrase starting at token j (j when there is none): determiners, modifiers, nouns,
     * "of"-phrases; with {@code appositive}, also ", a professor at X" up to the next comma.
     */
    private int nounPhraseRight(View v, int j, boolean appositive) {
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
            if (v.nominal(k) && !v.isDate(k)) {
                if (v.pos(k).equals("PRON") && k == j && !v.isPossessive(k) && !POSSESSIVE_PRONOUNS.contains(v.lower(k))) {
                    return j + 1;
                }
                if ((v.pos(k).equals("DET") || v.pos(k).equals("PRON")) && k > j && v.head(k - 1)) break;
                hasHead |= v.head(k);
                k++;
                if (hasHead) end = k;
            } else if ((NP_INNER_ADP.contains(v.lower(k)) && v.pos(k).equals("ADP") || v.lower(k).equals("and")) && k > j
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

    /** A "that" clause or a quote begins at token j. */
    private boolean opensContent(View v, int j) {
        return v.lower(j).equals("that") || v.opensQuote(j) || v.text(j).equals(":") || v.text(j).equals(",") && v.opensQuote(j + 1);
    }

    /** Past dates, adverbs and phrases like "in an interview", "on Friday" after token k. */
    private int skipPhrasesOfTimeAndPlace(View v, int k) {
        return phrasesOfTimeAndPlace(v, skipAdverbs(v, k)).end();
    }

    /** Where the phrases of time and place starting at a token end, and the first venue among them ("to reporters"), or null. */
    private record Phrases(int end, Span venue) {}

    private Phrases phrasesOfTimeAndPlace(View v, int k) {
        Span venue = null;
        while (k < v.n && CUE_PREPS.contains(v.lower(k)) && v.pos(k).equals("ADP")) {
            if (v.isDate(k + 1)) {
                k = skipAdverbs(v, k + 1);
                continue;
            }
            int end = nounPhraseRight(v, k + 1, false);
            if (end == k + 1) break;
            if (venue == null && VENUE_PREPS.contains(v.lower(k))) venue = v.span(k + 1, end);
            k = skipAdverbs(v, end);
        }
        return new Phrases(k, venue);
    }

    /**
     * "said during a Friday evening rally in Ohio that ...", "says at a stop in Dayton, Ohio, that ...":
     * phrases the walk over noun phrases could not read, before a "that" within a few tokens. The
     * "that" when there is one, else k.
     */
    private static int thatAfterPhrases(View v, int k) {
        if (!(v.pos(k).equals("ADP") && CUE_PREPS.contains(v.lower(k)) || v.text(k).equals(","))) return k;
        for (int m = k + 1; m < v.n && m < k + 15; m++) {
            // not "at that time", nor the relative "a town that voted"
            if (v.lower(m).equals("that")) {
                boolean relative = v.pos(m + 1).equals("VERB") || v.pos(m + 1).equals("AUX");
                return v.pos(m - 1).equals("ADP") || relative ? k : m;
            }
            if (!(v.nominal(m) || v.pos(m).equals("ADP") || v.pos(m).equals("ADV") || v.isDate(m) || v.text(m).equals(",")
                    || v.text(m).equals("-"))) return k;
        }
        return k;
    }

    private static Content joinQuotes(Content a, Content b) {
        List<Span> parts = new ArrayList<>(a.parts);
        parts.addAll(b.parts);
        return new Content(parts, true);
    }

    private static int skipAdverbs(View v, int j) {
        while (j < v.n && (isAdverb(v, j) || v.isDate(j))) j++;
        return j;
    }

    /** An adverb, or an "-ly" word the tagger took for an adjective ("spoke proudly of"). */
    private static boolean isAdverb(View v, int i) {
        if (v.lower(i).equals("not") || v.lower(i).equals("there")) return false;
        return v.pos(i).equals("ADV") || v.pos(i).equals("ADJ") && v.lower(i).endsWith("ly") && !v.head(i + 1);
    }

    /**
     * After "called" and its object ending at token np: a second noun phrase or a quote that names
     * what the object is ("called the vote a mistake", "called him “a liar”").
     */
    private static boolean characterizes(View v, int np, int objectStart) {
        if (np == objectStart) return false;
        if (v.opensQuote(np)) return true;
        // "called the charges false": the object's last words are adjectives after its head
        if (v.pos(np - 1).equals("ADJ") && np - 1 > objectStart && !v.lower(np - 1).endsWith("ly")) {
            int k = np - 1;
            while (k > objectStart && v.pos(k).equals("ADJ")) k--;
            if (v.head(k)) return true;
        }
        String w = v.lower(np);
        return (w.equals("a") || w.equals("an")) && (v.pos(np + 1).equals("ADJ") || v.pos(np + 1).equals("NOUN") || v.opensQuote(np + 1));
    }

    /** "put the number at ...": a figure noun right after the verb. */
    private static boolean putsAFigure(View v, int i) {
        for (int k = i + 1; k < v.n && k <= i + 4; k++) {
            if (v.pos(k).equals("NOUN") && ReportingLexicon.FIGURE_NOUNS.contains(v.lemma(k))) return true;
        }
        return false;
    }

    /** "to" and a verb at token k. */
    private static boolean infinitiveAt(View v, int k) {
        return v.lower(k).equals("to") && v.pos(skipAdverbs(v, k + 1)).equals("VERB");
    }

    private static boolean containsNumber(View v, int j) {
        for (int k = j; k < v.n; k++) if (v.pos(k).equals("NUM")) return true;
        return false;
    }

    private static Attribution attribution(View v, int cueStart, int cueEnd, Span cue, Span source, Content content, Span addressee) {
        return new Attribution(v.sentence.index(), cueStart, cueEnd, cue, v.t.get(cueStart), source, content.parts, content.direct, addressee);
    }
}
