package org.claimgraph.assertions;

import static org.claimgraph.assertions.Attributions.assertAttribution;
import static org.claimgraph.assertions.Attributions.byCue;
import static org.claimgraph.assertions.Attributions.extract;
import static org.claimgraph.assertions.Attributions.hasCue;
import static org.claimgraph.assertions.Attributions.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.claimgraph.doc.Assertion;
import org.claimgraph.doc.Factuality;
import org.claimgraph.doc.Factuality.Certainty;
import org.claimgraph.doc.Factuality.Polarity;
import org.claimgraph.doc.Factuality.Time;
import org.junit.jupiter.api.Test;

/**
 * Reporting constructions of English news that the tagger or the frames used to miss, each on invented
 * sentences with a case that must not report.
 */
class NewsReportingTest {
    @Test
    void gerundAfterAPrepositionReportsForTheSubject() {
        Assertion by = byCue("The commission opened its hearing by announcing that the vote would be delayed.", "announcing");
        assertEquals("The commission", source(by));
        assertEquals("that the vote would be delayed", by.contentText());
        Assertion despite = byCue("The witness, despite admitting that she had met the mayor, denied any wrongdoing.", "admitting");
        assertEquals("The witness", source(despite));
        assertTrue(despite.contentText().startsWith("that she had met the mayor"));
        // a noun in -ing after a preposition stays a noun
        assertFalse(hasCue("He spent two days under questioning from the committee.", "questioning"));
    }

    @Test
    void aSecondVerbAfterAndOrYetKeepsTheSubject() {
        Assertion urges = byCue("The coach is unhappy with the referees and urges them to review the tape.", "urges");
        assertEquals("The coach", source(urges));
        Assertion refuses = byCue("It is odd that Chase demands transparency, yet refuses to publish his own records.", "refuses");
        assertEquals("Chase", source(refuses));
        assertEquals("transparency", byCue("It is odd that Chase demands transparency, yet refuses to publish his own records.", "demands").contentText());
        // a list of nouns has no verb before it
        assertFalse(hasCue("Fees and charges that apply to small accounts rose again.", "charges"));
    }

    @Test
    void aNameOpeningTheSentenceThatTheTaggerTookForAVerb() {
        assertEquals("Lock", source(byCue("Lock argues that the rules are unfair.", "argues")));
        Assertion questions = byCue("Chase questions the value of the new tariffs.", "questions");
        assertEquals("Chase", source(questions));
        assertEquals("the value of the new tariffs", questions.contentText());
        // an imperative opening the sentence is no name
        assertTrue(extract("Make checks that the system works.").isEmpty());
    }

    @Test
    void aGerundAfterAPhaseVerbIsItsSubjectsReport() {
        Assertion kept = byCue("The mayor kept saying that the vote was rigged.", "saying");
        assertEquals("The mayor", source(kept));
        assertEquals("that the vote was rigged", kept.contentText());
        assertEquals("The union", source(byCue("The union has begun arguing that the tax is unfair.", "arguing")));
        // a participle after some other verb is no report of that verb's subject
        assertFalse(hasCue("The mayor kept walking toward the door, saying nothing.", "kept"));
        assertFalse(hasCue("The mayor enjoyed saying that the vote was rigged.", "saying"));
    }

    @Test
    void aVoteToActStatesABodysDecision() {
        Assertion voted = byCue("The city council voted on Tuesday to close the old harbor bridge.", "voted");
        assertEquals("The city council", source(voted));
        assertEquals("to close the old harbor bridge", voted.contentText());
        assertEquals("to send the bill to the full House",
                byCue("The committee votes to send the bill to the full House.", "votes").contentText());
        // "vote against" keeps its object, and a vote with no infinitive reports nothing
        assertEquals("the bill", byCue("The senator voted against the bill.", "voted against").contentText());
        assertFalse(hasCue("Residents who voted in the morning waited an hour.", "voted"));
    }

    @Test
    void demandsAndAppealsReportTheirObject() {
        assertEquals("an apology from the company", byCue("The union demanded an apology from the company.", "demanded").contentText());
        assertTrue(extract("Demand for coal fell sharply last year.").isEmpty());
    }

