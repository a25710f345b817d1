package org.claimgraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

class CorpusGeneratorTest {
    private static final String ARTICLE = """
            Officials Count the Cost

            Posted on: 2017/11/15 1:04:16

            Minister Anna Berg said on March 3, 2016 that 54,000 people had left the region, up from 12.5 percent a year earlier. Berg added that 2,800 of them came back before the winter, most of them to the towns they had left.

            The agency counted 1,400 returns in 2015 and expects more; its director Paul Grant said the figure was 3 times the old one, and the report ran to 120 pages in all.

            Grant said the next count would come in 14 days, and the agency would publish it with the 2016 figures for all 27 districts of the country, as it has done every spring since it was set up.
            """;

    @Test
    void figuresChangeButYearsAndSmallNumbersStay() {
        String varied = CorpusGenerator.changeFigures(ARTICLE, new Random(1));
        assertNotEquals(ARTICLE, varied);
        for (String kept : List.of("2017/11/15 1:04:16", "March 3, 2016", "in 2015", "3 times", "14 days", "27 districts")) {
            assertTrue(varied.contains(kept), kept + " should stay in: " + varied);
        }
        assertFalse(varied.contains("54,000"), varied);
        assertTrue(varied.matches("(?s).*\\b\\d{2,3},000 people.*"), "a round grouped figure of the same style: " + varied);
        assertTrue(varied.matches("(?s).*\\b\\d+\\.\\d percent.*"), "one decimal kept: " + varied);
    }

    @Test
    void namesAreReplacedConsistentlyAndFamilyNamesAlone() {
        for (long seed = 0; seed < 20; seed++) {
            String varied = CorpusGenerator.renameNames(ARTICLE, new Random(seed));
            if (varied.contains("Anna Berg")) {
                assertTrue(varied.contains("Berg added"), "kept name, kept family name: " + varied);
            } else {
                assertFalse(varied.contains("Berg"), "replaced name leaves no family name behind: " + varied);
            }
            assertTrue(varied.contains("Minister "), "titles stay: " + varied);
            assertTrue(varied.contains("March 3"), "months are no names: " + varied);
        }
    }

    @Test
    void proseParagraphsAreReorderedAndHeadlinesStay() {
        Set<String> orders = new HashSet<>();
        for (long seed = 0; seed < 20; seed++) {
            String varied = CorpusGenerator.reorderProse(ARTICLE, new Random(seed));
            assertTrue(varied.startsWith("Officials Count the Cost\n\nPosted on: 2017/11/15 1:04:16\n\n"), varied);
            assertEquals(ARTICLE.length(), varied.length());
            orders.add(varied);
        }
        assertTrue(orders.size() > 1, "paragraphs never moved");
    }

    @Test
    void everyGeneratedDocumentDiffers() {
        CorpusGenerator generator = new CorpusGenerator(List.of(ARTICLE));
        Set<String> texts = new HashSet<>();
        for (int i = 0; i < 200; i++) texts.add(generator.document(i, 5));
        assertEquals(200, texts.size());
    }
}
