package org.claimgraph.reader;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.claimgraph.language.WordLists;

/** The reader's word lists, and regular-expression pieces made from them, so that each list is kept in one file. */
final class WordPatterns {
    private WordPatterns() {}

    private static final String DIR = "org/claimgraph/reader/";

    /** The entries of the reader's word list {@code file}. */
    static List<String> list(String file) { return WordLists.lines(DIR + file); }

    /** A non-capturing group matching any entry of the word list {@code file} literally. */
    static String anyOf(String file) { return anyOf(list(file)); }

    /** A non-capturing group matching any of {@code phrases} literally. */
    static String anyOf(List<String> phrases) {
        return phrases.stream().map(Pattern::quote).collect(Collectors.joining("|", "(?:", ")"));
    }
}
