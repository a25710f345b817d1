package org.claimgraph.assertions;

import static org.claimgraph.assertions.Attributions.assertAttribution;
import static org.claimgraph.assertions.Attributions.byCue;
import static org.claimgraph.assertions.Attributions.extract;
import static org.claimgraph.assertions.Attributions.hasCue;
import static org.claimgraph.assertions.Attributions.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.claimgraph.doc.Assertion;
import org.claimgraph.doc.TextRef;
import org.junit.jupiter.api.Test;

/** Where a report's source stands, each on an invented sentence: after the cue, around phrases and dashes, in relative clauses, participles, passives, evidence and polls. */
class SourcePlacesTest {
    @Test
    void accordingToWithALongOpeningPhrase() {
        Assertion a = byCue("According to a complaint filed by the regional water board, the factory dumped waste into the river.",
                "According to");
        assertEquals("a complaint filed by the regional water board", source(a));
        assertEquals("the factory dumped waste into the river", a.contentText());
    }

    @Test
    void passives() {
        Assertion expected = byCue("The harbor master is expected to resign next week.", "expected");
        assertNull(expected.source());
        assertEquals(2, expected.contentParts().size());
        assertEquals("The harbor master", expected.contentParts().get(0).text());
        assertEquals("to resign next week", expected.contentParts().get(1).text());

        Assertion believed = byCue("It is widely believed that the merger will collapse.", "believed");
        assertNull(believed.source());
        assertEquals("that the merger will collapse", believed.contentText());

        Assertion endorsed = byCue("The candidate has been endorsed by the largest teachers union.", "endorsed");
        assertEquals("the largest teachers union", source(endorsed));
        assertEquals("The candidate", endorsed.contentText());

        Assertion accused = byCue("The former treasurer was accused of hiding losses from the board.", "accused");
        assertNull(accused.source());
        assertTrue(accused.contentText().startsWith("The former treasurer"));
        assertTrue(accused.contentText().endsWith("hiding losses from the board"));

        // a passive of a verb that reports nothing
        assertTrue(extract("The bridge was designed by a famous engineer.").isEmpty());
    }

    @Test
    void evidenceClosingTheSentenceWithItsModifiers() {
        assertAttribution("Unemployment rose to 5 percent in May, a new analysis of newly filed state reports shows.", "shows",
                "a new analysis of newly filed state reports", "Unemployment rose to 5 percent in May");
        // "as" is no word of the evidence's phrase; a phrase that names no evidence keeps the noun phrase before the verb
        assertTrue(extract("Unemployment rose to 5 percent in May, as a new report from the labor agency shows.").stream()
                .noneMatch(a -> a.source() != null && source(a).startsWith("as")));
        assertTrue(extract("Unemployment rose to 5 percent in May, the head of the newly formed labor union shows.").stream()
                .noneMatch(a -> a.source() != null && source(a).startsWith("the head")));
    }

    @Test
    void aParticipleServingAsAPrepositionIsNoCue() {
        assertTrue(extract("The statements by the two senators regarding the budget were rated false.").isEmpty());
        assertAttribution("Critics have long regarded the plan as a failure.", "regarded", "Critics", "the plan as a failure");
    }

    @Test
    void pollsClosingTheSentenceReportTheClauseBeforeThem() {
        assertAttribution("Despite the debate, the senator did not receive a bump in one of the first polls to emerge after it.", "in",
                "one of the first polls to emerge after it", "the senator did not receive a bump");
        // a poll that modifies another noun is no source; nor is a poll a cue already reports
        assertTrue(extract("The governor spoke in the survey office on Monday.").isEmpty());
        assertEquals(List.of("said"), extract("The mayor said she did well in the latest poll.").stream().map(a -> a.cue().text()).toList());
    }

    @Test
    void cueInsideARelativeClause() {
        assertAttribution("The mayor returned the donations, which he said were tied to favors from builders.", "said", "he",
                "were tied to favors from builders");
        assertAttribution("The fee is what the auditors said was a hidden tax on renters.", "said", "the auditors",
                "was a hidden tax on renters");
        // "said nothing": no clause left without its subject
        assertTrue(extract("She kept the letters that he said nothing about.").isEmpty());
    }