    @Test
    void admittedInThePassiveIsEntryNotSpeech() {
        assertTrue(extract("Four refugees were admitted last month.").isEmpty());
        Assertion admitted = byCue("It was admitted that the figures were wrong.", "admitted");
        assertNull(admitted.source());
        assertEquals("that the figures were wrong", admitted.contentText());
    }

    @Test
    void chargedWithInThePassiveIsALegalAct() {
        assertTrue(extract("The senator has never been charged with any crime.").isEmpty());
        assertTrue(extract("The officer was charged with manslaughter on Thursday.").isEmpty());
        assertTrue(extract("Twelve protesters were charged on Monday.").isEmpty());
        assertTrue(extract("Police did not say how many had been charged.").stream().noneMatch(a -> a.cue().text().equals("charged")));
        // charges someone words lay stay reports
        assertEquals("The mayor", source(byCue("The mayor charged that the council had lied.", "charged")));
        assertNull(source(byCue("The claim was denied on Friday.", "denied")));
    }

    @Test
    void onlyVerbsOfSayingTakeTheirSourceAfterThem() {
        Assertion denied = byCue("The witness, who had met the mayor, denied any wrongdoing.", "denied");
        assertEquals("The witness, who had met the mayor", source(denied));
        assertEquals("any wrongdoing", denied.contentText());
        assertEquals("the mayor", source(byCue("“The budget is balanced,” said the mayor.", "said")));
    }

    @Test
    void aNameGivenToWhatWentBefore() {
        Assertion described = byCue("Twenty people were hurt by an explosion that the mayor described as “an intentional act.”", "described");
        assertEquals("the mayor", source(described));
        assertTrue(described.contentText().contains("an intentional act"));
        Assertion analysts = byCue("The senator is engaging in what analysts described as old tactics.", "described");
        assertEquals("analysts", source(analysts));
        assertTrue(analysts.contentText().endsWith("old tactics"));
        Assertion shifted = byCue("The governor is describing as “reckless” a tweet from his rival.", "describing");
        assertTrue(shifted.contentText().endsWith("a tweet from his rival"));
        Assertion rant = byCue("She was hospitalized after what she called a “breakdown,” a series of angry posts.", "called");
        assertTrue(rant.contentText().contains("breakdown"));
        // "described" with its object after it is the plain frame: no name given to a relative pronoun
        assertFalse(hasCue("The report described the flood in detail.", "described as"));
    }

    @Test
    void callingSomeoneSomething() {
        assertEquals("them reckless gambles", byCue("Critics would call them reckless gambles.", "call").contentText());
        Assertion liar = byCue("The minister has been called a liar by opposition lawmakers.", "called");
        assertEquals("opposition lawmakers", source(liar));
        assertTrue(liar.contentText().contains("a liar"));
        Assertion labeled = byCue("The statement was labeled “Mostly True.”", "labeled");
        assertNull(labeled.source());
        assertEquals("Chris Christie", source(byCue("Chris Christie Calls Hillary Clinton ‘A Disgrace’ Over Police Comments", "Calls")));
        // calling people to a place, convening, and names alone report nothing
        assertTrue(extract("The mayor called the police after the fire.").isEmpty());
        assertTrue(extract("Republicans had called the hearing because of the delays.").isEmpty());
        assertTrue(extract("The operation was called Desert Storm.").isEmpty());
        assertFalse(hasCue("The senator is calling on colleagues to vote.", "calling"));
    }

    @Test
    void puttingOutATextReportsIt() {
        Assertion ad = byCue("The campaign released an ad this week about the candidate's record.", "released");
        assertEquals("The campaign", source(ad));
        assertTrue(ad.contentText().startsWith("an ad"));
        assertEquals("The group", source(byCue("The group sent a letter to the board on Friday.", "sent")));
        // footage and figurative messages are no texts; a cue of the text's own reports instead
        assertTrue(extract("The police released video of the arrest on Monday.").isEmpty());
        assertTrue(extract("The vote sends a strong message to the council.").isEmpty());
        assertFalse(hasCue("The ministry issued a statement calling the test a violation.", "issued"));
    }

