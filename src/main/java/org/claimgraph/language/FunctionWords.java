package org.claimgraph.language;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * English closed-class words by grammatical class ("subject-pronoun-3sg", "modals", "dashes"), read once from
 * {@code function-words.tsv}. A rule that wants several classes asks for their union, so each word is written
 * in one place per class. An unknown class name is a programming error and fails loudly.
 */
public final class FunctionWords {
    static final String RESOURCE = "org/claimgraph/language/function-words.tsv";

    private static final Map<String, Set<String>> CLASSES = load();

    private FunctionWords() {}

    private static Map<String, Set<String>> load() {
        Map<String, Set<String>> classes = new HashMap<>();
        for (String line : WordLists.lines(RESOURCE)) {
            String[] f = line.split("\t");
            if (f.length != 2) throw new IllegalStateException(RESOURCE + ": want 'class<TAB>word': " + line);
            classes.computeIfAbsent(f[0], k -> new HashSet<>()).add(f[1]);
        }
        Map<String, Set<String>> frozen = new HashMap<>();
        classes.forEach((name, words) -> frozen.put(name, Set.copyOf(words)));
        return Map.copyOf(frozen);
    }

    /** The words of one class. */
    public static Set<String> get(String name) {
        Set<String> words = CLASSES.get(name);
        if (words == null) throw new IllegalArgumentException("no class '" + name + "' in " + RESOURCE);
        return words;
    }

    /** The words of all the classes named. */
    public static Set<String> union(String... names) {
        Set<String> words = new HashSet<>();
        for (String name : names) words.addAll(get(name));
        return Set.copyOf(words);
    }

    /** The persons of the pronoun classes: "subject-pronoun-3sg" is he and she, "-3sg-neuter" it. */
    private static final String[] PERSONS = {"1sg", "1pl", "2", "3sg", "3sg-neuter", "3pl"};

    /** The words of one form ("subject-pronoun", "possessive-determiner") in each person named ("1sg", "3pl"). */
    public static Set<String> inPersons(String form, String... persons) {
        Set<String> words = new HashSet<>();
        for (String p : persons) words.addAll(get(form + "-" + p));
        return Set.copyOf(words);
    }

    /** The words of one form in every person: "possessive-determiner" is my, our, your, his, her, its, their. */
    public static Set<String> inEveryPerson(String form) {
        return inPersons(form, PERSONS);
    }

    /**
     * The personal pronouns of each person named ("1sg", "3pl"), as subject, as object and as possessive
     * determiner: "3sg" is he, she, him, her, his.
     */
    public static Set<String> personalPronouns(String... persons) {
        Set<String> words = new HashSet<>(inPersons("subject-pronoun", persons));
        words.addAll(inPersons("object-pronoun", persons));
        words.addAll(inPersons("possessive-determiner", persons));
        return Set.copyOf(words);
    }
}
