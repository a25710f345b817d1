package org.claimgraph.assertions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static org.claimgraph.assertions.Attributions.byCue;
import static org.claimgraph.assertions.Attributions.extract;
import static org.claimgraph.assertions.Attributions.source;

import java.util.List;

import org.claimgraph.doc.Assertion;
import org.claimgraph.doc.TextRef;
import org.junit.jupiter.api.Test;

/** Constructions of attribution beyond "X said that Y", each on an invented sentence. */
class AttributionConstructionsTest {
    @Test
    void reportingVerbTheTaggerTookForANoun() {
        Assertion a = byCue("The city council plans to rebuild the old harbor bridge by 2030.", "plans");
        assertEquals("The city council", source(a));
        assertEquals("to rebuild the old harbor bridge by 2030", a.contentText());
        Assertion spoke = byCue("Chief Inspector Anna B. Kowalski Jr. spoke of the long decline of the fishing fleet.", "spoke of");
        assertTrue(source(spoke).endsWith("Kowalski Jr."));
        assertTrue(spoke.contentText().startsWith("the long decline"));
    }

    @Test
    void accordingToWithALongOpeningPhrase() {
        Assertion a = byCue("According to a complaint filed by the regional water board, the factory dumped waste into the river.",
                "According to");
        assertEquals("a complaint filed by the regional water board", source(a));
        assertEquals("the factory dumped waste into the river", a.contentText());
    }

    @Test
    void thatClauseAfterPhrasesOfPlaceTheWalkCannotRead() {
        Assertion a = byCue("The governor said during a Sunday afternoon rally in Leeds that the depot would stay open.", "said");
        assertEquals("that the depot would stay open", a.contentText());
        Assertion b = byCue("The mayor says at a rally in Dayton, Ohio, that the budget is balanced.", "says");
        assertEquals("that the budget is balanced", b.contentText());
    }

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
    void titleCaseHeadline() {
        Assertion a = byCue("New Survey Shows Sharp Drop In Rural Broadband Prices", "Shows");
        assertEquals("New Survey", source(a));
        assertEquals("Sharp Drop In Rural Broadband Prices", a.contentText());
    }

    @Test
    void quoteClosedAfterAQuestionMark() {
        Assertion a = byCue("“Who will pay for the new stadium?” a columnist for the local paper asks.", "asks");
        assertEquals("a columnist for the local paper", source(a));
        assertEquals("Who will pay for the new stadium?", a.contentText());
        assertTrue(a.direct());
    }

    /** The sentence's one assertion with the cue, its source and its content. */
    private static void assertAttribution(String sentence, String cue, String source, String content) {
        Assertion a = byCue(sentence, cue);
        assertEquals(source, source(a));
        assertEquals(content, a.contentText());
    }

    @Test
    void cueAfterAVerbOfPhase() {
        assertAttribution("The union continued to call for higher wages at the port.", "call for", "The union", "higher wages at the port");
        assertAttribution("The governor went on to criticize the budget plan.", "criticize", "The governor", "the budget plan");
        // the verb of phase passes on only a cue: "continued to build" reports nothing
        assertTrue(extract("The company continued to build new stores across the region.").isEmpty());
    }

