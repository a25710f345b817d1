package org.claimgraph.assertions;

import java.util.HashMap;
import java.util.Map;

import org.claimgraph.language.WordLists;

/** Numbers written in words, by class ("cardinal", "scale"), with their values: read once from {@code number-words.tsv}. */
final class NumberWords {
    static final String RESOURCE = "org/claimgraph/assertions/number-words.tsv";

    private static final Map<String, Map<String, Double>> CLASSES = load();

    private NumberWords() {}

    private static Map<String, Map<String, Double>> load() {
        Map<String, Map<String, Double>> classes = new HashMap<>();
        for (String line : WordLists.lines(RESOURCE)) {
            String[] f = line.split("\t");
            if (f.length != 3) throw new IllegalStateException(RESOURCE + ": want 'class<TAB>word<TAB>value': " + line);
            classes.computeIfAbsent(f[0], k -> new HashMap<>()).put(f[1], Double.valueOf(f[2]));
        }
        Map<String, Map<String, Double>> frozen = new HashMap<>();
        classes.forEach((name, words) -> frozen.put(name, Map.copyOf(words)));
        return Map.copyOf(frozen);
    }

    /** The words of one class with their values; an unknown class is a programming error. */
    static Map<String, Double> get(String name) {
        Map<String, Double> words = CLASSES.get(name);
        if (words == null) throw new IllegalArgumentException("no class '" + name + "' in " + RESOURCE);
        return words;
    }

    /** The words of the classes named with their values, as whole numbers. */
    static Map<String, Integer> whole(String... names) {
        Map<String, Integer> words = new HashMap<>();
        for (String name : names) get(name).forEach((w, v) -> words.put(w, v.intValue()));
        return Map.copyOf(words);
    }
}
