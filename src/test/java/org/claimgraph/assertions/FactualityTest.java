package org.claimgraph.assertions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.claimgraph.doc.Assertion;
import org.claimgraph.doc.Document;
import org.claimgraph.doc.Factuality;
import org.claimgraph.doc.Factuality.Certainty;
import org.claimgraph.doc.Factuality.Polarity;
import org.claimgraph.doc.Factuality.Time;
import org.claimgraph.language.LanguageAnalyzer;
import org.junit.jupiter.api.Test;

/**
 * Each attribution's factuality, on invented sentences: negated reports, reports the writer hedges,
 * future and conditional reports, each beside plain reports that must stay certain, positive and non-future.
 */
class FactualityTest {
    private static final LanguageAnalyzer LANGUAGE = new LanguageAnalyzer();
    private static final AssertionExtractor EXTRACTOR = new AssertionExtractor();
    private static final Factuality NEGATIVE = new Factuality(Certainty.CERTAIN, Polarity.NEGATIVE, Time.NON_FUTURE);

    /** The one assertion whose content contains {@code words}, in {@code text}. */
    private static Assertion report(String text, String words) {
        Document doc = new Document("test", text);
        doc.setPublished("2016-05-12", "test");
        LANGUAGE.process(doc);
        EXTRACTOR.process(doc);
        List<Assertion> found = doc.assertions().stream().filter(a -> a.contentText().contains(words)).toList();
        assertEquals(1, found.size(), "one assertion with '" + words + "' in: " + text + " -> "
                + doc.assertions().stream().map(a -> a.cue().text() + ": " + a.contentText()).toList());
        return found.get(0);
    }

    /** Each pair of a sentence and words of its report's content has the expected factuality. */
    private static void assertReports(Factuality expected, String... sentenceAndContent) {
        for (int i = 0; i < sentenceAndContent.length; i += 2) {
            assertEquals(expected, report(sentenceAndContent[i], sentenceAndContent[i + 1]).factuality(), sentenceAndContent[i]);
        }
    }

    @Test
    void negatedReportsAreNegative() {
        assertReports(NEGATIVE,
                "A police spokesman did not say how many people had been arrested.", "people had been arrested",
                "Tomas Reyes never said the dam was safe.", "the dam was safe",
                "The ambassador could not confirm that the convoy had crossed the border.", "convoy had crossed",
                "The minister declined to say whether the talks would resume.", "talks would resume",
                "The company didn't say when the plant would reopen.", "plant would reopen",
                "The agency's account gave no indication that the general said the troops would stay.", "troops would stay");
        // the verb that hands the report on says no: "was unable to", "failed to", "refused to", "neither ... nor"
        assertReports(NEGATIVE,
                "Rescue workers were unable to say how many people were trapped.", "people were trapped",
                "The report failed to say how many pilots had resigned.", "pilots had resigned",
                "The consul would neither confirm nor deny that 16 sailors were held.", "nor deny");
        // "couldn't/NOUN confirm/NOUN", "couldn’t": a negated auxiliary the tagger missed, either apostrophe
        for (String apostrophe : List.of("'", "\u2019")) {
            Assertion a = report("The consulate couldn" + apostrophe + "t confirm that the reporter was detained.", "the reporter was detained");
            assertEquals(NEGATIVE, a.factuality());
            assertEquals("The consulate", a.source().text());
        }
        // "refused to confirm that": the confirming, reported beside the refusal, is no less refused
        assertEquals(NEGATIVE, Attributions.byCue("The garrison has so far refused to confirm that the depot was looted.", "confirm").factuality());
        assertReports(new Factuality(Certainty.CERTAIN, Polarity.NEGATIVE, Time.FUTURE),
                "The embassy won't confirm that the diplomat has left.", "the diplomat has left");
        assertReports(Factuality.PLAIN,
                "A police spokesman said that twelve people had been arrested.", "people had been arrested",
                "The minister agreed to say whether the talks would resume.", "talks would resume",
                "The agency's account gave a clear indication that the general said the troops would stay.", "troops would stay",
                "Rescue workers told the agency that 40 people were trapped.", "people were trapped",
                "The garrison could only confirm that the depot was looted.", "the depot was looted");
    }

