package org.claimgraph.actors.names;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.claimgraph.actors.Names;
import org.claimgraph.doc.Document;
import org.claimgraph.doc.Mention;
import org.claimgraph.doc.MentionType;
import org.claimgraph.doc.Sentence;
import org.claimgraph.doc.Span;
import org.claimgraph.doc.Token;
import org.claimgraph.doc.ZoneKind;
import org.claimgraph.pipeline.Component;

/**
 * Finds the PERSON, ORGANIZATION and LOCATION mentions of a document: claimgraph's statistical name
 * model ({@link NameModel}, learnt from CoNLL-2003 newswire) and the rules that read what news writes
 * around a name: a title before a person, organization head words, datelines, initials, particles. The
 * rules' names come first, the model's fill the rest. Mentions never overlap; boilerplate is skipped.
 * The model loads once; each thread gets its own NameFinderME, and per-document state stays local.
 */
public final class MentionFinder implements Component {

    /** Which evidence to use; {@link #COMBINED} is what the pipeline runs, the others are kept to measure against. */
    public enum Strategy {
        /** The trained name finder alone. */
        STATISTICAL,
        /** Rules, gazetteers, acronyms and proper-noun spans, made consistent across the document; no model. */
        LEXICAL,
        /** The rules first, the model for the rest. */
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
    /** A company's legal form, the last word of its name in either list below. */
    private static final Set<String> LEGAL_FORMS = Set.of("Ltd", "Ltd.", "Limited", "Corp", "Corp.", "Corporation", "Inc", "Inc.",
            "Co", "Co.", "Holdings", "AG", "SA", "S.A.", "PLC", "plc", "GmbH", "NV", "N.V.", "LLC");
    /** Last words of a company's name: its first word alone names the company ("Velmor Mining Ltd" ... "Velmor"). */
    private static final Set<String> COMPANY_SUFFIXES = union(LEGAL_FORMS, Set.of("Group", "Bhd", "Tbk", "SpA", "AB", "Brothers", "Bros."));
    /** Head words only companies end in, which take no "of" complement (unlike "Bank of X", "Group of Seven"). */
    private static final Set<String> COMPANY_HEADS = union(LEGAL_FORMS, Set.of("Plc", "Partners", "Investments", "Securities", "Technologies"));

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }

