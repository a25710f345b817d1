package org.claimgraph.actors.names;

import org.claimgraph.language.CalendarWords;
import org.claimgraph.language.Titles;
import org.claimgraph.language.WordLists;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.claimgraph.doc.MentionType;

/**
 * The general-purpose word lists shipped with claimgraph: places, organizations, news outlets,
 * demonyms, given names, titles and organization head words. Phrases are kept as word sequences
 * cut like {@link NerTokens} so they match the tokens of a sentence directly. Loaded once.
 */
public final class Gazetteer {
    private static final String DIR = NameModel.DIR;
    /** What makes a title a nominee's, glued to its last word: "President-elect", "Secretary of State-designate". */
    private static final List<String> NOMINEE_SUFFIXES = List.of("-elect", "-designate");
    /** Longer than the longest title phrase listed ("chairman of the joint chiefs of staff"). */
    private static final int MAX_TITLE_WORDS = 8;
    private static volatile Gazetteer instance;

    /** Typed names: places (LOCATION) and organizations and outlets (ORGANIZATION). */
    private final PhraseTrie names = new PhraseTrie(true);
    /** Titles also stand in lower case before a name ("spokesman Dmitry Orlov"). */
    private final PhraseTrie titles = new PhraseTrie(false);
    private final Set<String> titleWords = new HashSet<>();
    private final Set<String> demonyms = new HashSet<>();
    private final Set<String> nationalities = new HashSet<>();
    private final Set<String> givenNames = new HashSet<>();
    private final Set<String> orgHeads = new HashSet<>();
    private final Set<String> notNames = new HashSet<>();
    private final Set<String> commonWords = new HashSet<>();
    private final Set<String> countries = new HashSet<>();

    public static Gazetteer get() {
        Gazetteer g = instance;
        if (g == null) {
            synchronized (Gazetteer.class) {
                if (instance == null) instance = new Gazetteer();
                g = instance;
            }
        }
        return g;
    }

    private Gazetteer() {
        for (String line : lines("countries.tsv")) {
            String[] cols = line.split("\t");
            for (String country : cols[0].split("\\|")) {
                addName(country, MentionType.LOCATION);
                countries.add(key(String.join(" ", words(country))));
            }
            if (cols.length > 1) {
                for (String demonym : cols[1].split("\\|")) {
                    demonyms.add(key(demonym));
                    nationalities.add(key(demonym));
                }
            }
        }
        for (String line : lines("peoples.txt")) {
            demonyms.add(key(line));
        }
        for (String file : List.of("cities.txt", "regions.txt")) {
            for (String line : lines(file)) {
                addName(line, MentionType.LOCATION);
            }
        }
        for (String file : List.of("organizations.txt", "media.txt")) {
            for (String line : lines(file)) {
                for (String name : line.split("\\|")) {
                    addName(name, MentionType.ORGANIZATION);
                }
            }
        }
        for (String line : lines("given-names.txt")) {
            givenNames.add(key(line));
        }
        for (String line : Titles.shared().forms(Titles.Use.NAME)) {
            String[] w = words(line);
            titles.put(w, MentionType.PERSON);
            titleWords.add(key(w[w.length - 1]));
        }
        for (String line : lines("org-heads.txt")) {
            orgHeads.add(key(line));
        }
        for (String line : lines("not-names.txt")) notNames.add(line);
        notNames.addAll(CalendarWords.notNames());
        for (String line : lines("common-words.txt")) commonWords.add(key(line));
    }

    private void addName(String phrase, MentionType type) {
        names.put(words(phrase), type);
    }

    /** Longest typed name starting at {@code from}; its length in tokens, 0 when none. */
    public Match longestName(String[] tokens, int from) { return names.longest(tokens, from); }

    /** Longest title phrase ("Foreign Minister", "Chief of the General Staff") starting at {@code from}. */
    public Match longestTitle(String[] tokens, int from) { return titles.longest(tokens, from); }

