package org.claimgraph.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class CommentHeadersTest {
    @Test
    void aHeaderTakesTheDateOnTheLineAfterIt() {
        CommentHeaders.Header h = CommentHeaders.at(new PageLines("Tom Reed says:\n\nMarch 5, 2019\nI disagree."), 0);
        assertEquals("Tom Reed", h.author());
        assertEquals("2019-03-05", h.date());
        assertEquals(3, h.lines());
    }

    @Test
    void byFromHeadersAndProseThatSaysSomething() {
        assertEquals("Joe Bloggs", CommentHeaders.at(new PageLines("by: Joe Bloggs from: Texas"), 0).author());
        assertNull(CommentHeaders.at(new PageLines("The minister, who spoke late on Tuesday, says: no."), 0));
        assertNull(CommentHeaders.at(new PageLines("Tom says: the plan is good"), 0), "what follows the colon must be a date");
    }
}