    /** Nouns for a kind of place that name the place after "of": "the town of X", "the province of X". */
    private static final Set<String> PLACE_NOUNS = Set.of("town", "city", "village", "province", "region", "district", "county",
            "port", "capital", "municipality", "island", "enclave", "governorate", "oblast", "prefecture");
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
            TokenNameFinderModel model = NameModel.load();
            this.finder = ThreadLocal.withInitial(() -> new NameFinderME(model));
        }
    }

    @Override
    public void process(Document doc) {
        String text = doc.text();
        List<Sentence> sentences = new ArrayList<>();
        List<NerTokens> tokens = new ArrayList<>();
        List<List<Candidate>> chosen = new ArrayList<>();
        // The model learnt from whole documents: what it found earlier in this one counts, another's does not.
        if (finder != null) finder.get().clearAdaptiveData();
        for (Sentence s : doc.sentences()) {
            if (s.zone() == ZoneKind.BOILERPLATE || s.tokens().isEmpty()) continue;
            NerTokens nt = NerTokens.of(text, s.tokens());
            sentences.add(s);
            tokens.add(nt);
            chosen.add(candidates(text, nt));
        }
        // The model keeps a document consistent itself (it learnt from whole documents); the rules alone need help.
        if (strategy == Strategy.LEXICAL) makeConsistent(tokens, chosen);
        if (strategy != Strategy.LEXICAL) confirmHeadlineNames(sentences, tokens, chosen);
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

    private List<Candidate> candidates(String text, NerTokens nt) {
        List<Candidate> model = strategy == Strategy.LEXICAL ? List.of() : modelNames(nt);
        if (strategy == Strategy.STATISTICAL) return model;
        List<Candidate> rules = ruleNames(text, nt);
        if (strategy == Strategy.LEXICAL) return resolve(rules, Source.RULE);
        // The rules' names first (they read a title, a head word, a dateline), then the model's as it found them.
        // Measured on CoNLL-2003 eng.testa and the project's gold set: the lists and acronyms added more wrong
        // names than right ones beside the model (-0.004 and -0.007 F1 on eng.testa), and each step that reshaped
        // the model's names or retyped them by document cost F1 too.
        List<Candidate> out = new ArrayList<>(model);
        out.addAll(rules);
        return resolve(out, Source.RULE);
    }

    /** The model's names of actor types (MISC is dropped here), {@link #trimmed} to their name words. */
    private List<Candidate> modelNames(NerTokens nt) {
        List<Candidate> out = new ArrayList<>();
        for (opennlp.tools.util.Span span : finder.get().find(nt.words)) {
            MentionType type = NameModel.typeOf(span.getType());
            Candidate c = type == null ? null : trimmed(nt.words, span.getStart(), span.getEnd(), type, w -> !gazetteer.isNotName(w));
            if (c != null) out.add(c);
        }
        return out;
    }

    /**
     * The model's name from {@code from} to {@code to}, without the words at its edges that {@code nameWord}
     * refuses ("Avatar" of a commenter's picture); null when nothing is left.
     */
    private static Candidate trimmed(String[] words, int from, int to, MentionType type, Predicate<String> nameWord) {
        while (from < to && !nameWord.test(words[from])) from++;
        while (to > from && !nameWord.test(words[to - 1])) to--;
        return from == to ? null : new Candidate(from, to, type, Source.MODEL);
    }

    /**
     * In a headline in Title Case every word looks like a name to the model ("Merkel Says Hundreds"): its names
     * keep only the words that the document's other sentences use in names, end at the first other word,
     * and take the type of the name that first used their first word.
     */
    private static void confirmHeadlineNames(List<Sentence> sentences, List<NerTokens> tokens, List<List<Candidate>> chosen) {
        Map<String, MentionType> nameWords = new HashMap<>();
        List<Boolean> headline = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            headline.add(sentences.get(i).zone() == ZoneKind.TITLE && Casing.of(tokens.get(i).words) == Casing.TITLE);
            if (headline.get(i)) continue;
            for (Candidate c : chosen.get(i)) {
                for (int k = c.from; k < c.to; k++) nameWords.putIfAbsent(tokens.get(i).words[k], c.type);
            }
        }
        for (int i = 0; i < tokens.size(); i++) {
            if (!headline.get(i)) continue;
            String[] w = tokens.get(i).words;
            List<Candidate> kept = new ArrayList<>();
            for (Candidate c : chosen.get(i)) {
                if (c.source != Source.MODEL) { kept.add(c); continue; }
                int to = c.from;
                while (to < c.to && nameWords.containsKey(w[to])) to++;
                if (to > c.from) kept.add(new Candidate(c.from, to, nameWords.get(w[c.from]), Source.MODEL));
            }
            chosen.set(i, kept);
        }
    }

    /** Candidates of the rules, lists and acronyms, each trimmed to what can begin and end a name. */
    private List<Candidate> ruleNames(String text, NerTokens nt) {
        List<Candidate> out = new ArrayList<>();
        Casing casing = Casing.of(nt.words);
        boolean[] titleTokens = new boolean[nt.size()];
        if (casing == Casing.NORMAL) {
            titledPersons(nt, out, titleTokens);
            givenNamePersons(nt, out);
            organizationsByHead(nt, out, titleTokens);
            companiesByRole(nt, out);
            companiesByKind(nt, out);
            placesByNoun(nt, out);
            particleNames(nt, out);
        }
        datelinePlace(nt, out);
        if (casing != Casing.UPPER) initialedPersons(nt, out);
        if (strategy == Strategy.LEXICAL) {
            gazetteerNames(nt, casing, out);
            if (casing != Casing.UPPER) acronyms(nt, out);
            if (casing == Casing.NORMAL) properNounGuesses(nt, out);
        }
        List<Candidate> tidy = new ArrayList<>(out.size());
        for (Candidate c : out) {
            Candidate t = tidy(nt, c, casing);
            if (t == null || onlyDescriptive(nt.words, t) || t.source != Source.RULE && describedPerson(nt.words, t)
                    || t.length() == 1 && (isPluralAcronym(nt.words[t.from]) || isMonthBeforeDay(nt.words, t.from))
                    || namesEvent(nt.words, t)) continue;
            tidy.add(t);
        }
        return tidy;
    }

    private static final Set<String> NAME_SUFFIXES = Set.of("Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV");
    /** Last words of the name of a competition, a prize or a festival: an event, not an actor. */
    private static final Set<String> EVENT_WORDS = Set.of("Cup", "Open", "Classic", "Rally", "Prix", "Tour", "Championship",
            "Championships", "Trophy", "Games", "Series", "Masters", "Olympics", "Olympiad", "Marathon", "Invitational",
            "Tournament", "Prize", "Festival", "Awards");

    /**
     * "the Hamlet Cup", "the Kestrel Open", "Norby Classic tennis tournament": a name ending in an event word
     * names an event; so does a sponsor's name the model takes from one ("Velmor World Series"). Listed names
     * and persons with a known given name ("Tony Masters") stay.
     */
    private boolean namesEvent(String[] w, Candidate c) {
        if (c.source == Source.GAZETTEER || c.type == MentionType.PERSON && gazetteer.isGivenName(w[c.from])) return false;
        if (EVENT_WORDS.contains(w[c.to - 1])) return true;
        return false;
    }

    /** "Jan 12", "Aug. 30": a month before a day is a date, whatever given name it spells. */
    private static boolean isMonthBeforeDay(String[] w, int k) {
        return k + 1 < w.length && isScore(w[k + 1]) && !Character.isDigit(w[k].charAt(0)) && isDateWord(w[k]);
    }

    /** "ADRs", "MPs", "GDRs": an acronym in the plural names a kind of thing, not an actor. */
    static boolean isPluralAcronym(String word) {
        int n = word.length();
        return n >= 3 && word.charAt(n - 1) == 's' && isAcronym(word.substring(0, n - 1));
    }

    /**
     * "A. Fraser", "J.R. Ewing", "A. Curts Cooke": initials before capitalized words no list knows are a
     * person's name, as sports scorecards and bylines write them. Listed initials ("U.S.") are no initials.
     */
    private void initialedPersons(NerTokens nt, List<Candidate> out) {
        String[] w = nt.words;
        for (int i = 0; i + 1 < w.length; i++) {
            if (!isInitials(w[i]) || gazetteer.isOrgHead(w[i]) || gazetteer.longestName(w, i).length() > 0) continue;
            int after = i + 1;
            while (after < w.length && after - i < 3 && isInitials(w[after])) after++;
            int end = after < w.length ? nameEnd(nt, after) : after;
            if (end > after) out.add(new Candidate(i, end, MentionType.PERSON, Source.RULE));
            i = Math.max(i, end - 1);
        }
    }

    /** "A.", "J.R.", "A.J.P.": capital letters each followed by a full stop, at most four. */
    static boolean isInitials(String word) {
        int n = word.length();
        if (n < 2 || n > 8 || n % 2 != 0) return false;
        for (int i = 0; i < n; i += 2) {
            if (!Character.isUpperCase(word.charAt(i)) || word.charAt(i + 1) != '.') return false;
        }
        return true;
    }

    /**
     * A name with a lower-case particle between capitalized words is a person's: "Henrik van der Vaart",
     * "Lucia de Oliveira", "Tariq bin Sulaiman", whatever the model made of its pieces. Listed names with a
     * particle ("Rio de Janeiro") and names of a listed place ("Bank of Spain") stay what the lists say.
     */
    private void particleNames(NerTokens nt, List<Candidate> out) {
        String[] w = nt.words;
        for (int k = 1; k + 1 < w.length; k++) {
            if (!isParticle(w[k]) || !personNameWord(nt, k - 1)) continue;
            int after = particlesFrom(w, k);
            if (after >= w.length || gazetteer.longestName(w, after).length() > 0) continue;
            int end = nameEnd(nt, after);
            if (end == after) continue;
            int from = k - 1;
            while (from > 0 && k - from < 3 && personNameWord(nt, from - 1)) from--;
            out.add(new Candidate(from, end, MentionType.PERSON, Source.RULE));
            k = end - 1;
        }
    }

    /** A capitalized word that can be part of a person's name: no title, head word, demonym or listed name. */
    private boolean personNameWord(NerTokens nt, int k) {
        String word = nt.words[k];
        return isCapitalized(word) && Character.isLetter(word.charAt(0)) && !gazetteer.isTitleWord(word) && !gazetteer.isOrgHead(word)
                && !gazetteer.isDemonym(word) && !gazetteer.isNotName(word) && gazetteer.longestName(nt.words, k).length() == 0
                && !NON_NAME_POS.contains(nt.pos[k]);
    }

    /** Index after up to two particles starting at k ("van der"), k itself when there is none. */
    private static int particlesFrom(String[] w, int k) {
        int j = k;
        while (j < w.length && j - k < 2 && isParticle(w[j])) j++;
        return j;
    }

    /** A name particle as written inside a name: in lower case ("de", "van", "bin"). */
    private static boolean isParticle(String word) {
        return PARTICLES.contains(word);
    }

    /**
     * Trims what cannot begin or end a name off a candidate ("He also", "Critics of X", "France is",
     * "Russia 's", a lone "."), and drops it when nothing is left or it holds a web address or handle.
     */
    private Candidate tidy(NerTokens nt, Candidate c, Casing casing) {
        int from = c.from;
        int to = c.to;
        // Rules check the words they take themselves; the part of speech of a word opening a line says little there.
        while (from < to && !(c.source == Source.RULE ? isNameWord(nt.words[from]) && !gazetteer.isNotName(nt.words[from])
                : canStartName(nt, from, casing))) from++;
        if (from == to) return null;
        // "Frenchman Jules Marot": a name after a demonym that means a person is that person's.
        MentionType type = c.type;
        if (to - from > 1 && isPersonDemonym(nt.words[from])) {
            from++;
            type = MentionType.PERSON;
        }
        // "Full-back Tom Reid", "Russian Dmitri Orlov": a person's name starts after a title or demonym.
        while (type == MentionType.PERSON && to - from > 1) {
            int title = gazetteer.longestTitle(nt.words, from).length();
            String first = nt.words[from];
            int skip = title > 0 ? title : gazetteer.isDemonym(first) && !gazetteer.isGivenName(first) ? 1 : 0;
            if (skip == 0 || from + skip >= to) break;
            from += skip;
        }
        // A dash standing alone separates two things: "Steers - Select".
        for (int k = from + 1; k < to; k++) {
            String w = nt.words[k];
            if (w.equals("-") || w.equals("--") || w.equals("\u2013") || w.equals("\u2014")) {
                to = k;
                break;
            }
        }
        while (to > from && (!isNameWord(nt.words[to - 1]) || gazetteer.isNotName(nt.words[to - 1]))) to--;
        // "Agency Vice" of "Agency Vice Minister X": a name does not end in the first words of a title running on after it.
        for (int k = from + 1; k < to; k++) {
            if (k + gazetteer.longestTitle(nt.words, k).length() > to) {
                to = k;
                break;
            }
        }
        if (from == to) return null;
        for (int k = from; k < to; k++) {
            String w = nt.words[k];
            if (w.contains("://") || w.startsWith("@") || w.startsWith("#")) return null;
        }
        return from == c.from && to == c.to && type == c.type ? c : new Candidate(from, to, type, c.source);
    }

    /** Capitalized only because it opens the sentence, a quote or a list item: "Critics", "Meanwhile", "He". */
    private static boolean isOpening(NerTokens nt, int k) {
        return k == 0 || "PUNCT".equals(nt.pos[k - 1]) && !",".equals(nt.words[k - 1]);
    }

    private boolean canStartName(NerTokens nt, int k, Casing casing) {
        String word = nt.words[k];
        if (!isNameWord(word) || gazetteer.isNotName(word)) return false;
        if (gazetteer.longestName(nt.words, k).length() > 0 || gazetteer.isGivenName(word)) return true;
        String pos = nt.pos[k];
        if (casing != Casing.NORMAL) return true;
        boolean opening = isOpening(nt, k);
        boolean alone = k + 1 >= nt.size() || !isNameWord(nt.words[k + 1]);
        // The tagger calls unknown names VERB or NOUN ("Sven/VERB Diermeier"): only alone do those words drop.
        // An adjective opening the sentence alone is capitalized for that reason only ("Violent crime has soared").
        if ("VERB".equals(pos) || "NOUN".equals(pos) || "ADJ".equals(pos)) return !(opening && alone);
        return !NON_NAME_POS.contains(pos);
    }

    /** "Frenchman", "Dutchwoman": a demonym that means a person, so the name after it is a person's. */
    private boolean isPersonDemonym(String word) {
        return (word.endsWith("man") || word.endsWith("woman")) && gazetteer.isDemonym(word);
    }

    /**
     * "Euro Swiss francs", "Ottoman Turkish": what the model reads as a person but ends in a demonym, after a word
     * that is no given name, describes things of a people. "Dawn French" keeps her given name, so stays.
     */
    private boolean describedPerson(String[] w, Candidate c) {
        return c.type == MentionType.PERSON && c.length() >= 2 && gazetteer.isDemonym(w[c.to - 1]) && !gazetteer.isGivenName(w[c.from]);
    }

    /** "Kazakh", "Chinese Ambassador": demonyms and titles describe an actor, they do not name one. */
    private boolean onlyDescriptive(String[] w, Candidate c) {
        // "General Staff", "Joint Staff": title words ending in an organization's head name that organization;
        // a title phrase of the list ("Chief of Staff") stays a title.
        if (gazetteer.isOrgHead(w[c.to - 1]) && gazetteer.longestTitle(w, c.from).length() != c.length()) return false;
        for (int k = c.from; k < c.to; k++) {
            if (!gazetteer.isDemonym(w[k]) && !gazetteer.isTitleWord(w[k]) && !CONNECTORS.contains(w[k])) return false;
        }
        return true;
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
            if (title.length() == 0 && isCapitalized(w[i]) && (gazetteer.isTitleWord(w[i]) || isPersonDemonym(w[i]))) after = i + 1;
            // "Dean Holdsworth": a one-word title that is also a given name, capitalized, opens the name itself.
            if (after == i + 1 && isCapitalized(w[i]) && gazetteer.isGivenName(w[i]) && (i == 0 || !isNameWord(w[i - 1]))) after = i;
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
            // A title word ends the name when it introduces the next one; last in the run it is a surname ("John Major").
            boolean surnameLikeTitle = k > from && gazetteer.isTitleWord(word) && (k + 1 >= w.length || !isNameWord(w[k + 1]));
            if (!isNameWord(word) || gazetteer.isTitleWord(word) && !surnameLikeTitle || gazetteer.isOrgHead(word)
                    || gazetteer.isDemonym(word) || gazetteer.isNotName(word)) break;
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
            if (c.type == MentionType.PERSON) for (int k = c.from; k < c.to; k++) person[k] = true;
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
                        || isArticle(w[k + 1]) && k + 2 < w.length && inRun(nt, k + 2, person, titleTokens))
                        || isArticle(word) && k > start && ("of".equals(w[k - 1]) || "for".equals(w[k - 1]))
                        || "and".equals(word) && lastHead < 0 && k > start && headAfterAnd(nt, k + 1, person, titleTokens)) {
                    if ("of".equals(word) || "for".equals(word)) complement = true;
                    k++;
                } else {
                    break;
                }
            }
            if (lastHead >= 0) {
                int from = trimLeading(nt, firstHead(start, lastHead, w), lastHead);
                // "Velmor Partners of Menlo Park": after a company's head word "of" names where it is, not what it is.
                boolean companyHead = COMPANY_HEADS.contains(w[lastHead]);
                int to = complement && lastCap > lastHead && !companyHead ? lastCap + 1 : lastHead + 1;
                // A head word alone ("Police said") is too often a common noun; a listed place ("Soviet Union") keeps its type.
                if (to - from >= 2) {
                    Gazetteer.Match listed = gazetteer.longestName(w, from);
                    out.add(new Candidate(from, to, listed.length() == to - from ? listed.type() : MentionType.ORGANIZATION, Source.RULE));
                }
            }
            i = Math.max(k, i + 1);
        }
    }

    /** Roles that only a company has, in lower case as running text writes them. */
    private static final List<String[]> COMPANY_ROLES = List.of(new String[] {"chief", "executive", "officer"},
            new String[] {"chief", "executive"}, new String[] {"general", "manager"}, new String[] {"managing", "director"},
            new String[] {"finance", "director"}, new String[] {"chairman"}, new String[] {"chairwoman"}, new String[] {"CEO"},
            new String[] {"shareholders"}, new String[] {"subsidiary"});

    /**
     * "Petofi general manager Laszlo Sebesvari", "the chairman of Velmor": proper nouns no list knows, right
     * before or after "of" a role only companies have, name a company.
     */
    private void companiesByRole(NerTokens nt, List<Candidate> out) {
        String[] w = nt.words;
        for (int i = 0; i < w.length; i++) {
            int role = companyRoleAt(w, i);
            if (role == 0) continue;
            int from = i;
            while (from > 0 && i - from < 3 && unlistedProperNoun(nt, from - 1)) from--;
            if (from < i) out.add(new Candidate(from, i, MentionType.ORGANIZATION, Source.RULE));
            int after = i + role;
            if (after + 1 < w.length && ("of".equals(w[after]) || "at".equals(w[after]))) {
                int to = after + 1;
                while (to < w.length && to - after <= 3 && unlistedProperNoun(nt, to)) to++;
                if (to > after + 1) out.add(new Candidate(after + 1, to, MentionType.ORGANIZATION, Source.RULE));
            }
            i += role - 1;
        }
    }

    /** Kinds of company that news writes before a company's name, and before no person's ("brewer Velmor"). */
    private static final Set<String> COMPANY_KINDS = Set.of("company", "firm", "brewer", "carmaker", "automaker", "insurer",
            "retailer", "conglomerate", "chipmaker", "lender", "airline", "carrier", "bank", "group");

    /**
     * "Polish brewer Velmor", "the telecoms group Kestrel Systems AB": proper nouns no list knows, right after the
     * kind of company they are, name that company.
     */
    private void companiesByKind(NerTokens nt, List<Candidate> out) {
        String[] w = nt.words;
        for (int i = 0; i + 1 < w.length; i++) {
            if (!COMPANY_KINDS.contains(w[i])) continue;
            int to = i + 1;
            // Capitals after a lower-case word mark a name, whatever part of speech the tagger gave it ("brewer Velmor/NOUN").
            while (to < w.length && to - i <= 4 && (unlistedNameWord(nt, to) || to > i + 1 && COMPANY_SUFFIXES.contains(w[to]))) to++;
            if (to > i + 1) out.add(new Candidate(i + 1, to, MentionType.ORGANIZATION, Source.RULE));
        }
    }

    private static final Set<String> COMPANY_ROLE_STARTS = Set.of("chief", "general", "managing", "finance", "chairman",
            "chairwoman", "CEO", "shareholders", "subsidiary");

    private static int companyRoleAt(String[] w, int i) {
        if (!COMPANY_ROLE_STARTS.contains(w[i])) return 0;
        for (String[] role : COMPANY_ROLES) {
            if (i + role.length > w.length) continue;
            boolean match = true;
            for (int k = 0; k < role.length && match; k++) match = role[k].equals(w[i + k]);
            if (match) return role.length;
        }
        return 0;
    }

    /** A proper noun (by the tagger) in capitals that no list, title or head word accounts for. */
    private boolean unlistedProperNoun(NerTokens nt, int k) {
        return "PROPN".equals(nt.pos[k]) && unlistedNameWord(nt, k);
    }

    /** A capitalized word that no list knows, and that is no given name, title, demonym or date. */
    private boolean unlistedNameWord(NerTokens nt, int k) {
        String word = nt.words[k];
        return isNameWord(word) && !gazetteer.isGivenName(word) && !gazetteer.isTitleWord(word) && !gazetteer.isDemonym(word)
                && !gazetteer.isNotName(word) && !isDateWord(word) && gazetteer.longestName(nt.words, k).length() == 0;
    }

    /** "the town of Kazanluk", "the province of Idlib": capitalized words after a place noun and "of" are a place. */
    private void placesByNoun(NerTokens nt, List<Candidate> out) {
        String[] w = nt.words;
        for (int i = 0; i + 2 < w.length; i++) {
            if (!PLACE_NOUNS.contains(w[i]) || !"of".equals(w[i + 1])) continue;
            int from = i + 2;
            int to = from;
            while (to < w.length && to - from < 3 && isCapitalized(w[to]) && Character.isLetter(w[to].charAt(0))
                    && !gazetteer.isNotName(w[to]) && !gazetteer.isOrgHead(w[to]) && !gazetteer.isTitleWord(w[to])) to++;
            // "the city of Paris Saint-Germain": a head word right after makes it an organization's name.
            boolean organization = to < w.length && gazetteer.isOrgHead(w[to]) && isCapitalized(w[to]);
            if (to > from && !organization) out.add(new Candidate(from, to, MentionType.LOCATION, Source.RULE));
        }
    }

    /**
     * A dateline: a place in capitals opening the sentence before a comma and a known place ("AL-MUKALLA,
     * Yemen", "KAZANLUK, Bulgaria"), before a date ("DES MOINES 1996-08-30", "OSLO, Aug 30") or before a news
     * agency in brackets ("MINSK (Reuters) -"). "TALLAHASSEE, Fla. 1996-08-30": the words between comma and
     * date name the state or country. Capitals that open a line are otherwise no evidence of a name.
     */
    private void datelinePlace(NerTokens nt, List<Candidate> out) {
        String[] w = nt.words;
        int k = 0;
        while (k < w.length && k < 3 && isCapitalsWord(w[k])) k++;
        if (k == 0 || k >= w.length) return;
        if (isDateWord(w[k]) || ",".equals(w[k]) && k + 1 < w.length && isDateWord(w[k + 1]) || "(".equals(w[k]) && k + 2 < w.length && ")".equals(w[k + 2]) && isCapitalized(w[k + 1])) {
            out.add(new Candidate(0, k, MentionType.LOCATION, Source.RULE));
            return;
        }
        if (!",".equals(w[k]) || k + 1 >= w.length) return;
        Gazetteer.Match place = gazetteer.longestName(w, k + 1);
        int region = k + 1;
        while (region < w.length && region - k <= 3 && isNameWord(w[region])) region++;
        // The sentence detector may end the dateline at an abbreviation's full stop ("Fla." + "1996-08-30").
        boolean lineEnds = region == w.length || region == w.length - 1 && ".".equals(w[region]);
        boolean dated = region > k + 1 && (lineEnds || isDateWord(w[region]) || "(".equals(w[region]));
        if (place.length() > 0 && place.type() == MentionType.LOCATION || dated) {
            out.add(new Candidate(0, k, MentionType.LOCATION, Source.RULE));
            if (dated && place.length() == 0) out.add(new Candidate(k + 1, region, MentionType.LOCATION, Source.RULE));
        }
    }

    private static final Set<String> MONTHS = Set.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct",
            "Nov", "Dec", "January", "February", "March", "April", "June", "July", "August", "September", "October", "November", "December");

    /** A date as datelines write it: "1996-08-30", "30/08/1996", "Aug", "August" (a day follows). */
    private static boolean isDateWord(String word) {
        String bare = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
        if (MONTHS.contains(bare)) return true;
        if (word.isEmpty() || !Character.isDigit(word.charAt(0))) return false;
        int separators = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c == '-' || c == '/') separators++;
            else if (!Character.isDigit(c)) return false;
        }
        return separators == 2;
    }

    private static boolean isScore(String word) {
        if (word.isEmpty() || word.length() > 3) return false;
        for (int i = 0; i < word.length(); i++) if (!Character.isDigit(word.charAt(i))) return false;
        return true;
    }

    /** A word in capitals of three or more letters, hyphens allowed ("AL-AIN", "BRATISLAVA"). */
    private static boolean isCapitalsWord(String word) {
        int letters = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isUpperCase(c)) letters++;
            else if (c != '-' || i == 0) return false;
        }
        return letters >= 3;
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

    /** "the" or "a" inside a name's complement: "Bank of the South", "Movement for a Free Homeland". */
    private static boolean isArticle(String word) { return "the".equals(word) || "a".equals(word); }

    /** "Trade and Industry Ministry": one capitalized word after "and", then a head word. */
    private boolean headAfterAnd(NerTokens nt, int k, boolean[] person, boolean[] titleTokens) {
        return k + 1 < nt.size() && inRun(nt, k, person, titleTokens) && !gazetteer.isOrgHead(nt.words[k])
                && inRun(nt, k + 1, person, titleTokens) && gazetteer.isOrgHead(nt.words[k + 1]);
    }

    private boolean inRun(NerTokens nt, int k, boolean[] person, boolean[] titleTokens) {
        String word = nt.words[k];
        return !person[k] && !titleTokens[k] && isCapitalized(word) && !gazetteer.isNotName(word);
    }

    /** Connectors inside an organization name: "of", "for", "&", "'s" after a head word, "and" inside a complement. */
    private static boolean joinsRun(String[] w, int k, int lastHead, boolean complement) {
        String word = w[k];
        if (word.equals("'s") || word.equals("’s")) return lastHead == k - 1;
        if (word.equals("and")) return complement || k + 1 < w.length && (w[k + 1].equals("Co") || w[k + 1].equals("Co."));
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
            else if (c == '-' && !nextToDigit(word, i)) return false; // "MH-17", not the place "AL-AIN"
            else if (!(c == '/' || c == '&' || c == '-' || Character.isDigit(c) && i > 0)) return false;
        }
        return upper >= 2 && Character.isUpperCase(word.charAt(0)) && Character.isUpperCase(word.charAt(n - 1));
    }

    private static boolean nextToDigit(String word, int i) {
        return i > 0 && Character.isDigit(word.charAt(i - 1)) || i + 1 < word.length() && Character.isDigit(word.charAt(i + 1));
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
    private static List<Candidate> resolve(List<Candidate> candidates, Source first) {
        candidates.sort(Comparator.comparing((Candidate c) -> c.source != first)
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
     * A string typed once is typed the same throughout the document (by vote: rules and gazetteers
     * outvote the model), later bare occurrences of it are mentions too, and the
     * surname of a person named in full is that person's.
     */
    private void makeConsistent(List<NerTokens> tokens, List<List<Candidate>> chosen) {
        Map<String, int[]> votes = new HashMap<>();
        Map<String, int[]> strongVotes = new HashMap<>();
        Map<String, MentionType> surnames = new HashMap<>();
        Set<String> companyShortNames = new HashSet<>();
        Set<String> established = new HashSet<>();
        for (int s = 0; s < tokens.size(); s++) {
            NerTokens nt = tokens.get(s);
            for (Candidate c : chosen.get(s)) {
                if (c.type == MentionType.ORGANIZATION && c.length() >= 2 && distinctive(nt.words[c.from])) {
                    if (COMPANY_SUFFIXES.contains(nt.words[c.to - 1])) {
                        // "Velmor Mining Co" ... "Velmor Mining", "Velmor": shorter forms of a company's name name it.
                        for (int end = c.from + 1; end < c.to; end++) {
                            if (!CONNECTORS.contains(nt.words[end - 1])) companyShortNames.add(key(nt, c.from, end));
                        }
                    }
                }
                String k = key(nt, c.from, c.to);
                int[] v = votes.computeIfAbsent(k, x -> new int[MentionType.values().length]);
                boolean weak = c.source == Source.GUESS;
                v[c.type.ordinal()]++;
                if (!weak) strongVotes.computeIfAbsent(k, x -> new int[MentionType.values().length])[c.type.ordinal()]++;
                if (!weak) established.add(k);
                int lastWord = c.to - 1;
                if (c.length() >= 3 && NAME_SUFFIXES.contains(nt.words[lastWord])) lastWord--;
                if (c.type == MentionType.PERSON && c.length() >= 2) {
                    String last = nt.words[lastWord];
                    if (isCapitalized(last) && canBeSurname(last)) surnames.put(key(nt, lastWord, lastWord + 1), MentionType.PERSON);
                    // "Bashar al-Assad" ... "Assad"
                    String bare = Names.withoutParticle(last);
                    if (bare.length() < last.length() && Character.isUpperCase(last.charAt(last.length() - bare.length()))) {
                        surnames.put(bare, MentionType.PERSON);
                    }
                }
            }
        }
        Map<String, MentionType> typeOf = new HashMap<>();
        // What rules and lists found decides; the model's guesses only where they found nothing.
        votes.forEach((k, v) -> typeOf.put(k, MentionType.values()[argmax(strongVotes.getOrDefault(k, v))]));
        for (String k : companyShortNames) {
            if (!established.contains(k)) typeOf.put(k, MentionType.ORGANIZATION);
        }
        // "Daniel al-Harbi" ... "Harbi": the surname of a person named in full is that person, whatever the
        // model made of it elsewhere, unless rules or lists established it as something else.
        for (String k : surnames.keySet()) {
            if (typeOf.containsKey(k) && !established.contains(k)) typeOf.put(k, MentionType.PERSON);
        }
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
                // Rules read the context of each occurrence ("Norby beat Kestrel 2-0" makes Norby a club): their type stays.
                MentionType t = c.source == Source.RULE ? c.type
                        : c.length() == 1 && surnames.containsKey(k) ? MentionType.PERSON : typeOf.getOrDefault(k, c.type);
                fixed.add(t == c.type ? c : new Candidate(c.from, c.to, t, c.source));
            }
            addRepeats(nt, fixed, typeOf, surnames, longestKnown);
            fixed.sort(Comparator.comparingInt(Candidate::from));
            chosen.set(s, fixed);
        }
    }

    /**
     * A surname repeats a person's name wherever it stands alone; a demonym or a country that ends a name the
     * model made up ("Euro Swiss", "After Tunisia") would make every "Swiss" or "Tunisia" in the text a person.
     * Titles and towns can be surnames ("John Major" ... "Major").
     */
    private boolean canBeSurname(String word) {
        return !gazetteer.isDemonym(word) && !gazetteer.isNotName(word) && !gazetteer.isCountry(word);
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
        String k = to - from == 1 ? nt.words[from] : String.join(" ", Arrays.copyOfRange(nt.words, from, to));
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
            int commas = 0;
            for (String w : words) {
                if (w.equals(",")) commas++;
                if (w.isEmpty() || !Character.isLetter(w.charAt(0))) continue;
                letters++;
                if (w.length() > 1 && w.equals(w.toUpperCase(Locale.ROOT))) upper++;
                if (Character.isUpperCase(w.charAt(0))) capitalized++;
                else if (w.length() >= 4) lowerLongWord = true;
            }
            if (letters >= 3 && upper * 10 >= letters * 7) return UPPER;
            // Title Case capitalizes every longer word; "President Ilham Aliyev visited Baku." keeps one in lower case.
            // A list of names ("Squad: Ana Ruiz, Li Wei, Omar Haddad") is capitalized throughout but is no headline.
            if (letters >= 4 && !lowerLongWord && capitalized * 10 >= letters * 8 && commas < 2 && !isTableLine(words)) return TITLE;
            return NORMAL;
        }

        private static final Set<String> TITLE_CASED_FUNCTION_WORDS = Set.of("A", "An", "The", "Of", "In", "On", "At", "To", "For",
                "By", "With", "From", "And", "Or", "As", "After", "Over", "Into", "Is", "Are", "Be", "Not", "No", "Up", "Out");

        /**
         * "1. Joel Marek ( Belgium ) Honda", "288 Ana Ruiz ( Spain ) 70 71": a row of competitors is capitalized
         * throughout, but a name in it carries a bracket (country or club) or the row opens with a rank ("1."), and
         * it has none of the little words a Title Case headline capitalizes. Other rows of figures (shipping
         * fixtures, prices) stay out of the model's reach.
         */
        private static boolean isTableLine(String[] words) {
            boolean competitor = words.length > 1 && isRank(words[0]) && Character.isUpperCase(words[1].charAt(0));
            for (int k = 0; k < words.length; k++) {
                if (TITLE_CASED_FUNCTION_WORDS.contains(words[k])) return false;
                if (words[k].equals("(") && k > 0 && k + 1 < words.length && isCapitalized(words[k - 1])
                        && isCapitalized(words[k + 1])) competitor = true;
            }
            return competitor;
        }

        /** "1.", "12.": a place in a ranking. */
        private static boolean isRank(String word) {
            int n = word.length();
            if (n < 2 || n > 4 || word.charAt(n - 1) != '.') return false;
            for (int i = 0; i < n - 1; i++) if (!Character.isDigit(word.charAt(i))) return false;
            return true;
        }
    }
}
