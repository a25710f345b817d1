package org.claimgraph.actors.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The titles before a name, as the name finder reads them from the one title list. */
class GazetteerTitlesTest {
    private final Gazetteer gazetteer = Gazetteer.get();

    @Test
    void titlesBeforeANameComeFromTheTitleList() {
        String[] tokens = {"Maj.", "Gen.", "Ilse", "Varga"};
        assertEquals(2, gazetteer.longestTitle(tokens, 0).length(), "longest title phrase, any case");
        assertEquals(1, gazetteer.longestTitle(new String[] {"mr.", "Varga"}, 0).length());
        assertEquals(0, gazetteer.longestTitle(new String[] {"expert", "Varga"}, 0).length(), "a role only, not said before names");
        assertTrue(gazetteer.isTitleWord("Midfielder"));
        assertFalse(gazetteer.isTitleWord("Varga"));
    }
}
