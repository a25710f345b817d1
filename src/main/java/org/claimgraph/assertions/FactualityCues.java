package org.claimgraph.assertions;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.claimgraph.doc.Factuality;
import org.claimgraph.doc.Factuality.Certainty;
import org.claimgraph.doc.Factuality.Polarity;
import org.claimgraph.doc.Factuality.Time;
import org.claimgraph.language.FunctionWords;
import org.claimgraph.language.WordLists;

/**
 * The factuality of an attribution from the words around its cue, by the rules of
 * {@code factuality.tsv}: negation and modals in the verb group ("did not say", "may announce"), the
 * writer's hedges ("reportedly told", "is said to have told"), futures ("will tell", "is to announce"),
 * what opens the report ("if the minister says", "gave no indication that the general said") and cues
 * that refuse ("declined to say"), deny ("denied that") or only hint ("hinted that"), a source that is nobody ("no official would
 * confirm") and a report of nothing ("said nothing about"). Several cues combine: the least certain, negative over positive,
 * future over non-future.
 */
final class FactualityCues {
    private static final String RESOURCE = "org/claimgraph/assertions/factuality.tsv";

    private enum Where { VERB_GROUP, OPENER, CUE, LEMMA, NEGATED, SOURCE, OBJECT, CONTENT }

    private record Rule(Where where, List<String> words, Certainty certainty, Polarity polarity, Time time) {}

    private static final List<Rule> RULES = load();
    /** Every word of a verb-group rule: the verb group runs back over them. */
    private static final Set<String> VERB_GROUP_WORDS = new HashSet<>();
    /** Every word of a content rule. */
    private static final Set<String> CONTENT_WORDS = new HashSet<>();
    /** "how", "why": a content opening with one is a question, no claim to hedge. */
    private static final Set<String> WH_ADVERBS = FunctionWords.union("wh-adverbs");
    static {
        for (Rule r : RULES) {
            if (r.where == Where.VERB_GROUP) VERB_GROUP_WORDS.addAll(r.words);
            else if (r.where == Where.CONTENT) CONTENT_WORDS.addAll(r.words);
        }
    }

    private FactualityCues() {}

    /** The factuality of attribution a of sentence view v. */
    static Factuality of(SentenceView v, Attribution a) {
        Acc acc = new Acc();
        int group = verbGroupStart(v, a.cueStart);
        for (Rule r : matches(Where.VERB_GROUP, words(v, group, a.cueStart))) acc.add(r);
        contentHedge(v, a, acc);
        int sourceStart = a.source != null ? v.tokenAt(a.source.start()) : -1;
        // "if the minister says": the opener ends where a source before the cue starts
        int opened = sourceStart >= 0 && sourceStart < group && a.source.end() <= v.start(a.cueStart) ? sourceStart : group;
        // "refused to confirm that": the cue is the infinitive of the verb before its verb group
        int governing = group - 1;
        while (governing > 0 && v.isAdverb(governing)) governing--;
        boolean infinitive = v.lower(group).equals("to") && governing >= 0;
        Rule lemma = null;
        Rule negated = null;
        for (Rule r : RULES) {
            if (r.where == Where.OPENER && endsAt(v, r.words, opened)) acc.add(r);
            if (r.where == Where.CUE && (r.words.get(0).equals(v.lemma(a.cueStart)) && v.lower(v.skipAdverbs(a.cueEnd)).equals("to")
                    || infinitive && r.words.get(0).equals(v.lemma(governing)))) acc.add(r);
            if (r.where == Where.LEMMA && wordsAt(v, a.cueStart, r.words)) lemma = r;
            // "declined to rule out that": the refused verb follows the cue
            int to = v.skipAdverbs(a.cueEnd);
            if (r.where == Where.NEGATED && (wordsAt(v, a.cueStart, r.words) || v.lower(to).equals("to") && wordsAt(v, to + 1, r.words))) negated = r;
            if (r.where == Where.SOURCE && sourceStart >= 0 && endsAt(v, r.words, sourceStart + r.words.size())) acc.add(r);
            if (r.where == Where.OBJECT && endsAt(v, r.words, a.cueEnd + r.words.size()) && !verb(v, a.cueEnd + r.words.size())) acc.add(r);
        }
        // "did not rule out that": two negations leave the content possible
        if (negated != null && acc.polarity == Polarity.NEGATIVE) {
            acc.polarity = Polarity.POSITIVE;
            acc.add(negated);
        } else if (lemma != null) {
            acc.add(lemma);
        }
        return acc.result();
    }

