package org.claimgraph.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class PhraseFinderTest {
    private static final List<String> PHRASES = List.of("dear readers", "make a donation", "support our work", "keep us going");
    private static final PhraseFinder FINDER = new PhraseFinder(PHRASES);
    /** The expression alone, as the reader used it before the scan in front of it. */
    private static final Pattern PLAIN = Pattern.compile("\\b" + WordPatterns.anyOf(PHRASES) + "\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    @Test
    void phrasesAreFoundAsWholeWordsInAnyCase() {
        assertTrue(FINDER.find("Please, DEAR READERS, help."));
        assertTrue(FINDER.find("You could\nmake a donation"));
        assertFalse(FINDER.find("dear readership"));
        assertFalse(FINDER.find("undear readers"));
        assertFalse(FINDER.find("make a  donation"), "one space between the words, as listed");
    }

    /**
     * Characters that fold to ASCII letters (long s, Kelvin sign) count as those letters, as in the
     * expression, though they are no word characters to its \b.
     */
    @Test
    void caseFoldsAsTheExpressionDoes() {
        for (String text : List.of("we ask you to \u017Fupport our work", "\u212Aeep us going", "dear\u017Fupport our work",
                "x\u212Aeep us going", "_keep us going")) {
            assertEquals(PLAIN.matcher(text).find(), FINDER.find(text), text);
        }
    }

    @Test
    void onlyTheRegionCounts() {
        String text = "xx dear readers yy";
        assertTrue(FINDER.find(text, 3, 15));
        assertFalse(FINDER.find(text, 4, 15));
        assertFalse(FINDER.find(text, 3, 14));
    }

    /** On random texts made of the phrases' pieces, the scan never changes the expression's answer. */
    @Test
    void answersAsTheExpressionAloneOnRandomTexts() {
        String[] pieces = {"dear", "DEAR", "Dear", "readers", "reader", "make", "a", "donation", "support", "our", "work", "keep",
                "us", "going", "\u017Fupport", "\u212Aeep", "dear readers", "Make A Donation", "\u017Fupport our work", "\u212Aeep us going", " ", " ", " ", "  ", "_", ",", "-", "x", "\u00e9", "\u0301", "\n", "1"};
        Random random = new Random(42);
        int found = 0;
        for (int n = 0; n < 20_000; n++) {
            StringBuilder sb = new StringBuilder();
            int length = 1 + random.nextInt(12);
            for (int k = 0; k < length; k++) sb.append(pieces[random.nextInt(pieces.length)]);
            String text = sb.toString();
            int from = random.nextInt(text.length() + 1);
            int to = from + random.nextInt(text.length() - from + 1);
            boolean expected = PLAIN.matcher(text).region(from, to).find();
            assertEquals(expected, FINDER.find(text, from, to), () -> "'" + text + "' [" + from + ", " + to + ")");
            if (expected) found++;
        }
        assertTrue(found > 100, "the texts hold phrases often enough to test both answers: " + found);
    }

    @Test
    void aPhraseMustOpenWithAnAsciiLetterOrDigit() {
        assertThrows(IllegalArgumentException.class, () -> new PhraseFinder(List.of("\u00e9t\u00e9")));
    }
}