    @Test
    void participleAfterAnOpeningPhrase() {
        String text = "In May, several shipping firms sued the port authority, saying the new fees were illegal.";
        Assertion saying = byCue(text, "saying");
        assertEquals("several shipping firms", source(saying));
        assertEquals(text.indexOf("several"), saying.source().span().start());
        assertEquals("the new fees were illegal", saying.contentText());
        // a participle that reports nothing
        assertTrue(extract("In May, several shipping firms sued the port authority, hoping for a quick ruling.").stream()
                .noneMatch(a -> a.cue().text().equals("hoping")));
    }

    @Test
    void quantifierAsSource() {
        assertAttribution("Some believe the new stadium will never be finished.", "believe", "Some",
                "the new stadium will never be finished");
        assertTrue(extract("Some buildings were finished in May.").isEmpty());
    }

    @Test
    void attributionOpenedByAs() {
        String opening = "As Smith noted, the plan failed within a year.";
        Assertion noted = byCue(opening, "noted");
        assertEquals("Smith", source(noted));
        assertEquals("the plan failed within a year", noted.contentText());
        assertEquals(opening.indexOf("the plan"), noted.contentParts().get(0).span().start());
        assertAttribution("The plan failed within a year, as Smith noted.", "noted", "Smith", "The plan failed within a year");
        assertAttribution("As one economist put it, the new tax will hurt small shops.", "put it", "one economist",
                "the new tax will hurt small shops");
        // "put it" anywhere else reports nothing
        assertTrue(extract("The porter put it on the table by the door.").isEmpty());
    }

    @Test
    void sourceWithARemarkBetweenDashes() {
        String text = "Moreno -- an adviser to two former mayors -- said the council would vote late.";
        Assertion said = byCue(text, "said");
        assertEquals(0, said.source().span().start());
        assertTrue(source(said).startsWith("Moreno -- an adviser"));
        assertEquals("the council would vote late", said.contentText());
        // dashes around a clause of its own name no source
        assertTrue(extract("The vote -- held at night -- passed easily.").isEmpty());
    }

    @Test
    void coordinatedCueTakesTheSubjectOfTheClause() {
        assertAttribution("The mayor opened the new bridge and praised the engineers for their speed.", "praised", "The mayor",
                "the engineers for their speed");
        assertTrue(extract("The mayor opened the new bridge and cut the ribbon.").isEmpty());
    }

    @Test
    void coordinatedCueSharesTheFormOfTheVerbItGoesOnFrom() {
        // "would ... declare" is bare, "suggested" is not: the chancellor suggested, not the republic
        assertEquals("Chancellor Olaf Berg", source(byCue("Chancellor Olaf Berg said on Tuesday that the republic would formally "
                + "declare its intention to leave the E.U. by the end of June and suggested that it would quit the customs union.", "suggested")));
        // the same form: the republic's second verb
        assertEquals("the republic", source(byCue("Chancellor Olaf Berg said on Tuesday that the republic would formally "
                + "declare its intention to leave the E.U. by the end of June and insist that it would quit the customs union.", "insist")));
    }

    @Test
    void speakerDescriptionRunsToTheSentenceEnd() {
        String text = "The new bridge could open next spring, said Maria Lopez, a senior engineer with the regional "
                + "transport authority who oversees the project.";
        Assertion a = byCue(text, "said");
        assertTrue(source(a).startsWith("Maria Lopez, a senior engineer"));
        assertTrue(source(a).endsWith("who oversees the project"));
        assertEquals("The new bridge could open next spring", a.contentText());
        // a second cue ends the description
        Assertion adding = byCue("The bridge could open next spring, said Maria Lopez, adding that the work was on schedule.", "said");
        assertEquals("Maria Lopez", source(adding));
    }

