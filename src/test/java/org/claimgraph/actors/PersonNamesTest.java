package org.claimgraph.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The rule of one person's names, on invented names. */
class PersonNamesTest {
    private static boolean fits(String shorter, String fuller) {
        return PersonNames.fits(Names.words(shorter), Names.words(fuller));
    }

    @Test
    void aShorterNameFitsAFullerOneOfTheSamePerson() {
        assertTrue(fits("Tamsin Okoro", "Tamsin R. Okoro"), "middle initial left out");
        assertTrue(fits("R. Okoro", "Tamsin R. Okoro"), "a name cut after its first name: the initials stand anywhere");
        assertTrue(fits("T. Okoro", "Tamsin Okoro"), "an initial for the first name");
        assertTrue(fits("Aslan Okoro", "Aslan Bekovich Okoro"), "patronymic left out");
        assertTrue(fits("Aslan Okoro", "Aslan Bekovich al-Okoro"), "surname particle left out");
        assertTrue(fits("Tamsin R. Okoro", "Tamsin Ruth Okoro"), "an initial for a middle name");
    }

    @Test
    void namesThatSayDifferentThingsDoNotFit() {
        assertFalse(fits("Tamsin Okoro", "Ola Okoro"));
        assertFalse(fits("Tamsin A. Okoro", "Tamsin B. Okoro"));
        assertFalse(fits("Tamsin R. Okoro", "Tamsin Okoro"), "the fuller name does not fit the shorter");
        assertFalse(fits("Ruth Okoro", "Tamsin Ruth Okoro"), "a written-out name must open the fuller one");
        assertFalse(fits("Tamsin Okoro Jr.", "Tamsin Okoro"), "a suffix says more");
        assertFalse(fits("Tamsin Okoro", "Tamsin R. Okoro Jr."), "and the name without it may be the father's");
        assertTrue(fits("Tamsin Okoro Jr.", "Tamsin R. Okoro Jr."));
        assertFalse(fits("Tamsin Okoro", "Tamsin Okorova"));
        assertFalse(fits("W. Okoro", "Tamsin H.W. Okoro"), "initials written together are compared whole");
    }

    @Test
    void firstNamesAndSpecificity() {
        assertEquals("tamsin", PersonNames.firstName(List.of("Tamsin", "Okoro")));
        assertNull(PersonNames.firstName(List.of("T.", "Okoro")));
        assertNull(PersonNames.firstName(List.of("Okoro")));
        assertTrue(PersonNames.specificity(Names.words("Tamsin Ruth Okoro")) > PersonNames.specificity(Names.words("Tamsin R. Okoro")));
        assertTrue(PersonNames.specificity(Names.words("Tamsin R. Okoro")) > PersonNames.specificity(Names.words("Tamsin Okoro")));
    }
}