    @Test
    void aMeetingToDiscuss() {
        assertAttribution("The ministers met on Monday to discuss the harbor budget.", "discuss", "The ministers", "the harbor budget");
        assertAttribution("The council called an emergency meeting to discuss the flooding.", "discuss", "The council", "the flooding");
        // travelling there for it is no meeting's talk
        assertTrue(extract("The ministers drove on Monday to discuss the harbor budget.").isEmpty());
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
    void headlinesWithAnInfinitive() {
        assertAttribution("Governor Vows To Eliminate Tax Breaks For Developers\n", "Vows", "Governor", "To Eliminate Tax Breaks For Developers");
        assertAttribution("Smith Urges Voters To Reject New Tax\n", "Urges", "Smith", "To Reject New Tax");
        assertAttribution("Mayor urges residents to leave the coast\n", "urges", "Mayor", "to leave the coast");
        assertTrue(extract("Union Travels To Ohio For Talks With Farmers\n").isEmpty());
        assertTrue(extract("His urges to smoke returned after the election.\n").isEmpty());
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
    void quotesSignedAfterADash() {
        String text = "Readers on the new bridge\n\n“The buses are late every single morning and nobody cares.”― Tom Baker\n\n"
                + "“Parks are cleaner than ever before, and I thank him for it.” ― Ann Lee.\n\n"
                + "Photo by the author.\n\n“We need more teachers in the schools.” ― the letters page is full of such notes\n";
        List<Assertion> found = extract(text);
        List<String> sources = found.stream().map(Attributions::source).toList();
        // glued to the closing mark, and with a full stop after the name
        assertEquals(List.of("Tom Baker", "Ann Lee"), sources);
        assertEquals("The buses are late every single morning and nobody cares.", found.get(0).contentText());
        assertEquals("Parks are cleaner than ever before, and I thank him for it.", found.get(1).contentText());
        assertTrue(found.get(0).direct());
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
    void characterizationOfSomethingDatedByAPossessive() {
        Assertion called = byCue("The mayor called Tuesday's decision a \"victory for renters.\"", "called");
        assertEquals("The mayor", source(called));
        assertTrue(called.contentText().startsWith("Tuesday's decision a \"victory for renters"));
        // a date alone after the cue is no part of the content
        assertEquals("the budget was balanced", byCue("The mayor said on Tuesday the budget was balanced.", "said").contentText());
    }

    @Test
    void colonEndingTheSentenceAndGoingOn() {
        String text = "The coach was calm after the game. She continued:\n\n\"We have to defend better, and we will.\"\n";
        Assertion continued = byCue(text, "continued");
        assertEquals("She", source(continued));
        assertEquals("We have to defend better, and we will.", continued.contentText());
        assertTrue(continued.direct());
        String plain = "The mayor spoke last. He added:  The council talks and talks, but nothing gets built.\n";
        Assertion added = byCue(plain, "added");
        assertEquals("The council talks and talks, but nothing gets built", added.contentText());
        assertEquals(plain.indexOf("The council"), added.contentParts().get(0).span().start());
        assertAttribution("\"We lost the ball too often,\" she continued.", "continued", "she", "We lost the ball too often,");
        // plain text in the paragraph after a colon is no one's words
        assertTrue(extract("1. Ann Lee says:\n\nThe parks are cleaner than ever before.\n").isEmpty());
        // going on with something else reports nothing
        assertTrue(extract("The council continued its meeting after lunch.").isEmpty());
    }

    @Test
    void reportingVerbInSAfterAName() {
        assertAttribution("Lindqvist notes they were hired before the merger.", "notes", "Lindqvist",
                "they were hired before the merger");
        assertAttribution("Okafor argues that the tariff will hurt farmers.", "argues", "Okafor", "that the tariff will hurt farmers");
        // "notes" as a noun after a name
        assertTrue(extract("The Lindqvist notes were sold at auction.").isEmpty());
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
    void attitudeAfterAContractedNegation() {
        assertAttribution("The farmers weren't sure about the new rules.", "sure", "The farmers", "the new rules");
    }

    @Test
    void reportingGerundAfterAPreposition() {
        String text = "The mayor opened the meeting by saying the budget was balanced.";
        Assertion saying = byCue(text, "saying");
        assertEquals("The mayor", source(saying));
        assertEquals(text.indexOf("the budget"), saying.contentParts().get(0).span().start());
        assertEquals("the budget was balanced", saying.contentText());
        // "for saying": the one praised or blamed said it, not the subject
        assertTrue(extract("The coach praised the striker for saying the team needed more training.").stream()
                .noneMatch(a -> a.cue().text().equals("saying")));
    }

    @Test
    void nounPhraseReportedByAVerbOfSaying() {
        assertAttribution("The minister noted the sharp rise in rents.", "noted", "The minister", "the sharp rise in rents");
        // a participle after a determiner or possessor modifies its noun
        assertTrue(extract("The board ignored the repeated warnings of its auditors.").stream()
                .noneMatch(a -> a.cue().text().equals("repeated")));
        assertTrue(extract("His recently announced plans were dropped in May.").isEmpty());
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
    void timePhraseEndingTheSentenceAfterTheCue() {
        String text = "Skipping the vote ''was a mistake,'' the developer said last week.";
        Assertion said = byCue(text, "said");
        assertEquals("the developer", source(said));
        assertTrue(said.contentText().startsWith("Skipping the vote"));
        assertEquals(0, said.contentParts().get(0).span().start());
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
    void coordinatedCueTakesTheSubjectOfTheClause() {
        assertAttribution("The mayor opened the new bridge and praised the engineers for their speed.", "praised", "The mayor",
                "the engineers for their speed");
        assertTrue(extract("The mayor opened the new bridge and cut the ribbon.").isEmpty());
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
    void adverbsOpeningTheReportedClauseAreItsSubject() {
        assertAttribution("The coach says too much was spent on the youth team.", "says", "The coach", "too much was spent on the youth team");
        assertAttribution("The governor said firmly that the polls were wrong.", "said", "The governor", "that the polls were wrong");
    }

    @Test
    void reportInsideAQuoteIsTheQuotedSpeakersWords() {
        List<Assertion> found = extract("“He told me the plant would close,” the worker said.");
        assertEquals(1, found.size());
        assertEquals("said", found.get(0).cue().text());
        assertEquals("the worker", source(found.get(0)));
        // outside a quote the same words are a report of their own
        assertEquals("told", byCue("He told me the plant would close.", "told").cue().text());
    }

    @Test
    void thoughtOpeningReportedSpeechIsPartOfIt() {
        List<Assertion> found = extract("The mayor said she thinks the plan will work.");
        assertEquals(1, found.size());
        assertEquals("she thinks the plan will work", found.get(0).contentText());
        assertAttribution("She thinks the plan will work.", "thinks", "She", "the plan will work");
    }

    @Test
    void reportOpeningAnotherSpeakersClauseIsPartOfIt() {
        List<Assertion> found = extract("The senator said the governor favors a new tax on fuel.");
        assertEquals(1, found.size());
        assertEquals("the governor favors a new tax on fuel", found.get(0).contentText());
        List<Assertion> that = extract("A spokesman says that the company promised to repay its customers.");
        assertEquals(1, that.size());
        assertEquals("says", that.get(0).cue().text());
        // a second verb of the same speaker is a report of its own
        Assertion promised = byCue("The senator said the plan was flawed and promised to vote against it.", "promised");
        assertEquals("The senator", source(promised));
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
    void inflectionsTheLemmatizerLeavesAlone() {
        assertAttribution("Regulators worried that the bank could fail.", "worried", "Regulators", "that the bank could fail");
        assertAttribution("The union is warning members that the talks could fail.", "warning", "The union", "that the talks could fail");
        assertAttribution("Said Jones: “We will not give up.”", "Said", "Jones", "We will not give up.");
        assertAttribution("The mayor has often cited the flood report as grounds for the levy.", "cited", "The mayor",
                "the flood report as grounds for the levy");
        assertAttribution("Police identified the driver as a local teacher.", "identified", "Police", "the driver as a local teacher");
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
    void aContrastingReportEndsTheFirstClauseAndCountsOfItsOwn() {
        String text = "The mayor said ten people have applied for the post, but he refuses to discuss the candidates.";
        assertEquals("ten people have applied for the post", byCue(text, "said").contentText());
        Assertion refusal = byCue(text, "refuses");
        assertEquals("he", source(refusal));
        assertEquals("to discuss the candidates", refusal.contentText());
        // negative: a contrast with no report of its own stays in what was said
        assertEquals("ten people have applied for the post, but he was not sure of the number",
                byCue("The mayor said ten people have applied for the post, but he was not sure of the number.", "said").contentText());
        // "and vowed to": an aim after the first report
        String vow = "The minister denied the charges and vowed to clear her name.";
        assertEquals("the charges", byCue(vow, "denied").contentText());
        assertEquals("to clear her name", byCue(vow, "vowed").contentText());
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
    void aVerbKnownOnlyByItsPrepositionIsANounBeforeThat() {
        Assertion a = byCue("The president leaves a raft of new emissions rules that promise to transform the economy.", "promise");
        assertEquals("a raft of new emissions rules", source(a));
        // negative: "rules against" is still the verb with its preposition
        assertEquals("The court", source(byCue("The court rules against the city in the zoning case.", "rules against")));
    }

    @Test
    void anAttributionBetweenDashesReportsWhatStandsBetweenThem() {
        assertEquals("unrealistic", byCue("They made an aggressive - some say unrealistic - pledge to cut emissions 80 percent by 2050.",
                "say").contentText());
        assertEquals("it will cost $5 billion", byCue("The plan \u2014 officials say it will cost $5 billion \u2014 was approved on Monday.",
                "say").contentText());
        // negative: a hyphen inside a word closes nothing
        assertEquals("the 63-year-old senator was in good health",
                byCue("Officials say the 63-year-old senator was in good health.", "say").contentText());
    }

    @Test
    void aVerbWithItsParticleFromTheLexicon() {
        Assertion a = byCue("The governor laid out her plan to rebuild the harbor.", "laid out");
        assertEquals("The governor", source(a));
        assertEquals("her plan to rebuild the harbor", a.contentText());
        assertEquals("a tax increase", byCue("The minister ruled out a tax increase.", "ruled out").contentText());
        // negative: the verb without its particle reports nothing
        assertTrue(extract("The workers laid the new tiles in the harbor office.").isEmpty());
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
    void aPollOpeningTheSentenceReportsItsClause() {
        Assertion a = byCue("In the latest national poll, conducted last week, the mayor led her rival by five points.", "In");
        assertEquals("the latest national poll, conducted last week", source(a));
        assertEquals("the mayor led her rival by five points", a.contentText());
        // negatives: a place reports nothing, and a cue of the clause reports it already
        assertTrue(extract("In the old harbor, the mayor opened a new school.").isEmpty());
        assertEquals(1, extract("In a report released Monday, the agency said the river was clean.").size());
    }

    @Test
    void aClauseOpenedByANounTheTaggerTookForAVerb() {
        Assertion a = byCue("Trump said praise from the governor would not change his vote.", "said");
        assertEquals("praise from the governor would not change his vote", a.contentText());
        // negative: a base form with no verb of its clause after it stays a verb, and opens no clause
        assertTrue(extract("The coach said go home.").isEmpty());
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
    void wordsTheTaggerTookForANounOrAPreposition() {
        // "may announce/NOUN": the base form after a modal is its verb
        assertAttribution("Officials in the regional government may announce in July that the curfew will end.", "announce",
                "Officials in the regional government", "that the curfew will end");
        // "said opposition/ADP leader ...": no preposition ends in "-tion"
        assertAttribution("\u201cThe count is far too low,\u201d said opposition leader Maren Toft.", "said",
                "opposition leader Maren Toft", "The count is far too low,");
        // "has heralded/PRON plans to go after": a participle, so "plans" is its object, neither a cue nor a hedge
        assertTrue(extract("Though she\u2019s heralded plans to go after tax havens, aides say little has changed.").stream()
                .noneMatch(a -> a.cue().text().equals("plans") || a.cue().text().equals("go after")));
        // "a senior official/ADJ, who asked not to be named, said": the clause set off by commas ends at its comma
        String official = "A senior official, who asked not to be identified, said 22 pilots had been detained.";
        assertAttribution(official, "said", "A senior official, who asked not to be identified", "22 pilots had been detained");
        assertAttribution(official, "asked", "who", "not to be identified");
        // negative: a comma before no verb leaves the clause open
        assertEquals("that 22 pilots, all reservists, had been detained", byCue(
                "A senior official, who confirmed that 22 pilots, all reservists, had been detained, resigned.", "confirmed").contentText());
        // negative: a real preposition there still opens no source
        assertTrue(extract("The count was far too low, said in a statement.").stream().noneMatch(a -> "in a statement".equals(source(a))));
    }

    @Test
    void aPluralSubjectTheTaggerTookForAVerb() {
        Assertion a = byCue("The clerk said witnesses saw a gray van near the depot.", "said");
        assertEquals("witnesses saw a gray van near the depot", a.contentText());
        // negative: after a pronoun subject the same form is the clause's verb, and the clause is said as before
        assertEquals("he witnesses such scenes daily", byCue("The clerk said he witnesses such scenes daily.", "said").contentText());
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
    void aTopicPutToAnAddressee() {
        Assertion asked = byCue("The moderator asked the senator about his voting record.", "asked the senator about");
        assertEquals("The moderator", source(asked));
        assertEquals("the senator", asked.addressee().text());
        assertEquals("his voting record", asked.contentText());
        Assertion pressed = byCue("Reporters pressed the governor on his failure to publish the budget.", "pressed the governor on");
        assertEquals("his failure to publish the budget", pressed.contentText());
        assertEquals("the scandal", byCue("Senator Ortiz grilled Hansen over the scandal.", "grilled Hansen over").contentText());
        // a thing pressed, or a time after the addressee, puts no topic to anyone
        assertTrue(extract("The clerk pressed the button on the wall.").isEmpty());
        assertTrue(extract("The lawyer asked the court on Monday for a delay.").stream().noneMatch(a -> a.cue().text().contains("on")));
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

    @Test
    void anAddresseeOwningAQuotedTitle() {
        Assertion a = byCue("The senator told CBS’s “Face the Nation” on Sunday that the bill would pass.", "told");
        assertEquals("CBS’s “Face the Nation”", a.addressee().text());
        assertEquals("that the bill would pass", a.contentText());
        // without a possessive, the quote after the addressee is what was said
        Assertion b = byCue("The senator told reporters “the bill will pass.”", "told");
        assertEquals("reporters", b.addressee().text());
        assertEquals("the bill will pass.", b.contentText());
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
    void wordsNamedByAPronoun() {
        Assertion a = byCue("The judge said something very strange.", "said");
        assertEquals("The judge", source(a));
        assertEquals("something very strange", a.contentText());
        assertEquals("the same of her rival",
                byCue("Most voters trust the mayor, while 73 percent said the same of her rival.", "said").contentText());
        // a noun phrase that names no words is no content of "say"
        assertTrue(extract("The mayor said Tuesday.").isEmpty());
        assertTrue(extract("The mayor said the budget.").isEmpty());
    }

    @Test
    void aSourceWithARelativeClauseAndItsObject() {
        Assertion said = byCue("The aide who wrote the memo said the plan would fail.", "said");
        assertEquals("The aide who wrote the memo", source(said));
        assertEquals("the plan would fail", said.contentText());
        assertEquals("the memo", byCue("The aide who wrote the memo said the plan would fail.", "wrote").contentText());
        assertEquals("the doctors who signed the letter", source(byCue("Two of the doctors who signed the letter called the host a fraud.", "called")));
        // a relative clause inside the content stays there
        assertEquals("the company that built the bridge cut corners",
                byCue("The mayor said the company that built the bridge cut corners.", "said").contentText());
    }
}
