package org.claimgraph.actors.names;

import opennlp.tools.namefind.TokenNameFinder;
import opennlp.tools.util.Span;

/**
 * One source of names, an OpenNLP {@link TokenNameFinder}: spans over a sentence's tokens, typed "person",
 * "organization" or "location" as {@link NameModel}'s outcomes are. claimgraph's finders read {@link NerTokens}
 * (words with their part of speech); {@link #find(String[])} serves callers with words alone. {@link NameCombiner}
 * merges the finders' spans by its priority.
 */
public interface SentenceNameFinder extends TokenNameFinder {
    /** The names of one sentence, over its token indices. */
    Span[] find(NerTokens sentence);

    /** Words alone: no part of speech, so the rules that need one ("a proper noun") find less. */
    @Override
    default Span[] find(String[] tokens) { return find(NerTokens.ofWords(tokens)); }

    /** The rules keep nothing between sentences. */
    @Override
    default void clearAdaptiveData() {}
}