    @Test
    void denialsAndReportsOfNobodyAreNegative() {
        assertReports(NEGATIVE,
                "The general denied that any soldier had been captured.", "any soldier had been captured",
                "The ministry has repeatedly denied that 300 troops were sent.", "300 troops were sent",
                "Lena Brandt refuted the claim that the factory would close.", "claim that the factory would close",
                "The army rejected reports that 40 civilians had died.", "reports that 40 civilians had died",
                "The ministry dismissed claims that 300 troops were sent.", "claims that 300 troops were sent",
                "No official at the ministry would confirm that the convoy had crossed.", "the convoy had crossed",
                "Nobody in the cabinet has said how many troops were sent.", "troops were sent",
                "The minister said nothing about the 300 troops sent to the border.", "the 300 troops");
        assertReports(new Factuality(Certainty.PROBABLE, Polarity.NEGATIVE, Time.NON_FUTURE),
                "Western diplomats doubt that the figure is accurate.", "the figure is accurate");
        assertReports(Factuality.PLAIN,
                "Western diplomats say that the figure is accurate.", "the figure is accurate",
                "An official at the ministry confirmed that the convoy had crossed.", "the convoy had crossed",
                "Noble Kwame said the convoy had crossed.", "the convoy had crossed",
                "The minister said nothing had changed for the 300 troops.", "the 300 troops",
                "The general confirmed that two soldiers had been captured.", "two soldiers had been captured",
                "The ministry admitted that 300 troops were sent.", "300 troops were sent",
                "The army confirmed reports that 40 civilians had died.", "40 civilians had died");
    }

    @Test
    void reportsTheWriterHedgesAreLessThanCertain() {
        assertReports(new Factuality(Certainty.PROBABLE, Polarity.POSITIVE, Time.NON_FUTURE),
                "Anna Kowal reportedly told aides that she would resign.", "she would resign",
                "The mayor allegedly said the contract was fair.", "the contract was fair",
                "The governor is said to have told donors that the race was lost.", "the race was lost");
        assertReports(new Factuality(Certainty.POSSIBLE, Polarity.POSITIVE, Time.NON_FUTURE),
                "The colonel may have told reporters that the bridge was mined.", "the bridge was mined",
                "The rebels might have claimed that the town had fallen.", "the town had fallen");
        assertReports(new Factuality(Certainty.PROBABLE, Polarity.POSITIVE, Time.NON_FUTURE),
                "According to unconfirmed reports, the convoy reached the port on Sunday.", "the convoy reached the port",
                "The admiral appeared to confirm that two frigates had sunk.", "two frigates had sunk");
        assertReports(new Factuality(Certainty.PROBABLE, Polarity.POSITIVE, Time.FUTURE),
                "The admiral will likely say that two frigates had sunk.", "two frigates had sunk");
        assertReports(Factuality.PLAIN,
                "According to official reports, the convoy reached the port on Sunday.", "the convoy reached the port",
                "Prime Minister Theresa May said that the talks had failed.", "the talks had failed",
                "Anna Kowal told aides that she would resign.", "she would resign",
                "The governor told donors that the race was lost.", "the race was lost");
    }

    @Test
    void futureAndConditionalReportsAreFuture() {
        assertReports(new Factuality(Certainty.CERTAIN, Polarity.POSITIVE, Time.FUTURE),
                "Petra Lund will tell parliament that the tax must rise.", "the tax must rise",
                "The president is to announce that new sanctions will follow.", "new sanctions will follow");
        assertReports(new Factuality(Certainty.PROBABLE, Polarity.POSITIVE, Time.FUTURE),
                "The minister is expected to say that the budget will be cut.", "the budget will be cut");
        assertReports(new Factuality(Certainty.PROBABLE, Polarity.POSITIVE, Time.FUTURE),
                "The envoy is likely to tell the council that aid convoys were blocked.", "aid convoys were blocked",
                "The interior minister plans to tell lawmakers that 80 officers were dismissed.", "80 officers were dismissed");
        // a modal before a bare verb looks ahead, as "if" does
        assertReports(new Factuality(Certainty.POSSIBLE, Polarity.POSITIVE, Time.FUTURE),
                "If the chancellor says the deal is dead, the markets will fall.", "the deal is dead",
                "The opposition may say that it will boycott the vote.", "boycott the vote",
                "The rebels might claim that the town has fallen.", "the town has fallen");
        assertReports(Factuality.PLAIN,
                "Petra Lund told parliament that the tax must rise.", "the tax must rise",
                "The chancellor says the deal is dead.", "the deal is dead");
    }

