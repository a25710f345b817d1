package org.claimgraph.actors.names;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.claimgraph.doc.Document;
import org.claimgraph.doc.Mention;
import org.claimgraph.doc.MentionType;
import org.claimgraph.doc.Sentence;
import org.claimgraph.doc.Span;
import org.claimgraph.doc.ZoneKind;
import org.claimgraph.language.Models;
import org.claimgraph.pipeline.Component;

/**
 * Finds the PERSON, ORGANIZATION and LOCATION mentions of a document: claimgraph's own statistical
 * name finder (trained at build time, see {@link NameModelTrainer}) combined with rules that beat
 * statistics where news is regular: a title before a name, organization head words, the shipped
 * gazetteers, acronyms, and document-level consistency. Mentions never overlap; boilerplate is skipped.
 * The model loads once; each thread gets its own NameFinderME, and per-document state stays local.
 */
public final class MentionFinder implements Component {

    /** Which evidence to use; {@link #COMBINED} is what the pipeline runs, the others are kept to measure against. */
    public enum Strategy {
        /** The trained name finder alone. */
        STATISTICAL,
        /** Capitalized and PROPN spans typed by gazetteers and rules, no model. */
        LEXICAL,
        /** Rules and gazetteers first, the model for the rest, then document consistency. */
        COMBINED
    }

    private enum Source { RULE, GAZETTEER, ACRONYM, MODEL, GUESS }

    /** A candidate name over NER tokens [from, to) of one sentence. */
    private record Candidate(int from, int to, MentionType type, Source source) {
        int length() { return to - from; }
        boolean overlaps(Candidate o) { return from < o.to && o.from < to; }
    }

    private static final Set<String> CONNECTORS = Set.of("of", "for", "and", "the", "&", "de", "du", "des", "del", "la");
    private static final Set<String> PARTICLES = Set.of("al", "el", "bin", "ibn", "bint", "abu", "de", "da", "di", "du", "del",
            "della", "van", "von", "der", "den", "la", "le", "dos", "das", "ter", "ben");
    private static final Set<String> GENERIC_WORDS = Set.of("The", "General", "National", "United", "New", "Free", "Democratic",
            "Islamic", "International", "Central", "Supreme", "Federal", "Royal", "Popular", "People", "Great", "North", "South",
            "East", "West", "Northern", "Southern", "Eastern", "Western", "State", "Republic", "First", "Joint", "Special");
    private static final Set<String> NON_NAME_POS = Set.of("VERB", "AUX", "ADV", "ADP", "DET", "PRON", "SCONJ", "CCONJ", "NUM", "PART", "INTJ");

    private final Strategy strategy;
    private final Gazetteer gazetteer;
    private final ThreadLocal<NameFinderME> finder;

    public MentionFinder() { this(Strategy.COMBINED); }

    public MentionFinder(Strategy strategy) {
        this.strategy = strategy;
        this.gazetteer = Gazetteer.get();
        if (strategy == Strategy.LEXICAL) {
            this.finder = null;
        } else {
            TokenNameFinderModel model = Models.load(NameModelTrainer.MODEL, TokenNameFinderModel::new);
            this.finder = ThreadLocal.withInitial(() -> new NameFinderME(model));
        }
    }