    /**
     * Longest title phrase starting at {@code from}, a nominee's included: a listed title whose last word carries
     * "-elect" or "-designate" ("President-elect", "Secretary of State-designate"). The rules strip these before
     * a name as they strip the title itself; the model's features read {@link #longestTitle} only, as it was trained.
     */
    public Match longestTitleOrNominee(String[] tokens, int from) {
        Match title = titles.longest(tokens, from);
        for (int k = from; k < tokens.length && k - from < MAX_TITLE_WORDS; k++) {
            String stem = nomineeStem(tokens[k]);
            if (stem == null) continue;
            String[] phrase = Arrays.copyOfRange(tokens, from, k + 1);
            phrase[phrase.length - 1] = stem;
            if (titles.longest(phrase, 0).length() == phrase.length && phrase.length > title.length()) return new Match(phrase.length, MentionType.PERSON);
        }
        return title;
    }

    /** "President" of "President-elect", "State" of "State-designate"; null for a word with no such suffix. */
    private static String nomineeStem(String token) {
        for (String suffix : NOMINEE_SUFFIXES) {
            if (token.length() > suffix.length() + 1 && key(token).endsWith(suffix)) return token.substring(0, token.length() - suffix.length());
        }
        return null;
    }

    /** A listed country, by its words joined with spaces ("South Africa", "U.S."), in any case. */
    public boolean isCountry(String phrase) { return countries.contains(key(phrase)); }

    public boolean isTitleWord(String token) { return titleWords.contains(key(token)); }
    public boolean isDemonym(String token) { return demonyms.contains(key(token)); }
    /** A country's demonym ("Russian", "Nigerian"), not a people's or a region's ("Arab", "Western"). */
    public boolean isNationality(String token) { return nationalities.contains(key(token)); }
    public boolean isGivenName(String token) { return givenNames.contains(key(token)); }
    public boolean isOrgHead(String token) { return orgHeads.contains(key(token)); }
    /** Acronyms and capitalized words that never name an actor (CEO, GDP, roman numerals). */
    public boolean isNotName(String token) { return notNames.contains(token); }

    /** An ordinary word that headings capitalize ("Strategy", "Global"), in any case. */
    public boolean isCommonWord(String token) { return commonWords.contains(key(token)); }

    public record Match(int length, MentionType type) {
        static final Match NONE = new Match(0, null);
    }

    static String key(String word) { return word.toLowerCase(Locale.ROOT); }

    /** A phrase cut into words the way {@link NerTokens} cuts text: spaces, then a trailing comma or possessive. */
    static String[] words(String phrase) {
        List<String> out = new ArrayList<>();
        for (String w : phrase.trim().split("\\s+")) {
            String trailing = null;
            if (w.length() > 1 && w.endsWith(",")) {
                w = w.substring(0, w.length() - 1);
                trailing = ",";
            }
            if (w.length() > 2 && (w.endsWith("'s") || w.endsWith("’s"))) {
                out.add(w.substring(0, w.length() - 2));
                out.add(w.substring(w.length() - 2));
            } else {
                out.add(w);
            }
            if (trailing != null) out.add(trailing);
        }
        return out.toArray(new String[0]);
    }

    private static List<String> lines(String file) { return WordLists.lines(DIR + file); }

    /**
     * Word-sequence lookup, case-insensitive. Where {@code capitalized}, a match must start with a
     * capitalized token unless the listed phrase itself starts in lower case ("al-Qaeda", "dpa"), so
     * "gulf" and "chad" are not places.
     */
    private static final class PhraseTrie {
        private final Node root = new Node();
        private final boolean capitalized;

        PhraseTrie(boolean capitalized) { this.capitalized = capitalized; }

        void put(String[] words, MentionType type) {
            Node n = root;
            for (String w : words) n = n.next.computeIfAbsent(key(w), k -> new Node());
            if (n.type == null) {
                n.type = type;
                n.lowerStart = Character.isLowerCase(words[0].charAt(0));
            }
        }

        Match longest(String[] tokens, int from) {
            Node n = root;
            Match best = Match.NONE;
            for (int i = from; i < tokens.length; i++) {
                n = n.next.get(key(tokens[i]));
                if (n == null) break;
                if (n.type != null && (!capitalized || n.lowerStart || !Character.isLowerCase(tokens[from].charAt(0)))) {
                    best = new Match(i - from + 1, n.type);
                }
            }
            return best;
        }

        private static final class Node {
            final Map<String, Node> next = new HashMap<>(4);
            MentionType type;
            boolean lowerStart;
        }
    }
}
