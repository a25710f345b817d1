package org.claimgraph.assertions;

import static org.claimgraph.assertions.Attributions.withContent;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.claimgraph.doc.Assertion;
import org.claimgraph.doc.Document;
import org.claimgraph.pipeline.Pipeline;
import org.junit.jupiter.api.Test;

/**
 * Whom each source resolves to, through the whole real pipeline on invented news: only actors of a
 * compatible type and number, relative pronouns through their antecedent, and claimants that name someone.
 */
class SourceResolutionTest {
    private static final Pipeline PIPELINE = Pipeline.standard();

    private static Document run(String text) {
        Document doc = new Document("test", text);
        doc.setPublished("2016-05-12", "test");
        PIPELINE.components().forEach(c -> c.process(doc));
        return doc;
    }

    @Test
    void aGroupDescriptionNeverResolvesToAPerson() {
        Document doc = run("General Ivan Petrov said on Monday that the troops would stay in the north. "
                + "The opposition said that it would boycott the vote. "
                + "The officials said that the border would reopen. "
                + "The general said that the drills were over.\n");
        String petrov = withContent(doc, "the troops would stay").source().entity();
        assertNotNull(petrov);
        assertNotEquals(petrov, withContent(doc, "boycott the vote").source().entity(), "the opposition is no general");
        assertNotEquals(petrov, withContent(doc, "the border would reopen").source().entity(), "officials are not one person");
        assertEquals("The officials", withContent(doc, "the border would reopen").claimant(doc));
        assertEquals(petrov, withContent(doc, "the drills were over").source().entity(), "a person's description still resolves");
    }

    @Test
    void aDescriptionOfOneKindOfOrganizationIsNoOrganizationNamedAsAnother() {
        Document doc = run("The Interior Ministry of Norland said on Monday that 400 people had crossed the border. "
                + "The opposition party, which boycotted the vote, said that the real number was higher. "
                + "The ministry said that the figure was provisional.\n");
        String ministry = withContent(doc, "400 people had crossed").source().entity();
        assertNotNull(ministry);
        Assertion party = withContent(doc, "the real number was higher");
        assertNotEquals(ministry, party.source().entity(), "a party is no ministry");
        assertEquals("The opposition party", party.claimant(doc));
        assertEquals(ministry, withContent(doc, "the figure was provisional").source().entity(), "the ministry is the ministry");
        // a kind of the same class, and a word that speaks for any organization, still resolve
        Document agency = run("The Federal Security Service said on Monday that 12 people were held. "
                + "The agency said that more arrests would follow. The spokesman said that all of them were foreigners.\n");
        String service = withContent(agency, "12 people were held").source().entity();
        assertNotNull(service);
        assertEquals(service, withContent(agency, "more arrests would follow").source().entity());
        assertEquals(service, withContent(agency, "all of them were foreigners").source().entity());
        // a voice of a definite organization speaks for it; not of an indefinite one, nor a person near one
        Document voices = run("The Interior Ministry of Norland said on Monday that 400 people had crossed the border. "
                + "A spokeswoman for the ministry said that the figure was provisional. "
                + "A spokesman for a charity said that the number was higher. "
                + "A guard outside the ministry said that the border was quiet.\n");
        String norland = withContent(voices, "400 people had crossed").source().entity();
        assertEquals(norland, withContent(voices, "the figure was provisional").source().entity());
        assertNotEquals(norland, withContent(voices, "the number was higher").source().entity());
        Assertion guard = withContent(voices, "the border was quiet");
        assertEquals("A guard outside the ministry", guard.source().text());
        assertNotEquals(norland, guard.source().entity());
    }

    @Test
    void aNameTheTaggerLeftUnclassifiedIsAName() {
        // "Sanders/X told": the tagger's "other" for a word of a name the actors stage found
        Document doc = run("In 10 days, Sanders told MSNBC that the race was close.\n");
        Assertion told = withContent(doc, "the race was close");
        assertEquals("Sanders", told.source().text());
        assertNotNull(told.source().entity());
    }

    @Test
    void aPartOfARelativePronounsAntecedentSpeaksForIt() {
        Document doc = run("The plan angered farmers in the valley, many of whom say the new rules are unfair.\n");
        Assertion a = withContent(doc, "the new rules are unfair");
        assertEquals("many of whom", a.source().text());
        assertEquals("farmers in the valley", a.claimant(doc));
        // "many of them" after a comma describes; it says nothing
        assertTrue(run("He met the farmers, many of them angry about the rules.\n").assertions().isEmpty());
    }

    @Test
    void aRoleDescriptionIsNotAPersonOfOtherRoles() {
        Document doc = run("Police chief Anna Lind said on Monday that 30 people had been held. "
                + "The interior minister did not say how many of them had been charged. "
                + "Lind said that the inquiry would go on.\n"
                + "Later the chief said that two of them had been released.\n");
        String lind = withContent(doc, "30 people had been held").source().entity();
        assertNotNull(lind);
        Assertion minister = withContent(doc, "had been charged");
        assertNull(minister.source().entity(), "a minister is not the police chief");
        assertEquals("The interior minister", minister.claimant(doc));
        assertEquals(lind, withContent(doc, "two of them had been released").source().entity(), "the chief is");
    }

