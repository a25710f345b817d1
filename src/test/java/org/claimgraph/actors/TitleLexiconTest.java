package org.claimgraph.actors;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The roles of the one title list, as the actor stage asks them. */
class TitleLexiconTest {
    private final TitleLexicon titles = TitleLexicon.shared();

    @Test
    void rolesAndLeadersComeFromTheTitleList() {
        assertTrue(titles.isTitle("Foreign Minister"));
        assertTrue(titles.isTitle("Lt. Gen."), "an abbreviated role");
        assertFalse(titles.isTitle("Mr."), "an honorific serves names only");
        assertFalse(titles.isTitle("Sens."), "an abbreviation row serves the sentence splitter only");
        assertTrue(titles.isTitle("Gov."), "a governor's role");
        assertTrue(titles.isLeaderTitle("Prime Minister"));
        assertTrue(titles.isLeaderTitle("former president"), "modifiers left out");
        assertFalse(titles.isLeaderTitle("foreign minister"));
    }
}