    @Test
    void dateBetweenSubjectAndCue() {
        Assertion a = byCue("The mayor, who in 2010 said the budget was balanced, resigned.", "said");
        assertEquals("who", source(a));
        assertTrue(a.contentText().startsWith("the budget was balanced"));
    }

    @Test
    void passiveOfSayingWithoutAnAgent() {
        Assertion a = byCue("A curfew was announced on Friday.", "announced");
        assertNull(a.source());
        assertEquals("A curfew", a.contentText());
        assertTrue(extract("The bridge was built in 1990.").isEmpty());
    }

    @Test
    void participleOpeningTheSentence() {
        assertAttribution("Citing a new poll, the senator said the race was close.", "Citing", "the senator", "a new poll");
        assertTrue(extract("Smiling at the crowd, the senator waved.").isEmpty());
    }

    @Test
    void restrictiveRelativePronounStandsForItsNounPhrase() {
        Assertion a = byCue("The housing board keeps a new survey that shows that rents rose by a third.", "shows");
        assertEquals("a new survey", source(a));
        // a survey speaks for whoever put it out
        assertEquals("The agency", source(byCue("The agency released a new survey that shows that rents rose by a third.", "shows")));
        assertEquals("who", source(byCue("The mayor, who said the rents rose, resigned.", "said")));
    }

    @Test
    void participleAfterAQuoteContinuesItsSpeaker() {
        Assertion a = byCue("In a statement, the manager said: “The plant will reopen,” adding that the workers would return in May.", "adding");
        assertEquals("the manager", source(a));
        assertEquals("that the workers would return in May", a.contentText());
        // a participle that reports nothing continues no one
        assertEquals(1, extract("In a statement, the manager said: “The plant will reopen,” smiling at the crowd.").size());
    }

    @Test
    void aPollOpeningTheSentenceReportsItsClause() {
        Assertion a = byCue("In the latest national poll, conducted last week, the mayor led her rival by five points.", "In");
        assertEquals("the latest national poll, conducted last week", source(a));
        assertEquals("the mayor led her rival by five points", a.contentText());
        // negatives: a place reports nothing, and a cue of the clause reports it already
        assertTrue(extract("In the old harbor, the mayor opened a new school.").isEmpty());
        assertEquals(1, extract("In a report released Monday, the agency said the river was clean.").size());
    }

    /** A relative pronoun after a date with no noun phrase before it has no antecedent (it was an empty span). */
    @Test
    void relativePronounAfterADateWithoutANounPhrase() {
        String text = "She kept a photo taken back in 1986 that showed her mother on a stage in Ohio.";
        for (Assertion a : extract(text)) {
            if (a.source() != null) assertTrue(a.source().span().end() > a.source().span().start(), text);
        }
    }

    @Test
    void asSomeonePutItAfterAQuotesComma() {
        Assertion a = byCue("The tax is a \u201cburden on families,\u201d as one senator put it.", "put it");
        assertEquals("one senator", source(a));
        assertTrue(a.contentText().startsWith("The tax is a"));
        // negative: "as" after the quote opens no report
        assertTrue(extract("The tax stayed a \u201cburden on families,\u201d as prices rose.").isEmpty());
    }

    @Test
    void evidenceClosingTheSentenceReportsTheClauseBefore() {
        Assertion a = byCue("Sales fell by a fifth in the spring, a new survey of retailers shows.", "shows");
        assertEquals("a new survey of retailers", source(a));
        assertEquals("Sales fell by a fifth in the spring", a.contentText());
        Assertion numbers = byCue("The latest numbers show unemployment at its lowest level in a decade.", "show");
        assertEquals("The latest numbers", source(numbers));
        // negative: "show" after a noun that is no evidence stays a noun
        assertEquals("The news show host", source(byCue("The news show host said the vote was rigged.", "said")));
    }

