package org.claimgraph.language;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The one list of titles, as each of its users asks it. */
class TitlesTest {
    private final Titles titles = Titles.shared();

    @Test
    void abbreviationsComeFromFormsEndingInAFullStopAndFromAbbreviationRows() {
        assertTrue(titles.isAbbreviation("Sen"), "'sen.' serves names and roles, and is an abbreviation by its shape");
        assertTrue(titles.isAbbreviation("SENS"), "'sens.' is an abbreviation row; case does not matter");
        assertTrue(titles.isAbbreviation("lt.-gen"));
        assertFalse(titles.isAbbreviation("Lt. Gen"), "two words are no abbreviation of one token");
        assertFalse(titles.isAbbreviation("Senator"));
        assertFalse(titles.isAbbreviation("Inc"), "not a title");
    }

    @Test
    void eachUseHasItsForms() {
        assertTrue(titles.forms(Titles.Use.NAME).contains("mr."), "an honorific stands before a name");
        assertFalse(titles.forms(Titles.Use.ROLE).contains("mr."), "but is no role");
        assertTrue(titles.forms(Titles.Use.ROLE).contains("spokesman"));
        assertTrue(titles.forms(Titles.Use.ROLE).containsAll(titles.forms(Titles.Use.LEADER)), "a leader's title is a role");
        assertFalse(titles.forms(Titles.Use.NAME).contains("sens."), "abbreviation rows serve nothing else");
        assertTrue(titles.forms(Titles.Use.NAME).contains("gov."), "'Gov. Mike Pence': a governor's title before a name");
        assertTrue(titles.forms(Titles.Use.MODIFIER).containsAll(List.of("former", "ex-", "deputy")), "'former President'");
        assertTrue(titles.forms(Titles.Use.ROLE).contains("deputy"), "a modifier may be a role of its own");
        assertFalse(titles.forms(Titles.Use.ROLE).contains("former"));
    }

    @Test
    void aLineWithoutItsUsesIsRefused() {
        assertThrows(IllegalStateException.class, () -> new Titles(List.of("senator")));
        assertThrows(IllegalArgumentException.class, () -> new Titles(List.of("senator\tsomething")));
    }
}