    /**
     * Whether the words at k and the "to" after it make a verb-group rule that hands the report on to the
     * infinitive ("is expected to say", "is said to have told", "is to announce"): the infinitive is the cue.
     */
    static boolean handsOn(SentenceView v, int k) {
        // not the noun: "heralded plans to go after ...", "the party's plans/VERB to"; but a verb the tagger
        // took for a plural noun after its subject is one ("the ministry plans/NOUN to declare")
        if (!v.lower(k + 1).equals("to") || possessive(v, k - 1) || v.pos(k).equals("NOUN") && !afterSubject(v, k)) return false;
        for (Rule r : RULES) {
            if (r.where == Where.VERB_GROUP && r.words.size() == 2 && r.words.get(1).equals("to") && r.words.get(0).equals(v.lower(k))) return true;
        }
        return false;
    }

    /** Whether the word at k, in -s, follows a noun or pronoun: a verb of that subject. */
    private static boolean afterSubject(SentenceView v, int k) {
        String before = k > 0 ? v.pos(k - 1) : "";
        return v.lower(k).endsWith("s") && (before.equals("NOUN") || before.equals("PROPN") || before.equals("PRON"));
    }

    /** "its", "the government's", "'s": a word that owns the noun after it ("its plans to ..."). */
    private static boolean possessive(SentenceView v, int k) {
        String w = k >= 0 ? v.lower(k) : "";
        return SentenceView.POSSESSIVE_PRONOUNS.contains(w) || SentenceView.endsInApostropheS(w);
    }

    /** The first token of the auxiliaries, particles, adverbs and rule words right before the cue. */
    private static int verbGroupStart(SentenceView v, int cue) {
        int k = cue - 1;
        while (k >= 0 && (v.pos(k).equals("AUX") || v.pos(k).equals("PART") || v.isAdverb(k)
                || VERB_GROUP_WORDS.contains(v.lower(k)) && !v.pos(k).equals("PROPN") && !v.pos(k).equals("NOUN"))) k--;
        return k + 1;
    }

    /** Whether token k is a verb: "nothing" before one is the content's subject ("said nothing had changed"). */
    private static boolean verb(SentenceView v, int k) {
        return v.pos(k).equals("VERB") || v.pos(k).equals("AUX");
    }

    /** The words of tokens from..to, a contraction as the words of its lemma ("didn't" do not, "won't" will not). */
    private static List<String> words(SentenceView v, int from, int to) {
        List<String> words = new ArrayList<>();
        for (int k = from; k < to; k++) {
            String lemma = v.t.get(k).lemma();
            String w = v.lower(k);
            if (lemma.indexOf('+') > 0) words.addAll(List.of(lemma.split("\\+")));
            // "isn’t" left whole by the lemmatizer (a curly apostrophe): its word and "not"
            else if ((w.endsWith("n’t") || w.endsWith("n't")) && w.length() > 3) words.addAll(List.of(w.substring(0, w.length() - 3), "not"));
            else words.add(w);
        }
        return words;
    }

    /** The rules of {@code where} matching words, left to right, the longest at each place. */
    private static List<Rule> matches(Where where, List<String> words) {
        List<Rule> found = new ArrayList<>();
        for (int w = 0; w < words.size(); ) {
            Rule r = longestAt(where, words, w);
            if (r == null) {
                w++;
            } else {
                found.add(r);
                w += r.words.size();
            }
        }
        return found;
    }

    /**
     * The source's own hedge on what it reports, in the verb group of the content's main clause ("said the
     * figure may be higher", "X is believed to have died, according to Y", "is likely to grow"): it lowers the
     * certainty only; a negation or future there is what the source says ("said no one was hurt").
     * A content opening with a subordinate clause ("If they come back, ...") is left alone.
     */
    private static void contentHedge(SentenceView v, Attribution a, Acc acc) {
        int k = v.tokenAt(a.contentStart());
        // a passive's subject with its own cue inside ("The attack was reported to police"): no content of its own
        if (k < 0 || a.contentCovers(a.cue.start())) return;
        if (v.opensQuote(k)) k++;
        if (v.lower(k).equals("that")) k++;
        // up to the first verb of the clause, over its subject; a clause opener or a comma first: not the main clause
        int first = k;
        // "Perhaps they can", "probably won't": a hedge opening the clause or before its verb; "likely voters" is none
        while (k < v.n && !v.pos(k).equals("AUX") && !(CONTENT_WORDS.contains(v.lower(k)) && !v.pos(k).equals("ADJ")
                        && (k == first || v.pos(k + 1).equals("AUX") || v.pos(k + 1).equals("VERB") || v.pos(k + 1).equals("PART")))
                && !(v.pos(k).equals("VERB") && !reducedRelative(v, k))) {
            // a comma sets off an apposition ("One of the suspects, a 27-year-old, is believed to")
            boolean stop = v.pos(k).equals("PUNCT") && !v.text(k).equals(",") && !v.text(k).equals("-") || v.pos(k).equals("SCONJ");
            if (v.end(k) > a.contentEnd() || stop || SentenceView.WH.contains(v.lower(k)) || WH_ADVERBS.contains(v.lower(k))) return;
            k++;
        }
        int end = k;
        // the verb group: auxiliaries, adverbs and hedges up to the first main verb not handing on to an infinitive
        while (end < v.n && v.end(end) <= a.contentEnd() && (v.lower(end).equals("to") ? infinitive(v, end) : v.pos(end).equals("AUX")
                || v.pos(end).equals("PART") || v.isAdverb(end) || v.pos(end).equals("VERB") || CONTENT_WORDS.contains(v.lower(end)))) {
            end++;
            if (v.pos(end - 1).equals("VERB") && !infinitive(v, end)) break;
        }
        for (Rule r : matches(Where.CONTENT, words(v, k, end))) {
            if (r.certainty != null && r.certainty.ordinal() > acc.certainty.ordinal()) acc.certainty = r.certainty;
        }
    }