    @Test
    void aSourceWithItsPrepositionalPhraseOrClause() {
        assertEquals("Advisers to the mayor", source(byCue("Advisers to the mayor say the budget is balanced.", "say")));
        assertEquals("a report by the housing agency",
                source(byCue("Rents rose again in March, a report by the housing agency found.", "found")));
        assertEquals("The farmers I spoke with",
                source(byCue("The farmers I spoke with said the drought was the worst in memory.", "said")));
        // negatives: a response is held by no one "to" the host; a clause opening the sentence is no part of the source
        assertEquals("the host\u2019s", source(byCue("In her reply to the host\u2019s question about taxes, the senator smiled.",
                "question about")));
        assertEquals("the mayor", source(byCue("In the town I visited, the mayor said the water is safe.", "said")));
    }

    @Test
    void accordingToBetweenCommasInsideItsClause() {
        Assertion a = byCue("The plan, according to people familiar with the talks, would cut the tax in half.", "according to");
        assertEquals("people familiar with the talks", source(a));
        assertEquals(List.of("The plan", "would cut the tax in half"), a.contentParts().stream().map(TextRef::text).toList());
        // negative: a relative clause on the source is no content
        Assertion bank = byCue("Prices climbed sharply, according to the central bank, which raised rates.", "according to");
        assertEquals("Prices climbed sharply", bank.contentText());
    }

    @Test
    void quotedAsSaying() {
        Assertion a = byCue("The mayor was quoted by a local paper as saying the bridge would reopen.", "saying");
        assertEquals("The mayor", source(a));
        assertEquals("the bridge would reopen", a.contentText());
        // the object of an active "quoted" is the speaker, not the agency that quoted
        Assertion active = byCue("A state news agency quoted a border guard as saying that 19 smugglers were caught.", "saying");
        assertEquals("a border guard", source(active));
        assertEquals("that 19 smugglers were caught", active.contentText());
        // negative: "as" after a quoted thing opens no speaker
        assertTrue(extract("The old book was quoted as evidence, saying nothing new.").isEmpty());
    }

    @Test
    void anOpeningParticipleWhoseQuoteHoldsTheComma() {
        Assertion a = byCue("After saying her ankle was \u201cso swollen I could barely walk,\u201d she was taken to a clinic.", "saying");
        assertEquals("she", source(a));
        assertTrue(a.contentText().startsWith("her ankle was"));
        // negative: a comma inside the quote that does not close it ends no phrase
        assertEquals("the mayor", source(byCue("After saying \u201cyes, we will try,\u201d the mayor left the room.", "saying")));
    }

    @Test
    void anInfinitiveCueAfterAParticiple() {
        Assertion a = byCue("“It is a disgrace,” the senator said, going on to say that the board had failed.", "say");
        assertEquals("the senator", source(a));
        assertEquals("that the board had failed", a.contentText());
        Assertion b = byCue("The mayor spoke for an hour, going on to say that taxes would fall.", "say");
        assertEquals("The mayor", source(b));
        // an infinitive of aim after the participle reports nothing
        assertTrue(extract("The mayor spoke for an hour, going on to visit the flooded school.").isEmpty());
    }

    @Test
    void aSourceWithARelativeClauseAndItsObject() {
        Assertion said = byCue("The aide who wrote the memo said the plan would fail.", "said");
        assertEquals("The aide who wrote the memo", source(said));
        assertEquals("the plan would fail", said.contentText());
        assertEquals("the memo", byCue("The aide who wrote the memo said the plan would fail.", "wrote").contentText());
        // the number heads its "of" phrase: the two, not all the doctors, called him so
        assertEquals("Two of the doctors who signed the letter", source(byCue("Two of the doctors who signed the letter called the host a fraud.", "called")));
        // a relative clause inside the content stays there
        assertEquals("the company that built the bridge cut corners",
                byCue("The mayor said the company that built the bridge cut corners.", "said").contentText());
    }

    @Test
    void phraseOfTimeBetweenAuxiliaryAndCue() {
        // "has in the past argued": the phrase of time is no source; the subject before the auxiliary is
        assertAttribution("The mayor has in the past argued that the bridge was unsafe.", "argued", "The mayor", "that the bridge was unsafe");
        assertAttribution("Estonia's envoy has in recent months insisted that the border was calm.", "insisted", "Estonia's envoy",
                "that the border was calm");
        // negative: a phrase after a noun, with no auxiliary before it, belongs to the source
        assertAttribution("Critics in the capital argued that the bridge was unsafe.", "argued", "Critics in the capital", "that the bridge was unsafe");
    }

