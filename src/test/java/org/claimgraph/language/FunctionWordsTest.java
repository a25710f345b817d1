package org.claimgraph.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The one list of English closed-class words, by class and composed as the rules ask for it. */
class FunctionWordsTest {

    @Test
    void personalPronounsComposeByPersonAndCase() {
        assertEquals(Set.of("he", "she", "him", "her", "his"), FunctionWords.personalPronouns("3sg"));
        assertEquals(Set.of("i", "me", "my", "we", "us", "our"), FunctionWords.personalPronouns("1sg", "1pl"));
        assertEquals(Set.of("he", "she", "they", "we", "i"), FunctionWords.inPersons("subject-pronoun", "1sg", "1pl", "3sg", "3pl"));
        assertEquals(Set.of("my", "our", "your", "his", "her", "its", "their"), FunctionWords.inEveryPerson("possessive-determiner"));
    }

    @Test
    void aUnionHoldsTheWordsOfEveryClassNamed() {
        assertEquals(Set.of("the", "a", "an"), FunctionWords.union("definite-article", "indefinite-articles"));
        assertEquals(Set.of("who", "which", "that"), FunctionWords.union("wh-pronoun-person", "relative-pronouns"));
        assertEquals(Set.of("may", "might", "could", "would", "should", "will", "can", "must", "shall"), FunctionWords.get("modals"));
    }

    @Test
    void anUnknownClassIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> FunctionWords.get("adverbs"));
        assertThrows(IllegalArgumentException.class, () -> FunctionWords.inPersons("subject-pronoun", "4sg"));
    }

    @Test
    void eachWordIsWrittenOncePerClassInLowerCase() {
        Set<String> seen = new HashSet<>();
        for (String line : WordLists.lines(FunctionWords.RESOURCE)) {
            assertTrue(seen.add(line), "written twice: " + line);
            String word = line.split("\t")[1];
            assertEquals(word.toLowerCase(Locale.ROOT), word, "the rules compare lowered tokens: " + line);
        }
    }
}
