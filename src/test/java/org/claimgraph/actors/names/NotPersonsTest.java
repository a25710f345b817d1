package org.claimgraph.actors.names;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Invented sentences through the real language stage and name finders: what reads as a person but is none. */
class NotPersonsTest {
    /** The names found, as "TYPE:text". */
    private static List<String> names(String text) { return FoundNames.in("Harbour talks resume.\n\n" + text + "\n"); }

    @Test
    void aDeitysNameInAnInvocationIsNoActorButElsewhereStaysAName() {
        List<String> invoked = names("\"We do not want another strike, God forbid,\" said Marta Kellner. Thank God the port reopened, she added.");
        assertTrue(invoked.contains("PERSON:Marta Kellner"), invoked.toString());
        assertTrue(invoked.stream().noneMatch(n -> n.contains("God")), invoked.toString());
        List<String> named = names("Marta Kellner said the dockers were doing God's work.");
        assertTrue(named.contains("PERSON:God"), named.toString());
    }

    @Test
    void aLoneInitialIsNoPersonButInitialsBeforeASurnameAre() {
        // The sentence splitter cuts "(J." from "Kellner 63": the initial is left alone.
        List<String> scores = names("At Taunton: Norbyshire 280 (J. Kellner 63, A. Varga 52; P. Ostrova 5-40).");
        assertFalse(scores.contains("PERSON:J."), scores.toString());
        assertTrue(scores.contains("PERSON:A. Varga"), scores.toString());
    }

    @Test
    void aPersonOpeningLikeAPlaceIsAPlaceUnlessTheDocumentNamesThePerson() {
        List<String> place = names("Police in the North Island town of Tauranga arrested a man on Monday.");
        assertTrue(place.contains("LOCATION:North Island"), place.toString());
        assertFalse(place.contains("PERSON:North Island"), place.toString());
        List<String> city = names("Police in San Bernardino, Calif., said the couple had planned the attack for months.");
        assertFalse(city.contains("PERSON:San Bernardino"), "'San' opens places, and is no given name: " + city);
        List<String> person = names("Oliver North testified on Monday. Marta Kellner said North Island voters liked Lisa Island.");
        assertFalse(person.contains("LOCATION:North Island"), person.toString());
    }

    @Test
    void thePersonEndingInAnOrganizationsHeadIsAnOrganization() {
        List<String> foundation = names("Donors gave millions to the Clinton Foundation while Hillary Clinton was secretary of state.\n\n"
                + "The Clinton Foundation said it would stop taking foreign money.");
        assertFalse(foundation.contains("PERSON:Clinton Foundation"), foundation.toString());
        assertTrue(foundation.contains("ORGANIZATION:Clinton Foundation"), foundation.toString());
        assertTrue(foundation.contains("PERSON:Hillary Clinton"), foundation.toString());
        List<String> person = names("The Reverend Marta Kellner spoke. The Marta Kellner Trust paid.");
        assertTrue(person.contains("PERSON:Marta Kellner"), person.toString());
    }
}
