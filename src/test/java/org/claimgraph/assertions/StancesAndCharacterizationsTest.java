package org.claimgraph.assertions;

import static org.claimgraph.assertions.Attributions.assertAttribution;
import static org.claimgraph.assertions.Attributions.byCue;
import static org.claimgraph.assertions.Attributions.extract;
import static org.claimgraph.assertions.Attributions.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.claimgraph.doc.Assertion;
import org.junit.jupiter.api.Test;

/** Stances, characterizations, names given and aims, each on an invented sentence. */
class StancesAndCharacterizationsTest {
    @Test
    void objectAndInfinitive() {
        Assertion expect = byCue("Most economists expect the central bank to raise rates in June.", "expect");
        assertEquals("Most economists", source(expect));
        assertEquals("the central bank to raise rates in June", expect.contentText());
        Assertion told = byCue("The coach told his players to stay calm during the final.", "told");
        assertEquals("his players", told.addressee().text());
        assertEquals("to stay calm during the final", told.contentText());
        Assertion encouraged = byCue("The union encouraged its members to vote against the contract.", "encouraged");
        assertEquals("The union", source(encouraged));
    }

    @Test
    void callingSomethingByAnAdjective() {
        Assertion a = byCue("The ministry called the accusations false and misleading.", "called");
        assertEquals("the accusations false and misleading", a.contentText());
        // a plain object is no characterization
        assertTrue(extract("The ministry called the ambassador on Monday.").isEmpty());
    }

    @Test
    void aMeetingToDiscuss() {
        assertAttribution("The ministers met on Monday to discuss the harbor budget.", "discuss", "The ministers", "the harbor budget");
        assertAttribution("The council called an emergency meeting to discuss the flooding.", "discuss", "The council", "the flooding");
        // travelling there for it is no meeting's talk
        assertTrue(extract("The ministers drove on Monday to discuss the harbor budget.").isEmpty());
    }

    @Test
    void anAddressingVerbWithOnlyAnObject() {
        // "urged restraint.": with nothing said to it after, the noun phrase is the object, not an addressee
        Assertion urged = byCue("The harbor master urged restraint on both sides.", "urged");
        assertEquals("restraint on both sides", urged.contentText());
        assertNull(urged.addressee());
        // with words said to it, it stays the addressee
        Assertion told = byCue("The harbor master urged fishermen on Monday to stay in port.", "urged");
        assertEquals("fishermen", told.addressee().text());
        assertEquals("to stay in port", told.contentText());
    }

    @Test
    void aPreferenceForAThing() {
        assertAttribution("Most younger farmers prefer the cooperative's new contract.", "prefer", "Most younger farmers",
                "the cooperative's new contract");
        // a placeholder pronoun, or an infinitive after the object, states no preference for a thing
        assertTrue(extract("Most members would prefer it if the vote were held in May.").isEmpty());
        assertTrue(extract("Most members prefer the vote to wait until May.").isEmpty());
    }

    @Test
    void attitudeWithACopula() {
        Assertion confident = byCue("The finance minister is confident that the deficit will shrink.", "confident");
        assertEquals("The finance minister", source(confident));
        assertEquals("that the deficit will shrink", confident.contentText());
        Assertion worried = byCue("Farmers remain worried about the long drought.", "worried");
        assertEquals("Farmers", source(worried));
        assertEquals("the long drought", worried.contentText());
        // an adjective of attitude with no copula before it reports nothing
        assertTrue(extract("Worried parents waited outside the school.").isEmpty());
    }

    @Test
    void attitudeAfterAContractedSubject() {
        assertAttribution("They’re confident that the dam will hold.", "confident", "They", "that the dam will hold");
        // the source is the pronoun alone, not the verb glued to it
        assertEquals("We", source(byCue("We're worried about the spring floods.", "worried")));
        Assertion critical = byCue("She’s been critical of the harbor budget.", "critical");
        assertEquals("She", source(critical));
        assertEquals("the harbor budget", critical.contentText());
        // "it’s" judges for the writer, holding no one's attitude
        assertTrue(extract("It’s certain that the vote will be close.").isEmpty());
    }

    @Test
    void seeingSomethingAsSomething() {
        Assertion a = byCue("Local fishermen see the new quota as a threat to their livelihood.", "see");
        assertEquals("Local fishermen", source(a));
        assertNotNull(a.contentText());
        assertTrue(a.contentText().startsWith("the new quota as a threat"));
        // "see" without "as" is perception, not a view
        assertTrue(extract("Local fishermen see the boats every morning.").isEmpty());
    }