    @Test
    void presentingFiguresOrAnAssessmentReportsThem() {
        assertAttribution("The port authority presented new figures on cargo thefts to the council.", "presented",
                "The port authority", "new figures on cargo thefts to the council");
        // after a verb that hands the report on, the infinitive is the cue and the report is to come
        Assertion expected = byCue("The harbour master is expected to present a fresh assessment of the damage on Monday.", "present");
        assertEquals("The harbour master", source(expected));
        assertEquals(new Factuality(Certainty.PROBABLE, Polarity.POSITIVE, Time.FUTURE), expected.factuality());
        assertFalse(hasCue("The harbour master is expected to present a fresh assessment of the damage on Monday.", "expected"));
        // negative: presenting what is no text reports nothing
        assertTrue(extract("The team presented a serious challenge to the champions.").isEmpty());
    }

    @Test
    void aParticipleAfterTheCommaReportsForTheClausesSubject() {
        Assertion after = byCue("Stung by the criticism, the mayor revised her plan, promising to protect the parks.", "promising");
        assertEquals("the mayor", source(after));
        Assertion dated = byCue("On Monday, however, the governor spoke to a group of farmers, pledging to cut fuel taxes.", "pledging");
        assertEquals("the governor", source(dated));
        // a participle describing the object of a preposition is no report of the subject
        assertFalse(hasCue("The rules, made by a board seeking to cut costs, were dropped.", "seeking"));
    }

    @Test
    void aNegatedAuxiliaryWithACurlyApostrophe() {
        Assertion a = byCue("The attorney general isn’t saying whether the charity broke any laws.", "saying");
        assertEquals("The attorney general", source(a));
        assertEquals(Factuality.Polarity.NEGATIVE, a.factuality().polarity());
    }

    @Test
    void anAimHeldByHopeOrExpectation() {
        Assertion hopes = byCue("Ultimately, the developer hopes to offset all of the emissions with credits.", "hopes");
        assertEquals("the developer", source(hopes));
        assertEquals("to offset all of the emissions with credits", hopes.contentText());
        // a hope with no clause or infinitive reports nothing
        assertFalse(hasCue("At least that is what the campaign now hopes.", "hopes"));
    }

    @Test
    void aPluralNounBeforeAParticipleIsNoVerb() {
        assertFalse(hasCue("The senator defended his early-morning tweets attacking the judge.", "tweets"));
        assertFalse(hasCue("He did not address his series of late-night tweets in which he mocked the judge.", "tweets"));
        assertEquals("The senator", source(byCue("The senator tweets that the judge is biased.", "tweets")));
    }

    @Test
    void aViewStatedWithACopula() {
        Assertion view = byCue("Her argument is that the tax is unfair.", "argument is");
        assertEquals("Her", source(view));
        assertEquals("that the tax is unfair", view.contentText());
        assertEquals("to cut taxes", byCue("His goal is to cut taxes.", "goal is").contentText());
        assertEquals("the plant must close", byCue("Their position is clear: the plant must close.", "position is").contentText());
        // with no holder, or with no clause after the copula, it reports nothing
        assertTrue(extract("The view is that the budget is balanced.").isEmpty());
        assertTrue(extract("His plan is a failure.").isEmpty());
    }

    @Test
    void asSomeonePutItAfterAnIndefiniteSource() {
        Assertion put = byCue("The plan is a mess, as a federal official put it.", "put it");
        assertEquals("a federal official", source(put));
        assertEquals("The plan is a mess", put.contentText());
        // a base form closing an indefinite noun phrase is still a noun ("a summit in Astana")
        assertFalse(hasCue("He told a regional summit in Astana about the plan.", "summit"));
    }