    @Test
    void aBeliefIsProbable() {
        Factuality probable = new Factuality(Certainty.PROBABLE, Polarity.POSITIVE, Time.NON_FUTURE);
        assertReports(probable,
                "Western diplomats believe that the figure is accurate.", "the figure is accurate",
                "It is believed that 60 trawlers were seized last year.", "60 trawlers were seized",
                "Customs officers suspect that the crates held rifles.", "the crates held rifles",
                "The harbour master thinks the dredging will take a year.", "the dredging will take a year");
        // negative: knowing and stating it is certain
        assertReports(Factuality.PLAIN,
                "Customs officers know that the crates held rifles.", "the crates held rifles",
                "It was reported that 60 trawlers were seized last year.", "60 trawlers were seized");
    }

    @Test
    void aSourceThatOnlyHintsIsLessThanCertain() {
        assertReports(new Factuality(Certainty.PROBABLE, Polarity.POSITIVE, Time.NON_FUTURE),
                "The coroner hinted that the fire had been set deliberately.", "the fire had been set",
                "A harbour official suggested that the tanker had been overloaded.", "the tanker had been overloaded",
                "The central bank signalled that interest rates would rise in March.", "interest rates would rise");
        assertReports(new Factuality(Certainty.POSSIBLE, Polarity.POSITIVE, Time.NON_FUTURE),
                "Local traders speculated that the mine would close.", "the mine would close");
        assertReports(Factuality.PLAIN,
                "The coroner stated that the fire had been set deliberately.", "the fire had been set",
                "A harbour official confirmed that the tanker had been overloaded.", "the tanker had been overloaded",
                "The central bank announced that interest rates would rise in March.", "interest rates would rise");
    }

    @Test
    void peopleDismissedAreNoDenial() {
        // sacked, not a claim denied: no report of nobody, negative
        assertTrue(Attributions.extract("Twelve customs officers were dismissed last week.").isEmpty());
        assertTrue(Attributions.extract("Mr. Varga was dismissed on Tuesday.").isEmpty());
        // negative: claims dismissed are denied
        assertEquals(NEGATIVE, report("The earlier claims were dismissed on Tuesday.", "The earlier claims").factuality());
    }

    @Test
    void noOneAtAnOfficeIsNobody() {
        Assertion a = report("No one at the ministry would confirm that the tanker had sunk.", "the tanker had sunk");
        assertEquals(NEGATIVE, a.factuality());
        assertEquals("No one at the ministry", a.source().text());
        assertReports(Factuality.PLAIN, "Someone at the ministry confirmed that the tanker had sunk.", "the tanker had sunk");
    }

    @Test
    void ruledOutIsADenialAndNotRuledOutLeavesItPossible() {
        Factuality possible = new Factuality(Certainty.POSSIBLE, Polarity.POSITIVE, Time.NON_FUTURE);
        assertReports(possible,
                "The governor did not rule out that the curfew would be extended.", "the curfew would be extended",
                "The central bank declined to rule out that rates would rise again.", "rates would rise");
        assertReports(NEGATIVE,
                "The coach ruled out that the striker would play on Sunday.", "the striker would play",
                // only "rule out" turns over: a negated "say" stays negated
                "The governor did not say that the curfew would be extended.", "the curfew would be extended");
        assertEquals(NEGATIVE, Attributions.byCue("The central bank declined to confirm that rates would rise again.", "confirm").factuality());
    }

    @Test
    void stoppingShortOfSayingIsNotSaying() {
        Assertion a = report("The prosecutor stopped short of saying that the mayor had taken bribes.", "the mayor had taken bribes");
        assertEquals(NEGATIVE, a.factuality());
        assertEquals("The prosecutor", a.source().text());
        assertEquals("saying", a.cue().text());
        // stopping, then saying: a report
        assertReports(Factuality.PLAIN, "The prosecutor stopped the hearing, saying that the mayor had taken bribes.", "the mayor had taken bribes");
    }

    @Test
    void aReportNotMadeYetIsNegative() {
        Assertion a = report("The coast guard has yet to say how many migrants drowned.", "migrants drowned");
        assertEquals(NEGATIVE, a.factuality());
        assertEquals("say", a.cue().text());
        assertEquals("The coast guard", a.source().text());
        assertReports(Factuality.PLAIN, "The coast guard has said that 40 migrants drowned.", "migrants drowned");
    }