    @Test
    void verbWithTheStancePrepositionOfItsContent() {
        String text = "The mayor has railed against the new parking rules for months.";
        Assertion railed = byCue(text, "railed against");
        assertEquals("The mayor", source(railed));
        assertEquals(text.indexOf("railed"), railed.cue().span().start());
        assertTrue(railed.contentText().startsWith("the new parking rules"));
        assertAttribution("The two senators spoke out on Tuesday about the closure of the plant.", "spoke out on Tuesday about",
                "The two senators", "the closure of the plant");
        assertAttribution("The union leader weighed in on the dispute over pensions.", "weighed in on", "The union leader",
                "the dispute over pensions");
        // the same verbs with a preposition of place or time, or another particle, report nothing
        assertTrue(extract("The train rails against the wall were painted red.").isEmpty());
        assertTrue(extract("The lawyers spoke in the morning at the courthouse.").isEmpty());
        assertTrue(extract("The heavy debt weighed on the small firm for years.").isEmpty());
    }

    @Test
    void nounOfStanceWithAPreposition() {
        String text = "Her criticism of the budget surprised nobody in the council.";
        Assertion criticism = byCue(text, "criticism of");
        assertEquals("Her", source(criticism));
        assertEquals("the budget", criticism.contentText());
        assertEquals(text.indexOf("the budget"), criticism.contentParts().get(0).span().start());
        assertAttribution("The governor's comments about the strike drew attention.", "comments about", "The governor's", "the strike");
        // a verb stating the stance gives its subject as the source
        assertAttribution("Parents had voiced serious concern about the new curriculum.", "voiced serious concern about", "Parents",
                "the new curriculum");
        assertAttribution("Critics raised questions about how the stadium was financed.", "raised questions about", "Critics",
                "how the stadium was financed");
        // an act of saying needs no named source; a feeling does
        Assertion allegations = byCue("Allegations of fraud have dogged the company since spring.", "Allegations of");
        assertNull(allegations.source());
        assertEquals("fraud", allegations.contentText());
        assertTrue(extract("Concern about the weather kept the ferries in port.").isEmpty());
        // "of" naming whose the thing is reports nothing
        assertTrue(extract("The statement of accounts arrived on Monday.").isEmpty());
    }

    @Test
    void aHolderTheTaggerMisread() {
        // "OECD’s/NOUN", "senators’/PUNCT": a possessive read as another word
        assertAttribution("The OECD’s estimate of the deficit was revised upward.", "estimate of", "The OECD’s", "the deficit");
        assertAttribution("The senators’ respective estimates of the cost differed.", "estimates of", "The senators’", "the cost");
        // "long/ADV -/PUNCT standing/VERB": a hyphenated modifier between the holder and the noun
        assertAttribution("His long-standing ideas about the tax code shaped the bill.", "ideas about", "His", "the tax code");
        // a contraction is no holder
        assertNull(source(byCue("That’s criticism of the plan, not praise.", "criticism of")));
    }

    @Test
    void anArgumentMadeOrAStanceTaken() {
        assertAttribution("The mayor made the case that the tunnel would pay for itself.", "made the case", "The mayor",
                "that the tunnel would pay for itself");
        assertAttribution("The union makes the economic case for a shorter week.", "makes the economic case for", "The union",
                "a shorter week");
        assertAttribution("The governor has taken a firm stance against the new pipeline.", "taken a firm stance against", "The governor",
                "the new pipeline");
        // a case taken on, a position held: no argument
        assertTrue(extract("The lawyer took the case for the family.").isEmpty());
        assertTrue(extract("The hikers took a position near the ridge.").isEmpty());
    }

    @Test
    void goingOnAboutATopicAndCallingForSomethingAtATime() {
        assertAttribution("The candidate went on about the closed steel mills.", "went on about", "The candidate", "the closed steel mills");
        assertAttribution("The governor called Friday for an inquiry into the fire.", "called Friday for", "The governor",
                "an inquiry into the fire");
        // going on to a place, and calling someone at a time, report nothing
        assertTrue(extract("The candidate went on to Denver after the rally.").isEmpty());
        assertTrue(extract("The governor called Friday from the airport.").isEmpty());
    }