    @Test
    void citedAsSaying() {
        Assertion a = byCue("A nurse interviewed by the newspaper was cited as saying that the ward had no power.", "saying");
        assertEquals("A nurse interviewed by the newspaper", source(a));
        assertEquals("that the ward had no power", a.contentText());
        // negative: cited as a thing, not as saying it, hands no words on
        assertTrue(extract("The ward was cited as an example of neglect.").stream().noneMatch(x -> "The ward".equals(source(x))));
    }

    @Test
    void numberCountingPartOfTheSource() {
        // "three of the sailors": the number heads its "of" phrase, so the source runs back to "Lawyers"
        assertAttribution("Lawyers for three of the sailors denied that the men had smuggled fuel.", "denied",
                "Lawyers for three of the sailors", "that the men had smuggled fuel");
        // negative: a year before "of" counts nothing
        assertTrue(extract("Lawyers in 2015 of the sailors said the men were innocent.").stream()
                .noneMatch(a -> "Lawyers in 2015 of the sailors".equals(source(a))));
    }

    @Test
    void aShortRelativeClauseIsPartOfTheSpeaker() {
        // the clause's predicate, an infinitive or a prepositional phrase, does not end the speaker's phrase
        assertAttribution("A port official who asked not to be identified said the cargo was seized.", "said",
                "A port official who asked not to be identified", "the cargo was seized");
        assertAttribution("Two guards who spoke on condition of anonymity told the paper the gates were open.", "told",
                "Two guards who spoke on condition of anonymity", "the gates were open");
        assertAttribution("A pilot who asked to remain anonymous said the runway was closed.", "said",
                "A pilot who asked to remain anonymous", "the runway was closed");
        // an object before the infinitive
        assertAttribution("A trader who urged the council to act said the market was flooded.", "said",
                "A trader who urged the council to act", "the market was flooded");
        // how the speaker spoke, or that it asked to stay unnamed, is no report of its own
        assertTrue(extract("A port official who asked not to be identified said the cargo was seized.").stream()
                .allMatch(a -> a.cue().text().equals("said")));
        assertTrue(extract("Two guards who spoke on condition of anonymity said the gates were open.").stream()
                .allMatch(a -> a.cue().text().equals("said")));
        // negative: a clause reporting a text stays a report
        assertTrue(hasCue("The aide who wrote the memo said the plan would fail.", "wrote"));
        // prepositional phrases, and a date after them
        assertAttribution("A deckhand who sailed with the northern fleet in 2015 told the inquiry the nets were illegal.", "told",
                "A deckhand who sailed with the northern fleet", "the nets were illegal");
        // negative: a clause with a finite verb after its infinitive is a report of its own, not the speaker's description
        assertTrue(extract("The clerk who refused to say the name left early.").stream()
                .noneMatch(a -> source(a) != null && source(a).startsWith("The clerk who refused")));
    }

    @Test
    void aPassiveWithItsAgentInsideAContentLeavesItWhole() {
        assertAttribution("A port official said the delay could be explained by the storm.", "said",
                "A port official", "the delay could be explained by the storm");
        // negative: a report after the content, with its source before the cue, still cuts it
        assertAttribution("The ministry believes that the plan will fail, a department head told the paper.", "believes",
                "The ministry", "that the plan will fail");
    }

    @Test
    void reportedAsSayingNamesTheSpeaker() {
        assertAttribution("The admiral was reported as saying that two frigates had sunk.", "saying",
                "The admiral", "that two frigates had sunk");
        // negative: reported to someone, with no words after "as", stays a passive of its own
        assertTrue(extract("The admiral was reported as missing after the storm.").stream().noneMatch(a -> a.cue().text().equals("saying")));
    }
}
