package org.claimgraph.reader;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PageLinesTest {
    @Test
    void linesKeepOffsetsIntoTheTextWithoutTheBlanksAtTheirEnds() {
        PageLines p = new PageLines("  Title \n\n\tBody line\n");
        assertEquals(4, p.size());
        assertEquals("Title", p.line(0));
        assertEquals(2, p.indent[0]);
        assertTrue(p.blank(1));
        assertEquals("Body line", p.line(2));
        assertEquals(11, p.start[2]);
        assertTrue(p.blank(3), "the empty line after the last line break counts");
        assertEquals(2, p.nextNonBlank(1));
        assertEquals(2, p.firstLineFrom(10));
    }

    @Test
    void hardWrappedLinesMakeOneBlockAndLongLinesOneBlockEach() {
        String wrapped = "a short line\nanother short line\n\n";
        String longLine = "x".repeat(PageLines.WRAP_WIDTH);
        PageLines p = new PageLines(wrapped + longLine + "\n" + longLine);
        assertArrayEquals(new int[] {0, 0, 2, 3, 4}, p.blockStart);
        assertArrayEquals(new int[] {2, 2, 3, 4, 5}, p.blockEnd);
    }

    @Test
    void wordsAreRunsOfNonBlanks() {
        assertEquals(3, PageLines.words(" By  Jane\tDoe "));
        assertEquals(0, PageLines.words("   "));
    }
}