    @Test
    void accountOrViewWithItsHolderAndTopic() {
        assertAttribution("The minister's announcement of the new tariffs came on Friday.", "announcement of", "The minister's",
                "the new tariffs");
        assertAttribution("His ideas about the pension system never won a majority.", "ideas about", "His", "the pension system");
        assertAttribution("The central bank's estimate of the deficit was too low.", "estimate of", "The central bank's", "the deficit");
        // the report's time may stand between the noun and its topic
        assertAttribution("The mayor's remarks Tuesday on the flooding angered residents.", "remarks Tuesday on", "The mayor's",
                "the flooding");
        // with no holder, an account or a view is nobody's report; a time after a noun of no report reports nothing
        assertTrue(extract("An announcement of the new tariffs is expected soon.").isEmpty());
        assertTrue(extract("The mayor's visit Tuesday on the island ended early.").isEmpty());
    }

    @Test
    void characterizationOfSomethingDatedByAPossessive() {
        Assertion called = byCue("The mayor called Tuesday's decision a \"victory for renters.\"", "called");
        assertEquals("The mayor", source(called));
        assertTrue(called.contentText().startsWith("Tuesday's decision a \"victory for renters"));
        // a date alone after the cue is no part of the content
        assertEquals("the budget was balanced", byCue("The mayor said on Tuesday the budget was balanced.", "said").contentText());
    }

    @Test
    void characterizationInThePassive() {
        Assertion viewed = byCue("The senator is widely viewed as a strong favorite in the race.", "viewed");
        assertNull(viewed.source());
        assertEquals(2, viewed.contentParts().size());
        assertEquals("The senator", viewed.contentParts().get(0).text());
        assertEquals("as a strong favorite in the race", viewed.contentParts().get(1).text());
        assertTrue(extract("The bridge was built as a toll road.").isEmpty());
    }

    @Test
    void judgmentOfSeeming() {
        Assertion seems = byCue("The mayor seems to have left the city.", "seems");
        assertNull(seems.source());
        assertEquals("The mayor", seems.contentParts().get(0).text());
        assertEquals("to have left the city", seems.contentParts().get(1).text());
        Assertion appears = byCue("It appears that the talks have stalled.", "appears");
        assertEquals("that the talks have stalled", appears.contentText());
        // appearing somewhere judges nothing; seeming before a cue passes the cue on
        assertTrue(extract("The mayor appeared at the rally on Sunday.").isEmpty());
        assertAttribution("The mayor seemed to suggest that taxes would rise.", "suggest", "The mayor", "that taxes would rise");
    }

    @Test
    void characterizationInTwoApostrophes() {
        Assertion called = byCue("Her rivals called him ''a menace'' after the port deal.", "called");
        assertEquals("Her rivals", source(called));
        assertTrue(called.contentText().startsWith("him ''a menace''"));
        // an apostrophe alone opens no quote
        assertTrue(extract("His allies called him 'Boss' at the club.").isEmpty());
    }

    @Test
    void voteAgainstAsAStance() {
        assertAttribution("The council voted against the new parking fees.", "voted against", "The council", "the new parking fees");
        assertTrue(extract("The council voted on the budget.").isEmpty());
    }

    @Test
    void agentNounOfStanceAfterACopula() {
        Assertion a = byCue("Jones has long been a vocal critic of the fuel tax.", "been a vocal critic of");
        assertEquals("Jones", source(a));
        assertEquals("the fuel tax", a.contentText());
        // with no one holding it, a critic is no attribution
        assertTrue(extract("A critic of the fuel tax spoke first.").isEmpty());
    }

    @Test
    void calledWithItsObjectAsARelativePronoun() {
        String text = "The strike, which the minister called “a betrayal of trust,” ended on Monday.";
        Assertion a = byCue(text, "called");
        assertEquals("the minister", source(a));
        assertEquals("which", a.contentParts().get(0).text());
        assertTrue(a.contentParts().get(1).text().startsWith("a betrayal of trust"));
        // "in which he called": the pronoun is the preposition's, and "called a meeting" names nothing
        assertTrue(extract("The vote took place in a hall in which he called a meeting.").isEmpty());
    }