    @Test
    void theObjectOfAVerbOfCausingSpeaks() {
        Assertion forced = byCue("The senator forced the banker, who was under questioning, to admit that no executive had been fired.", "admit");
        assertEquals("the banker", source(forced));
        assertEquals("that no executive had been fired", forced.contentText());
        Assertion prompted = byCue("The attacks prompted the alliance at its summit to announce that it would send more troops.", "announce");
        assertTrue(source(prompted).startsWith("the alliance"));
        // negative: asking someone to speak is no report that they did
        assertFalse(hasCue("The senator pressed the banker to admit that no executive had been fired.", "admit"));
    }

    @Test
    void aPlatformTakenToSpeak() {
        Assertion took = byCue("The senator took to the floor to denounce the bill.", "denounce");
        assertEquals("The senator", source(took));
        assertEquals("the bill", took.contentText());
        Assertion used = byCue("The governor used his speech to warn that the state faced a deficit.", "warn");
        assertEquals("The governor", source(used));
        assertEquals("The senator", source(byCue("The senator appeared on CNN on Sunday to defend the bill.", "defend")));
        assertEquals("The reporter", source(byCue("The reporter will come on the program to talk about the border.", "talk about")));
        // negative: a tool used for something else reports nothing
        assertTrue(extract("The police used tear gas to disperse the crowd.").isEmpty());
    }

    @Test
    void findingsAndRulingsReportTheirClause() {
        Assertion ruled = byCue("The appeals court ruled that the state's practices could remove eligible voters.", "ruled");
        assertEquals("The appeals court", source(ruled));
        assertEquals("that the state's practices could remove eligible voters", ruled.contentText());
        assertEquals("Federal investigators", source(byCue("Federal investigators have discovered that the funds were diverted.", "discovered")));
        assertEquals("The panel", source(byCue("The panel determined that the officer had acted within the law.", "determined")));
        // negative: without a clause they report nothing; a plural noun's compound in -s is no verb
        assertTrue(extract("The king ruled the country for forty years. Scientists discovered a new species.").isEmpty());
        assertFalse(hasCue("He leaves a raft of new emissions rules that will transform the economy.", "rules"));
    }

    @Test
    void aPollNamedByTwoPartnersWithASlash() {
        Assertion a = byCue("In an NBC News/Wall Street Journal poll released Monday, the governor led his rival by six points.", "In");
        assertEquals("an NBC News/Wall Street Journal poll released Monday", source(a));
        assertEquals("the governor led his rival by six points", a.contentText());
        // negative: a season named with a slash is no evidence
        assertTrue(extract("In the spring/summer of 2015, the governor led his rival by six points.").isEmpty());
    }

    @Test
    void aPollsSharesStateTheirPreferences() {
        String text = "Among likely voters, 46 percent would choose the governor and 44 percent would back the senator, "
                + "while Thirty-seven percent of students polled support Smith.";
        Assertion choose = byCue(text, "choose");
        assertEquals("46 percent", source(choose));
        assertEquals("the governor", choose.contentText());
        assertEquals("44 percent", source(byCue(text, "back")));
        assertEquals("Thirty-seven percent of students polled", source(byCue(text, "support")));
        Assertion vote = byCue("Among Democrats, 56 percent would vote for Clinton.", "vote for");
        assertEquals("Clinton", vote.contentText());
        // negative: the noun "support", and a share after its verb
        assertTrue(extract("The nominee sits at 85 percent support among black voters in Florida.").isEmpty());
        assertFalse(hasCue("The tax rose to 46 percent support of the total.", "support"));
    }

    @Test
    void aNameAfterADescriptionTheTaggerLeftHeadless() {
        Assertion says = byCue("One Republican hopeful, Carly Fiorina, says she plans to root for Iowa.", "says");
        assertEquals("Carly Fiorina", source(says));
        assertEquals("she plans to root for Iowa", says.contentText());
        // negative: a description with its noun stays the source with the name
        assertEquals("The mayor's deputy, Ann Lee", source(byCue("The mayor's deputy, Ann Lee, says the bridge will open.", "says")));
    }