    @Override
    public void process(Document doc) {
        String text = doc.text();
        List<Sentence> sentences = new ArrayList<>();
        List<NerTokens> tokens = new ArrayList<>();
        List<List<Candidate>> chosen = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            if (s.zone() == ZoneKind.BOILERPLATE || s.tokens().isEmpty()) continue;
            NerTokens nt = NerTokens.of(text, s.tokens());
            sentences.add(s);
            tokens.add(nt);
            chosen.add(resolve(candidates(nt)));
        }
        if (strategy != Strategy.STATISTICAL) makeConsistent(tokens, chosen);
        for (int i = 0; i < sentences.size(); i++) {
            NerTokens nt = tokens.get(i);
            for (Candidate c : chosen.get(i)) {
                Span span = new Span(nt.starts[c.from], nt.ends[c.to - 1]);
                doc.mentions().add(new Mention(span, span.of(text), c.type, sentences.get(i).index()));
            }
        }
        doc.mentions().sort(Comparator.comparing(Mention::span));
    }

    // --- candidates of one sentence

    private List<Candidate> candidates(NerTokens nt) {
        List<Candidate> out = new ArrayList<>();
        Casing casing = Casing.of(nt.words);
        if (strategy != Strategy.LEXICAL) {
            NameFinderME nameFinder = finder.get();
            // The model was trained sentence by sentence: what it saw in earlier sentences must not sway it.
            nameFinder.clearAdaptiveData();
            for (opennlp.tools.util.Span s : nameFinder.find(nt.words)) {
                MentionType type = typeOf(s.getType());
                if (type != null) out.add(new Candidate(s.getStart(), s.getEnd(), type, Source.MODEL));
            }
        }
        // In a headline in Title Case or capitals every word looks like a name and the model guesses wildly;
        // the gazetteers, acronyms and the names the body of the document establishes cover it instead.
        if (strategy == Strategy.COMBINED && casing != Casing.NORMAL) out.clear();
        if (strategy == Strategy.STATISTICAL) return out;
        boolean[] titleTokens = new boolean[nt.size()];
        if (casing == Casing.NORMAL) {
            titledPersons(nt, out, titleTokens);
            givenNamePersons(nt, out);
            organizationsByHead(nt, out, titleTokens);
        }
        gazetteerNames(nt, casing, out);
        if (casing != Casing.UPPER) acronyms(nt, out);
        if (strategy == Strategy.LEXICAL && casing == Casing.NORMAL) properNounGuesses(nt, out);
        out.removeIf(c -> onlyDescriptive(nt.words, c));
        List<Candidate> tidy = new ArrayList<>(out.size());
        for (Candidate c : out) {
            Candidate t = tidy(nt, c, casing);
            if (t != null) tidy.add(t);
        }
        return tidy;
    }

    /**
     * Trims what cannot begin or end a name off a candidate ("He also", "Critics of X", "France is",
     * "Russia 's", a lone "."), and drops it when nothing is left or it holds a web address or handle.
     */
    private Candidate tidy(NerTokens nt, Candidate c, Casing casing) {
        int from = c.from;
        int to = c.to;
        while (from < to && !canStartName(nt, from, casing)) from++;
        while (to > from && (!isNameWord(nt.words[to - 1]) || gazetteer.isNotName(nt.words[to - 1]))) to--;
        if (from == to) return null;
        for (int k = from; k < to; k++) {
            String w = nt.words[k];
            if (w.contains("://") || w.startsWith("@") || w.startsWith("#")) return null;
        }
        return from == c.from && to == c.to ? c : new Candidate(from, to, c.type, c.source);
    }

    private boolean canStartName(NerTokens nt, int k, Casing casing) {
        String word = nt.words[k];
        if (!isNameWord(word) || gazetteer.isNotName(word)) return false;
        if (gazetteer.longestName(nt.words, k).length() > 0 || gazetteer.isGivenName(word)) return true;
        String pos = nt.pos[k];
        if (casing != Casing.NORMAL) return true;
        // Capitalized only because it opens the sentence or a quote: "Critics", "Meanwhile", "He".
        boolean opening = k == 0 || "PUNCT".equals(nt.pos[k - 1]) && !",".equals(nt.words[k - 1]);
        boolean alone = k + 1 >= nt.size() || !isNameWord(nt.words[k + 1]);
        // The tagger calls unknown names VERB or NOUN ("Sven/VERB Diermeier"): only alone do those words drop.
        if ("VERB".equals(pos) || "NOUN".equals(pos)) return !(opening && alone);
        return !NON_NAME_POS.contains(pos);
    }

    /** "Kazakh", "Chinese Ambassador": demonyms and titles describe an actor, they do not name one. */
    private boolean onlyDescriptive(String[] w, Candidate c) {
        for (int k = c.from; k < c.to; k++) {
            if (!gazetteer.isDemonym(w[k]) && !gazetteer.isTitleWord(w[k]) && !CONNECTORS.contains(w[k])) return false;
        }
        return true;
    }

    private static MentionType typeOf(String modelType) {
        return switch (modelType) {
            case TrainingCorpus.PERSON -> MentionType.PERSON;
            case TrainingCorpus.ORGANIZATION -> MentionType.ORGANIZATION;
            case TrainingCorpus.LOCATION -> MentionType.LOCATION;
            default -> null;
        };
    }

    /**
     * "Foreign Minister Sergei Lavrov", "spokesman Dmitry Orlov", "General Staff Valery Ivanov": the
     * capitalized words after a title are a person; the title is not part of the name.
     */
    private void titledPersons(NerTokens nt, List<Candidate> out, boolean[] titleTokens) {
        String[] w = nt.words;
        int i = 0;
        while (i < w.length) {
            Gazetteer.Match title = gazetteer.longestTitle(w, i);
            int after = i + title.length();
            if (title.length() == 0 && isCapitalized(w[i]) && gazetteer.isTitleWord(w[i])) after = i + 1;
            if (after == i) {
                i++;
                continue;
            }
            int end = nameEnd(nt, after);
            if (end > after) {
                out.add(new Candidate(after, end, MentionType.PERSON, Source.RULE));
                // The title words do not belong to an organization name, unless they end in a head word ("General Staff").
                if (!gazetteer.isOrgHead(w[after - 1])) for (int k = i; k < after; k++) titleTokens[k] = true;
                i = end;
            } else {
                i = after;
            }
        }
    }

    /** End of a personal name starting at {@code from}: up to five name-like words, particles inside. */
    private int nameEnd(NerTokens nt, int from) {
        String[] w = nt.words;
        int end = from;
        for (int k = from; k < w.length && k - from < 5; k++) {
            String word = w[k];
            boolean particle = PARTICLES.contains(word.toLowerCase(Locale.ROOT)) && k > from;
            if (particle) continue;
            if (!isNameWord(word) || gazetteer.isTitleWord(word) || gazetteer.isOrgHead(word) || gazetteer.isDemonym(word)
                    || gazetteer.isNotName(word)) break;
            if (k == from && gazetteer.longestName(w, k).length() > 0 && !gazetteer.isGivenName(word)) break;
            end = k + 1;
        }
        // "Christian Democratic Union": capitalized words running into a head word name an organization.
        if (end > from && end < w.length && isCapitalized(w[end]) && gazetteer.isOrgHead(w[end])) return from;
        return end;
    }

    /**
     * Capitalized phrases built around an organization head word: "Russian Air Force", "Ministry of
     * Defence", "the Russian Foreign Ministry's Department for New Challenges and Threats".
     */
    private void organizationsByHead(NerTokens nt, List<Candidate> out, boolean[] titleTokens) {
        String[] w = nt.words;
        boolean[] person = new boolean[w.length];
        for (Candidate c : out) {
            if (c.type == MentionType.PERSON && c.source != Source.MODEL) for (int k = c.from; k < c.to; k++) person[k] = true;
        }
        int i = 0;
        while (i < w.length) {
            if (!inRun(nt, i, person, titleTokens) || CONNECTORS.contains(w[i])) {
                i++;
                continue;
            }
            int start = i;
            int lastHead = -1;
            int lastCap = i;
            boolean complement = false;
            int k = i;
            while (k < w.length) {
                String word = w[k];
                if (inRun(nt, k, person, titleTokens)) {
                    if (gazetteer.isOrgHead(word)) lastHead = k;
                    lastCap = k;
                    k++;
                } else if (joinsRun(w, k, lastHead, complement) && k + 1 < w.length && (inRun(nt, k + 1, person, titleTokens)
                        || "the".equals(w[k + 1]) && k + 2 < w.length && inRun(nt, k + 2, person, titleTokens))
                        || "the".equals(word) && k > start && ("of".equals(w[k - 1]) || "for".equals(w[k - 1]))) {
                    if ("of".equals(word) || "for".equals(word)) complement = true;
                    k++;
                } else {
                    break;
                }
            }
            if (lastHead >= 0) {
                int from = trimLeading(nt, firstHead(start, lastHead, w), lastHead);
                int to = complement && lastCap > lastHead ? lastCap + 1 : lastHead + 1;
                // A head word alone ("Police said") is too often a common noun.
                if (to - from >= 2) out.add(new Candidate(from, to, MentionType.ORGANIZATION, Source.RULE));
            }
            i = Math.max(k, i + 1);
        }
    }

    /**
     * Where the organization starts looking from its first head word: after the last "of"/"for" that
     * precedes it, so "Ashutosh Kotwal of Duke University" yields "Duke University", while "Bank of England"
     * (head before the connector) stays whole.
     */
    private int firstHead(int start, int lastHead, String[] w) {
        int head = start;
        while (head < lastHead && !gazetteer.isOrgHead(w[head])) head++;
        for (int k = head - 1; k > start; k--) {
            if (w[k].equals("of") || w[k].equals("for")) return k + 1;
        }
        return start;
    }

    private boolean inRun(NerTokens nt, int k, boolean[] person, boolean[] titleTokens) {
        String word = nt.words[k];
        return !person[k] && !titleTokens[k] && isCapitalized(word) && !gazetteer.isNotName(word);
    }

    /** Connectors inside an organization name: "of", "for", "&", "'s" after a head word, "and" inside a complement. */
    private static boolean joinsRun(String[] w, int k, int lastHead, boolean complement) {
        String word = w[k];
        if (word.equals("'s") || word.equals("’s")) return lastHead == k - 1;
        if (word.equals("and")) return complement;
        return CONNECTORS.contains(word) && !word.equals("the");
    }

    /** Drops what precedes an organization name in its capitalized run: a sentence-initial verb, "The", a title and its "of the". */
    private int trimLeading(NerTokens nt, int from, int head) {
        String[] w = nt.words;
        while (from < head) {
            String word = w[from];
            boolean function = NON_NAME_POS.contains(nt.pos[from]) && gazetteer.longestName(w, from).length() == 0;
            Gazetteer.Match title = gazetteer.longestTitle(w, from);
            if (function || CONNECTORS.contains(word.toLowerCase(Locale.ROOT))) {
                from++;
            } else if (title.length() > 0 && from + title.length() <= head && isConnectorAt(w, from + title.length())) {
                from += title.length();
            } else {
                break;
            }
        }
        return from;
    }

    private static boolean isConnectorAt(String[] w, int k) { return k < w.length && CONNECTORS.contains(w[k]); }

    private void gazetteerNames(NerTokens nt, Casing casing, List<Candidate> out) {
        String[] w = nt.words;
        int i = 0;
        while (i < w.length) {
            Gazetteer.Match m = gazetteer.longestName(w, i);
            // In a line of capitals a short word ("IS", "US") is as likely an ordinary word.
            if (m.length() > 0 && !(casing == Casing.UPPER && m.length() == 1 && w[i].length() <= 2)) {
                out.add(new Candidate(i, i + m.length(), m.type(), Source.GAZETTEER));
                i += m.length();
            } else {
                i++;
            }
        }
    }

    /** Acronyms, slashed ones included ("NATO", "RFE/RL"): an organization unless a gazetteer says otherwise. */
    private void acronyms(NerTokens nt, List<Candidate> out) {
        for (int i = 0; i < nt.words.length; i++) {
            if (isAcronym(nt.words[i]) && !gazetteer.isNotName(nt.words[i])) {
                out.add(new Candidate(i, i + 1, MentionType.ORGANIZATION, Source.ACRONYM));
            }
        }
    }

    static boolean isAcronym(String word) {
        int n = word.length();
        if (n < 2 || n > 10) return false;
        int upper = 0;
        for (int i = 0; i < n; i++) {
            char c = word.charAt(i);
            if (Character.isUpperCase(c)) upper++;
            else if (!(c == '/' || c == '&' || c == '-' || Character.isDigit(c) && i > 0)) return false;
        }
        return upper >= 2 && Character.isUpperCase(word.charAt(0)) && Character.isUpperCase(word.charAt(n - 1));
    }

    /** A known given name followed by capitalized words: "Olusegun Adeyemi", "Zhanna Karimova". */
    private void givenNamePersons(NerTokens nt, List<Candidate> out) {
        String[] w = nt.words;
        for (int i = 0; i + 1 < w.length; i++) {
            if (!gazetteer.isGivenName(w[i]) || !isCapitalized(w[i]) || i == 0 && !"PROPN".equals(nt.pos[i])) continue;
            int end = nameEnd(nt, i + 1);
            if (end > i + 1) {
                out.add(new Candidate(i, end, MentionType.PERSON, Source.GUESS));
                i = end - 1;
            }
        }
    }

    /** Without a model: remaining runs of capitalized proper nouns, two or three words long, are taken for people. */
    private void properNounGuesses(NerTokens nt, List<Candidate> out) {
        String[] w = nt.words;
        int i = 0;
        while (i < w.length) {
            if (!"PROPN".equals(nt.pos[i]) || !isCapitalized(w[i]) || gazetteer.isNotName(w[i])) {
                i++;
                continue;
            }
            int j = i;
            while (j < w.length && "PROPN".equals(nt.pos[j]) && isNameWord(w[j])) j++;
            if (j - i >= 2 && j - i <= 3) out.add(new Candidate(i, j, MentionType.PERSON, Source.GUESS));
            i = Math.max(j, i + 1);
        }
    }

    // --- choosing among overlapping candidates

    /**
     * Rules first (longest first), then gazetteer, model, acronym and guess candidates longest first
     * with that order breaking ties; a candidate overlapping one already taken is dropped.
     */
    private static List<Candidate> resolve(List<Candidate> candidates) {
        candidates.sort(Comparator.comparing((Candidate c) -> c.source != Source.RULE)
                .thenComparing(Comparator.comparingInt(Candidate::length).reversed())
                .thenComparing(Candidate::source));
        List<Candidate> taken = new ArrayList<>();
        for (Candidate c : candidates) {
            boolean free = true;
            for (Candidate t : taken) {
                if (t.overlaps(c)) {
                    free = false;
                    break;
                }
            }
            if (free) taken.add(c);
        }
        taken.sort(Comparator.comparingInt(Candidate::from));
        return taken;
    }

    // --- document-level consistency

    /**
     * A string typed once is typed the same throughout the document (by weighted vote: rules and
     * gazetteers count more than the model), later bare occurrences of it are mentions too, and the
     * surname of a person named in full is that person's.
     */
    private void makeConsistent(List<NerTokens> tokens, List<List<Candidate>> chosen) {
        Map<String, int[]> votes = new HashMap<>();
        Map<String, MentionType> surnames = new HashMap<>();
        Set<String> organizationFirstWords = new java.util.HashSet<>();
        for (int s = 0; s < tokens.size(); s++) {
            NerTokens nt = tokens.get(s);
            for (Candidate c : chosen.get(s)) {
                if (c.type == MentionType.ORGANIZATION && c.length() >= 2 && distinctive(nt.words[c.from])) {
                    organizationFirstWords.add(key(nt, c.from, c.from + 1));
                }
                int[] v = votes.computeIfAbsent(key(nt, c.from, c.to), k -> new int[MentionType.values().length]);
                v[c.type.ordinal()] += c.source == Source.MODEL || c.source == Source.GUESS ? 1 : 3;
                if (c.type == MentionType.PERSON && c.length() >= 2 && isCapitalized(nt.words[c.to - 1])) {
                    surnames.put(key(nt, c.to - 1, c.to), MentionType.PERSON);
                }
            }
        }
        Map<String, MentionType> typeOf = new HashMap<>();
        votes.forEach((k, v) -> typeOf.put(k, MentionType.values()[argmax(v)]));
        Map<String, Integer> longestKnown = new HashMap<>();
        for (String k : typeOf.keySet()) {
            String first = k.split(" ", 2)[0];
            longestKnown.merge(first, k.split(" ").length, Math::max);
        }
        for (int s = 0; s < tokens.size(); s++) {
            NerTokens nt = tokens.get(s);
            List<Candidate> list = chosen.get(s);
            List<Candidate> fixed = new ArrayList<>(list.size() + 2);
            for (Candidate c : list) {
                String k = key(nt, c.from, c.to);
                MentionType t = c.length() == 1 && surnames.containsKey(k) ? MentionType.PERSON : typeOf.getOrDefault(k, c.type);
                // "Siemens Gamesa" after "Siemens Energy": the model takes an unknown company for a person.
                if (c.source == Source.MODEL && c.type == MentionType.PERSON && organizationFirstWords.contains(key(nt, c.from, c.from + 1))) {
                    t = MentionType.ORGANIZATION;
                }
                fixed.add(t == c.type ? c : new Candidate(c.from, c.to, t, c.source));
            }
            addRepeats(nt, fixed, typeOf, surnames, longestKnown);
            fixed.sort(Comparator.comparingInt(Candidate::from));
            chosen.set(s, fixed);
        }
    }

    /** A word that identifies an organization by itself ("Siemens"), not "National", "Russian", "Bank" or a place. */
    private boolean distinctive(String word) {
        return !GENERIC_WORDS.contains(word) && !gazetteer.isDemonym(word) && !gazetteer.isGivenName(word)
                && !gazetteer.isOrgHead(word) && !gazetteer.isTitleWord(word)
                && gazetteer.longestName(new String[] {word}, 0).type() != MentionType.LOCATION;
    }

    /** Occurrences of already typed strings (and surnames) that no candidate covered. */
    private static void addRepeats(NerTokens nt, List<Candidate> taken, Map<String, MentionType> typeOf,
                                   Map<String, MentionType> surnames, Map<String, Integer> longestKnown) {
        boolean[] covered = new boolean[nt.size()];
        for (Candidate c : taken) for (int k = c.from; k < c.to; k++) covered[k] = true;
        for (int i = 0; i < nt.size(); i++) {
            // Short acronyms repeat only in capitals: "IS" is a group, "Is" opens a question.
            if (covered[i] || !isCapitalized(nt.words[i]) || nt.words[i].length() <= 3 && !isAcronym(nt.words[i])) continue;
            Integer max = longestKnown.get(key(nt, i, i + 1));
            int found = 0;
            MentionType type = null;
            for (int len = max == null ? 0 : Math.min(max, nt.size() - i); len >= 1 && found == 0; len--) {
                MentionType t = typeOf.get(key(nt, i, i + len));
                if (t != null && free(covered, i, i + len)) {
                    found = len;
                    type = t;
                }
            }
            if (found == 0 && surnames.containsKey(key(nt, i, i + 1))) {
                found = 1;
                type = MentionType.PERSON;
            }
            if (found > 0) {
                taken.add(new Candidate(i, i + found, type, Source.GUESS));
                for (int k = i; k < i + found; k++) covered[k] = true;
                i += found - 1;
            }
        }
    }

    private static boolean free(boolean[] covered, int from, int to) {
        for (int k = from; k < to; k++) if (covered[k]) return false;
        return true;
    }

    private static int argmax(int[] v) {
        int best = 0;
        for (int i = 1; i < v.length; i++) if (v[i] > v[best]) best = i;
        return best;
    }

    /** Consistency keys ignore case, so names established in the body are found in capitalized headlines. */
    private static String key(NerTokens nt, int from, int to) {
        String k = to - from == 1 ? nt.words[from] : String.join(" ", java.util.Arrays.asList(nt.words).subList(from, to));
        return k.toLowerCase(Locale.ROOT);
    }

    // --- word shapes

    static boolean isCapitalized(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
    }

    /** A capitalized word, or one with a lower-case Arabic article before a capital ("al-Assad"). */
    private static boolean isNameWord(String word) {
        if (isCapitalized(word)) return Character.isLetter(word.charAt(0));
        int dash = word.indexOf('-');
        return dash > 0 && dash < 4 && dash + 1 < word.length() && Character.isUpperCase(word.charAt(dash + 1));
    }

    /** How a sentence is cased: headlines in Title Case or capitals defeat capitalization rules. */
    enum Casing {
        NORMAL, TITLE, UPPER;

        static Casing of(String[] words) {
            int letters = 0;
            int upper = 0;
            int capitalized = 0;
            boolean lowerLongWord = false;
            for (String w : words) {
                if (w.isEmpty() || !Character.isLetter(w.charAt(0))) continue;
                letters++;
                if (w.length() > 1 && w.equals(w.toUpperCase(Locale.ROOT))) upper++;
                if (Character.isUpperCase(w.charAt(0))) capitalized++;
                else if (w.length() >= 4) lowerLongWord = true;
            }
            if (letters >= 3 && upper * 10 >= letters * 7) return UPPER;
            // Title Case capitalizes every longer word; "President Ilham Aliyev visited Baku." keeps one in lower case.
            if (letters >= 4 && !lowerLongWord && capitalized * 10 >= letters * 8) return TITLE;
            return NORMAL;
        }
    }
}