    @Test
    void characterizationAfterADate() {
        Assertion a = byCue("Lee called the governor's remarks on Saturday “a disgrace” to the state.", "called");
        assertEquals("Lee", source(a));
        assertTrue(a.contentText().startsWith("the governor's remarks"));
        assertTrue(extract("Lee called the governor on Saturday.").isEmpty());
    }

    @Test
    void theReaderAddressedAsYouThinksNothingReported() {
        assertTrue(extract("Lest you assume that the town was poor, its mill employed 300 people.").isEmpty());
        // negative: an interviewer addressed as "you" in a transcript does report
        assertEquals("you", source(byCue("As you pointed out, the mill employed 300 people.", "pointed out")));
    }

    @Test
    void aParticipleOfAimDescribingAPrepositionsObjectReportsNothing() {
        assertTrue(extract("The website is a good resource for anyone wanting to borrow $25,000.").isEmpty());
        // negative: "with" makes the participle's subject a speaker
        assertEquals("investors", source(byCue("Shares fell, with investors wanting to sell before the vote.", "wanting")));
    }

    @Test
    void aCharacterizationOnlyWithAs() {
        Assertion a = byCue("The senator painted his rival as a friend of the banks.", "painted");
        assertEquals("The senator", source(a));
        assertTrue(a.contentText().startsWith("his rival as a friend"));
        // negative: no "as", no characterization
        assertTrue(extract("The volunteers painted the old school in two days.").isEmpty());
    }

    @Test
    void aVerdictAndWhatADocumentReads() {
        assertEquals("the fact-checkers", source(byCue("On Monday the fact-checkers rated the claim false.", "rated")));
        Assertion letter = byCue("The letter reads: \u201cWe will not close the school.\u201d", "reads");
        assertEquals("The letter", source(letter));
        assertEquals("We will not close the school.", letter.contentText());
        // negative: reading a thing reports nothing
        assertTrue(extract("The mayor read the report aloud to the council.").isEmpty());
    }

    @Test
    void aNounOfStanceBeforeARelativeThatReportsNothing() {
        Assertion a = byCue("Her claim that the bridge is safe was false.", "claim");
        assertEquals("Her", source(a));
        // negative: "that" right before a verb is the relative pronoun, and what follows no content
        assertTrue(extract("Their views that pose a threat to millions of farmers worry the mayor.").stream()
                .noneMatch(x -> x.cue().text().equals("views")));
    }

    @Test
    void aNameGivenInSingleQuotes() {
        Assertion a = byCue("The minister called the plan \u2018a disaster\u2019 on Monday.", "called");
        assertEquals("The minister", source(a));
        assertTrue(a.contentText().startsWith("the plan \u2018a disaster"));
        // negative: calling someone is no characterization
        assertTrue(extract("The minister called the union\u2019s leaders on Monday.").isEmpty());
    }

    @Test
    void madeItClear() {
        Assertion a = byCue("The governor made it clear he would not resign.", "made it clear");
        assertEquals("The governor", source(a));
        assertEquals("he would not resign", a.contentText());
        // negative: making something clear to someone states nothing
        assertTrue(extract("The governor made the rules clear to the staff.").isEmpty());
    }

    @Test
    void respondingToWordsIsAStance() {
        Assertion a = byCue("The ministry did not immediately respond to requests for comment.", "respond to");
        assertEquals("The ministry", source(a));
        assertEquals("requests for comment", a.contentText());
        // negative: responding to an event answers no one
        assertTrue(extract("Firefighters responded to a blaze on Main Street.").isEmpty());
    }

    @Test
    void offeringAnAccount() {
        Assertion proof = byCue("He offered no proof that the council had taken bribes.", "offered");
        assertEquals("He", source(proof));
        assertEquals("no proof that the council had taken bribes", proof.contentText());
        assertTrue(byCue("In his speech, the mayor offered insights into his approach to the budget.", "offered").contentText()
                .startsWith("insights into"));
        // help or money offered is no account
        assertTrue(extract("The bank offered loans to small businesses.").isEmpty());
    }

    @Test
    void aLightVerbInTheProgressive() {
        Assertion a = byCue("The union is raising questions about the contract.", "raising questions about");
        assertEquals("The union", source(a));
        assertEquals("the contract", a.contentText());
        // a participle of its own has no subject here
        assertTrue(extract("Raising questions about the contract, the union walked out.").stream()
                .noneMatch(x -> "the union".equalsIgnoreCase(source(x))));
    }
}