    @Test
    void aVerbBeforeThatTheTaggerTookForANoun() {
        String text = "European leaders have embraced the idea of a joint military force, warning that the exit will sap the continent's defense. "
                + "But some note that the governor has proposed little. "
                + "Candidates of both parties have understood that it is necessary to show their returns.";
        assertEquals("that the exit will sap the continent's defense", byCue(text, "warning").contentText());
        assertEquals("some", source(byCue(text, "note")));
        assertEquals("Candidates of both parties", source(byCue(text, "understood")));
        // negative: a noun before "that" stays one ("the warning that ..." is a noun's report, "a note that" none)
        assertFalse(hasCue("He left a note that was never read.", "note"));
    }

    @Test
    void aCueInAContactClauseReportsItsRest() {
        Assertion said = byCue("The council rejected a plan the mayor said would cost $5 billion.", "said");
        assertEquals("the mayor", source(said));
        assertEquals("would cost $5 billion", said.contentText());
        // negative: a source after a date opens no clause ("On Monday the mayor said he ...")
        assertEquals("he would resign", byCue("On Monday the mayor said he would resign.", "said").contentText());
    }

    @Test
    void aQuestionPutBySomeoneUnnamed() {
        Assertion about = byCue("Asked about the dispute over the budget, the mayor said the city would appeal.", "Asked about");
        assertNull(about.source());
        assertEquals("the dispute over the budget", about.contentText());
        Assertion pressed = byCue("When pressed on why the plan leaves out fathers, the spokeswoman replied that it was meant for mothers.",
                "pressed on");
        assertEquals("why the plan leaves out fathers", pressed.contentText());
        assertEquals("how the Cold War would end", byCue("Reagan was once asked how the Cold War would end.", "asked").contentText());
        // negative: a question its subject put keeps its asker
        assertEquals("The reporters", source(byCue("The reporters asked about the budget.", "asked about")));
    }

    @Test
    void theSubjectOfALightVerbHoldsTheStance() {
        Assertion concern = byCue("Republicans have expressed concern that the change could lead to fraud.", "expressed concern");
        assertEquals("Republicans", source(concern));
        assertEquals("that the change could lead to fraud", concern.contentText());
        assertEquals("Voters", source(byCue("Voters almost universally expressed outrage over the decision.", "expressed outrage over")));
        // a concern nobody is said to voice
        assertNull(source(byCue("There is concern that the change could lead to fraud.", "concern")));
    }

    @Test
    void aParticipleOfSpeakingBeforeItsSpeakersReportIsItsOccasion() {
        String anonymous = "Speaking on condition of anonymity, an official said the talks had failed.";
        assertFalse(hasCue(anonymous, "Speaking on"), "the terms of the interview are no report");
        assertEquals("the talks had failed", byCue(anonymous, "said").contentText());
        assertFalse(hasCue("The senator, speaking on Sunday, said the bill would pass.", "speaking on"));
        // negative: after the report, or with no report of its own speaker, the participle reports
        assertTrue(hasCue("“We will win,” said the mayor, speaking of the vote.", "speaking of"));
        assertTrue(hasCue("The senator spoke on immigration at the rally.", "spoke on"));
    }

    @Test
    void aThoughtWhoseSubjectHasAPrepositionalPhrase() {
        Assertion a = byCue("Gov. Ana Ruiz hopes her latest union endorsement before the Ohio primary will give her a lift.", "hopes");
        assertEquals("her latest union endorsement before the Ohio primary will give her a lift", a.contentText());
        // negative: a noun phrase with its phrases and no verb after it is no clause
        assertFalse(hasCue("The mayor expects a decision on the budget in May.", "expects"));
    }

    @Test
    void aParticipleAfterADashReportsForTheClausesSubject() {
        Assertion a = byCue("Rubio changed his pick on the spot \u2013 saying he was rooting for Denver.", "saying");
        assertEquals("Rubio", source(a));
        assertEquals("he was rooting for Denver", a.contentText());
        // negative: a dash before a participle that reports nothing adds no report
        assertTrue(extract("The plan \u2013 pushing for lower taxes \u2013 failed.").isEmpty());
    }
}
