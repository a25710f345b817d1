package org.claimgraph.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;

import org.claimgraph.doc.ZoneKind;
import org.junit.jupiter.api.Test;

class BylinesTest {
    @Test
    void theNameIsCutAtTheAffiliation() {
        assertEquals("Jim Davis", Bylines.personName("Jim Davis, Reuters"));
        assertEquals("Ursula von der Leyen", Bylines.personName("Ursula von der Leyen | Brussels"));
        assertNull(Bylines.personName("then, the council"));
        assertNull(Bylines.personName("Agent 007"));
    }

    /** A byline with no name before its first separator skipped the whole article (index out of bounds). */
    @Test
    void aBylineOfSeparatorsOnlyIsNoName() {
        assertNull(Bylines.personName(","));
        assertNull(Bylines.personName(" / "));
    }

    @Test
    void aBylineLineOffersItsAuthorAndProseDoesNot() {
        ZonedPage p = new ZonedPage("By Jane Doe, City Desk\nBy then, the vote was over.", new ArrayList<>());
        assertTrue(Bylines.byline(p, 0, ZonedPage.AUTHOR_BYLINE));
        assertEquals(ZoneKind.BYLINE, p.kind[0]);
        assertEquals("Jane Doe", p.author);
        assertFalse(Bylines.byline(p, 1, ZonedPage.AUTHOR_BYLINE));
    }

    @Test
    void anEditorDoesNotDisplaceTheWriter() {
        ZonedPage p = new ZonedPage("Edited by: Sam Lee\nBy Jane Doe", new ArrayList<>());
        Bylines.byline(p, 0, ZonedPage.AUTHOR_BYLINE);
        Bylines.byline(p, 1, ZonedPage.AUTHOR_BYLINE);
        assertEquals("Jane Doe", p.author);
    }
}
