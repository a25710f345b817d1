package org.claimgraph.reader;

import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.claimgraph.language.WordLists;

/** Regular-expression pieces made from the reader's word lists, so that each list is kept in one file. */
final class WordPatterns {
    private WordPatterns() {}

    private static final String DIR = "org/claimgraph/reader/";

    /** A non-capturing group matching any entry of the word list {@code file} literally. */
    static String anyOf(String file) {
        return WordLists.lines(DIR + file).stream().map(Pattern::quote).collect(Collectors.joining("|", "(?:", ")"));
    }
}