    /** "to" opening an infinitive ("is believed to have died"), not a preposition ("was reported to police"). */
    private static boolean infinitive(SentenceView v, int k) {
        return v.infinitiveAt(k) || v.lower(k).equals("to") && v.pos(k + 1).equals("AUX");
    }

    /** A participle after its noun and before a preposition: part of the subject ("A recruiter known as X is said to"). */
    private static boolean reducedRelative(SentenceView v, int k) {
        String before = v.pos(k - 1);
        String w = v.lower(k);
        return (before.equals("NOUN") || before.equals("PROPN")) && v.pos(k + 1).equals("ADP")
                && (w.endsWith("ed") || w.endsWith("wn") || w.endsWith("en"));
    }

    private static Rule longestAt(Where where, List<String> words, int from) {
        Rule best = null;
        for (Rule r : RULES) {
            if (r.where != where || best != null && best.words.size() >= r.words.size()) continue;
            if (from + r.words.size() <= words.size() && words.subList(from, from + r.words.size()).equals(r.words)) best = r;
        }
        return best;
    }

    /** Whether the words at k are {@code words}, the first by its lemma ("ruled out": rule out). */
    private static boolean wordsAt(SentenceView v, int k, List<String> words) {
        if (!words.get(0).equals(v.lemma(k))) return false;
        for (int w = 1; w < words.size(); w++) if (!words.get(w).equals(v.lower(k + w))) return false;
        return true;
    }

    private static boolean endsAt(SentenceView v, List<String> words, int end) {
        int from = end - words.size();
        if (from < 0) return false;
        for (int w = 0; w < words.size(); w++) if (!words.get(w).equals(v.lower(from + w))) return false;
        return true;
    }

    /** The factuality so far: the least certain, negative over positive, future over non-future. */
    private static final class Acc {
        Certainty certainty = Certainty.CERTAIN;
        Polarity polarity = Polarity.POSITIVE;
        Time time = Time.NON_FUTURE;

        void add(Rule r) {
            if (r.certainty != null && r.certainty.ordinal() > certainty.ordinal()) certainty = r.certainty;
            if (r.polarity == Polarity.NEGATIVE) polarity = Polarity.NEGATIVE;
            if (r.time == Time.FUTURE) time = Time.FUTURE;
        }

        Factuality result() {
            Factuality f = new Factuality(certainty, polarity, time);
            return f.plain() ? Factuality.PLAIN : f;
        }
    }

    private static List<Rule> load() {
        List<Rule> rules = new ArrayList<>();
        for (String line : WordLists.lines(RESOURCE)) {
            String[] f = line.split("\t");
            if (f.length != 3) throw new IllegalStateException(RESOURCE + ": not three columns: " + line);
            Where where = Where.valueOf(f[0].toUpperCase(Locale.ROOT).replace('-', '_'));
            Certainty c = null;
            Polarity p = null;
            Time t = null;
            for (String setting : f[2].split(" ")) {
                String[] kv = setting.split("=", 2);
                String value = kv[1].toUpperCase(Locale.ROOT).replace('-', '_');
                switch (kv[0]) {
                    case "certainty" -> c = Certainty.valueOf(value);
                    case "polarity" -> p = Polarity.valueOf(value);
                    case "time" -> t = Time.valueOf(value);
                    default -> throw new IllegalStateException(RESOURCE + ": unknown setting " + setting);
                }
            }
            rules.add(new Rule(where, List.of(f[1].split(" ")), c, p, t));
        }
        return List.copyOf(rules);
    }
}