    @Test
    void aRelativePronounTakesItsAntecedent() {
        Document doc = run("Senator Mark Alden, who said the tax was unfair, left early. "
                + "Reid said he had a well-connected source who told him that the nominee had paid no taxes.\n");
        Assertion alden = withContent(doc, "the tax was unfair");
        assertEquals("who", alden.source().text());
        assertNotNull(alden.source().entity(), "who: Senator Mark Alden");
        assertEquals(doc.entities().get(alden.source().entity()).label(), alden.claimant(doc));
        Assertion source = doc.assertions().stream().filter(a -> a.cue().text().equals("told")).findFirst().orElseThrow();
        assertEquals("who", source.source().text());
        assertNotEquals("who", source.claimant(doc));
        assertNotNull(source.claimant(doc), "the antecedent's words name the source");
    }

    @Test
    void aBarePronounOrFigureIsNoClaimant() {
        Document doc = run("It rained all day in the capital. They said the bridge was closed. "
                + "Some say the plan is unrealistic. The ministry spokesman Karl Braun said the road was open.\n");
        assertNull(withContent(doc, "the bridge was closed").claimant(doc), "an unresolved 'they' names no one");
        assertNull(withContent(doc, "the plan is unrealistic").claimant(doc), "'some' names no one");
        assertNotNull(withContent(doc, "the road was open").claimant(doc));
    }

    @Test
    void aPronounContinuesTheLastSpeakerOnlyWhenNobodyElseSpokeInBetween() {
        Document doc = run("General Ivan Petrov said that the troops would stay. He said that the drills were over. "
                + "A police officer said that the road was closed. He said that two cars had crashed.\n");
        String petrov = withContent(doc, "the troops would stay").source().entity();
        assertEquals(petrov, withContent(doc, "the drills were over").source().entity());
        Assertion officer = withContent(doc, "two cars had crashed");
        assertNotEquals(petrov, officer.source().entity(), "the officer spoke in between");
        assertEquals("A police officer", officer.claimant(doc));
    }

    @Test
    void aColumnistsIOutsideQuotesIsTheWriterAndInsideAQuoteNoSourceOfItsOwn() {
        Document doc = new Document("test", "I told my neighbours that the dam was unsafe. "
                + "\u201cWe told the ministry that the plant was safe,\u201d the director said.\n");
        doc.setAuthor("Maria Olsen");
        PIPELINE.components().forEach(c -> c.process(doc));
        assertEquals("Maria Olsen", withContent(doc, "the dam was unsafe").claimant(doc));
        Assertion quote = withContent(doc, "the plant was safe");
        assertEquals("the director", quote.source().text(), "the report inside the quote is the director's words");
        assertEquals(1, doc.assertions().stream().filter(a -> a.contentText().contains("the plant was safe")).count());
    }

    @Test
    void theyTakesTheGroupThatJustSpoke() {
        Document doc = run("Voting rights advocates have said that the policy is unfair. "
                + "They cite the 2000 election, when thousands of voters were purged.\n");
        assertEquals("Voting rights advocates", withContent(doc, "the 2000 election").claimant(doc));
    }

    @Test
    void aColumnistsIWithoutBylineIsTheWriter() {
        Document doc = run("I should say that my father began his studies at 16. "
                + "\u201cI knew the plant was safe,\u201d the director said.\n");
        assertEquals("the writer", withContent(doc, "my father began").claimant(doc));
        assertEquals("the director", withContent(doc, "the plant was safe").source().text(), "inside a quote, 'I' is the speaker");
    }

    @Test
    void aRestrictiveRelativePronounTakesItsAntecedentOverADate() {
        Document doc = run("The senator released a letter from his doctor on Friday afternoon that says he is in good health. "
                + "The senator released a letter on Friday, which was his first in years.\n");
        Assertion letter = withContent(doc, "he is in good health");
        assertEquals("a letter from his doctor", letter.source().text());
        assertEquals("a letter from his doctor", letter.claimant(doc));
        // releasing the letter is a report of its own ("released a letter"); the relative clause after it is none
        assertTrue(doc.assertions().stream().allMatch(a -> a == letter || a.cue().text().equals("released")),
                "a relative clause with no cue reports nothing");
    }

    @Test
    void anAgentlessPassiveOfTheVerbJustUsedIsTheSameActor() {
        Document doc = run("The fact-checkers rated 22 percent of the mayor's claims as true. "
                + "Only 18 percent of the governor's claims were rated as mostly or entirely true, compared with 22 percent of the mayor's. "
                + "The governor was accused of hiding 40 percent of his income.\n");
        assertEquals("The fact-checkers", withContent(doc, "18 percent").claimant(doc));
        // negative: another verb's passive names no one
        assertNull(withContent(doc, "hiding 40 percent").claimant(doc));
    }

    @Test
    void aParticiplesPhraseBetweenSubjectAndVerbKeepsTheSubjectAsSource() {
        Document doc = run("Farmers marching through the capital chanted that the new tax was unfair. "
                + "A memo from the ministry obtained by a local newspaper warns that the dam could fail.\n");
        assertEquals("Farmers marching through the capital", withContent(doc, "the new tax was unfair").source().text());
        assertTrue(withContent(doc, "the dam could fail").source().text().startsWith("A memo from the ministry"));
        // negative: a finite verb before the phrase; the possessor of "claim" stays its source
        Document seized = run("Reporters seized on Johnson’s claim that there have been fewer shootings.\n");
        assertTrue(withContent(seized, "fewer shootings").source().text().startsWith("Johnson"));
    }
}
