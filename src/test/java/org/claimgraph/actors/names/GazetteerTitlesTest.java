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

    @Test
    void aListedTitleWithANomineesSuffixIsATitleAndNoOtherWordIs() {
        String[] nominee = {"Secretary", "of", "State-designate", "Ilse", "Varga"};
        assertEquals(3, gazetteer.longestTitleOrNominee(nominee, 0).length());
        assertEquals(1, gazetteer.longestTitleOrNominee(new String[] {"president-elect", "Varga"}, 0).length());
        assertEquals(1, gazetteer.longestTitle(nominee, 0).length(), "the model's features read the list as it is: \"Secretary\"");
        assertEquals(0, gazetteer.longestTitleOrNominee(new String[] {"Re-elect", "Varga"}, 0).length());
        assertEquals(0, gazetteer.longestTitleOrNominee(new String[] {"Kestrel-designate", "Varga"}, 0).length());
    }
}