    @Test
    void aReportExpectedAsEarlyAsADateTakesThatDate() {
        // published on Thursday 2016-05-12: the coming Friday
        Assertion a = report("The cabinet may announce as early as Friday that fuel prices will rise.", "fuel prices will rise");
        assertEquals(new Factuality(Certainty.POSSIBLE, Polarity.POSITIVE, Time.FUTURE), a.factuality());
        assertEquals("that fuel prices will rise", a.contentText());
        assertEquals("2016-05-13", a.date());
        Assertion month = report("The cabinet could announce as early as June that fuel prices will rise.", "fuel prices will rise");
        assertEquals("2016-06", month.date());
        Assertion past = report("The cabinet announced on Friday that fuel prices will rise.", "fuel prices will rise");
        assertEquals(Factuality.PLAIN, past.factuality());
        assertEquals("2016-05-06", past.date());
    }

    @Test
    void aHedgeInTheContentsMainClauseLowersOnlyTheCertainty() {
        Factuality possible = new Factuality(Certainty.POSSIBLE, Polarity.POSITIVE, Time.NON_FUTURE);
        Factuality probable = new Factuality(Certainty.PROBABLE, Polarity.POSITIVE, Time.NON_FUTURE);
        // the source commits to a possibility; its negation and future are what it says, not how it is reported
        assertReports(possible,
                "The minister said the talks may not resume and that he will never sign.", "talks may not resume",
                "The colonel told reporters that the bridge may have been mined.", "the bridge may have been mined",
                "A shipping analyst said freight rates could double by the summer.", "freight rates could double");
        // a source that cannot rule a thing out holds it possible
        assertReports(possible, "Harbour officials said they could not rule out further closures.", "further closures");
        assertReports(probable,
                "The ferry operator said demand would probably fall next winter.", "demand would probably fall",
                "Two fishermen are thought to have drowned off the cape, according to the harbour master.", "Two fishermen",
                "The smugglers, a gang known as the Night Herons, are said to have used a trawler, the coast guard said.", "used a trawler",
                "A dealer known as the Baker is believed to have fled abroad, police said.", "fled abroad",
                "Grain prices are likely to rise after the drought, traders say.", "Grain prices");
        // negative: an inability, a negation, a conditional clause or a question opening the content, and a
        // modal in a clause after the main one leave the report plain
        assertReports(Factuality.PLAIN,
                "The coach said the striker could not train on Monday.", "the striker could not train",
                "The coach said he could never recall such a wet season.", "he could never recall",
                "The coach said he could neither confirm nor deny the injury.", "he could neither confirm",
                "The mayor said no shelter had been damaged.", "no shelter had been damaged",
                "The engineer said that if the levee breaks, the valley will flood.", "the valley will flood",
                "The ferry operator said demand had fallen because fares might rise.", "demand had fallen",
                "The captain said the crew had been rescued.", "the crew had been rescued",
                "The survey found that most likely buyers preferred diesel vans.", "most likely buyers preferred");
        assertReports(NEGATIVE, "The inspector did not say how the fire could have spread.", "the fire could have spread");
    }

    @Test
    void adjectiveOfMannerHandsTheReportToItsInfinitive() {
        // "was quick to stress": the speaker stressed it, no hedge; "was reluctant to say": held back, negative
        Assertion quick = Attributions.byCue("The senator was quick to stress that the bill had no new taxes.", "stress");
        assertEquals("The senator", quick.source().text());
        assertEquals(Factuality.PLAIN, quick.factuality());
        assertReports(NEGATIVE, "The mayor was reluctant to say how many homes had flooded.", "homes had flooded");
        // negative: the adjective before an infinitive that reports nothing makes no report
        assertTrue(Attributions.extract("The senator was quick to leave the chamber.").isEmpty());
    }

    @Test
    void verifyingThatReportsLikeConfirming() {
        Assertion a = report("Port authorities were unable to verify that the tanker had docked in Gdansk.", "the tanker had docked");
        assertEquals("Port authorities", a.source().text());
        assertEquals(NEGATIVE, a.factuality());
        // negative: verifying a thing, without a clause, reports nothing
        assertTrue(Attributions.extract("Inspectors will verify the cargo manifests on Monday.").isEmpty());
    }
}
