package org.claimgraph.assertions;

import static org.claimgraph.assertions.Attributions.EXTRACTOR;
import static org.claimgraph.assertions.Attributions.analyse;
import static org.claimgraph.assertions.Attributions.entity;
import static org.claimgraph.assertions.Attributions.extract;
import static org.claimgraph.assertions.Attributions.quantity;
import static org.claimgraph.assertions.Attributions.withContent;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.claimgraph.doc.Assertion;
import org.claimgraph.doc.Document;
import org.claimgraph.doc.MentionType;
import org.claimgraph.doc.Span;
import org.claimgraph.doc.TextRef;
import org.claimgraph.doc.Zone;
import org.claimgraph.doc.ZoneKind;
import org.junit.jupiter.api.Test;

/** The assertion stage on invented news: quotes, sources, figures, dates, zones and the kinds of report. */
class AssertionExtractorTest {

    @Test
    void relativePronounSourceResolvesToTheActorJustBeforeIt() {
        Document doc = analyse("The tender was won by Arturo Villa, who said the dam would open in May. "
                + "A survey by the water board that shows rising demand was published.\n", null, List.of());
        String villa = "actor/person/arturo-villa";
        entity(doc, villa, MentionType.PERSON, "Arturo Villa");
        EXTRACTOR.process(doc);
        Assertion said = doc.assertions().stream().filter(a -> a.cue().text().equals("said")).findFirst().orElseThrow();
        assertEquals("who", said.source().text());
        assertEquals(villa, said.source().entity());
        doc.assertions().stream().filter(a -> a.cue().text().equals("shows")).findFirst()
                .ifPresent(shows -> assertNull(shows.source().entity(), "no actor ends right before 'that'"));
    }

    @Test
    void nameFoundByTheActorsStageRepairsTheTagger() {
        // the tagger reads "Trump" as a verb and "charges" as a noun; the name the actors stage found says otherwise
        String text = "Trump charges that the council hid the cost of the stadium.\n";
        Document named = analyse(text, null, List.of());
        entity(named, "actor/person/trump", MentionType.PERSON, "Trump");
        EXTRACTOR.process(named);
        Assertion charges = named.assertions().stream().filter(a -> a.cue().text().equals("charges")).findFirst().orElseThrow();
        assertEquals("Trump", charges.source().text());
        assertEquals("that the council hid the cost of the stadium", charges.contentText());
        // without the name, the sentence's first word before a reporting verb in -s is taken for one (TagRepairs)
        assertEquals("Trump", extract(text, null).assertions().get(0).source().text());
    }

    @Test
    void quoteRunningOverParagraphsAndSentences() {
        String text = "The minister spoke at length.\n\n“We will not retreat. The plan stands.\n\n"
                + "“Nobody will change it,” she said. “Not this year.”\n\nMarkets fell.\n";
        Document doc = extract(text, null);
        assertEquals(1, doc.assertions().size());
        Assertion a = doc.assertions().get(0);
        assertTrue(a.direct());
        assertEquals("she", a.source().text());
        assertEquals("We will not retreat. The plan stands. Nobody will change it, Not this year.", a.contentText());
    }

    @Test
    void aQuoteAfterReportedSpeechAndItsSourceContinuesIt() {
        Document doc = extract("The talks may fail next week, the minister said. “We are still far apart on the border.”\n", null);
        assertEquals(1, doc.assertions().size());
        Assertion a = doc.assertions().get(0);
        assertEquals("the minister", a.source().text());
        assertEquals(List.of("The talks may fail next week", "We are still far apart on the border."),
                a.contentParts().stream().map(TextRef::text).toList());
        // the reported speech after its cue: the quote is an assertion of its own
        assertEquals(2, extract("The minister stressed that the talks may fail. “We are still far apart.”\n", null).assertions().size());
    }

    @Test
    void aQuoteAfterAParticipleContinuesTheQuotesOwnReport() {
        Document doc = extract("“We remain open to talks,” he said, referring to the country by its official name. "
                + "“Sadly, the country has chosen a different path.”\n", null);
        Assertion said = doc.assertions().stream().filter(a -> a.cue().text().equals("said")).findFirst().orElseThrow();
        assertEquals(List.of("We remain open to talks,", "Sadly, the country has chosen a different path."),
                said.contentParts().stream().map(TextRef::text).toList());
        // the participle keeps what it refers to, and nothing more
        Assertion referring = doc.assertions().stream().filter(a -> a.cue().text().equals("referring to")).findFirst().orElseThrow();
        assertEquals("the country by its official name", referring.contentText());
    }

    @Test
    void indirectSpeechInvertedSourceAndAccordingTo() {
        String text = "The talks will resume next month, said the foreign minister.\n"
                + "Officials told reporters on Monday that the border would stay closed.\n"
                + "The army lost 300 tanks, according to a senior official.\n";
        Document doc = extract(text, "2016-09-14");
        Assertion inverted = withContent(doc, "The talks will resume next month");
        assertFalse(inverted.direct());
        assertEquals("the foreign minister", inverted.source().text());
        Assertion told = withContent(doc, "the border would stay closed");
        assertEquals("Officials", told.source().text());
        assertEquals("reporters", told.addressee().text());
        assertEquals("2016-09-12", told.date());
        assertEquals("weekday", told.dateHow());
        assertFalse(told.contentText().contains("Monday"));
        Assertion according = withContent(doc, "The army lost 300 tanks");
        assertEquals("according to", according.cue().text());
        assertEquals("a senior official", according.source().text());
        assertEquals("tanks", quantity(according, "300").counted());
        assertEquals("2016-09-14", according.date(), "no date expression: the publication date");
        assertEquals("publication", according.dateHow());
    }

    @Test
    void figuresOfThemAndComparedFiguresCountWhatTheFigureBeforeCounted() {
        Document doc = extract(String.join(" ", "Police said they had arrested 40 protesters, and 12 of them were charged.",
                "The ministry said 450 soldiers had died this year, compared with 300 a year earlier.",
                "The mayor said 30 houses burned three years ago.\n"), "2016-05-12");
        // each figure as "text = value counted (own date)"
        assertEquals(List.of("40 protesters = 40.0 protesters (null)", "12 of them = 12.0 protesters (null)"),
                figures(withContent(doc, "12 of them")));
        assertEquals(List.of("450 soldiers = 450.0 soldiers (null)", "300 = 300.0 soldiers (2015)"),
                figures(withContent(doc, "compared with 300")), "the 300 is of the year before the 2016 statement");
        assertEquals(List.of("30 houses = 30.0 houses (null)"), figures(withContent(doc, "30 houses")), "'three years ago' is a time");
    }

    private static List<String> figures(Assertion a) {
        return a.quantities().stream().map(q -> q.text() + " = " + q.value() + " " + q.counted() + " (" + q.date() + ")").toList();
    }

    @Test
    void statementDatesFromTheSentenceElseThePublication() {
        Document doc = extract(String.join(" ", "MOSCOW, May 12, 2016 - The defence minister said last week that the drills were over.",
                "Earlier this month, the general told reporters that the troops had left.",
                "The ambassador will tell the council on Tuesday that the ceasefire is holding.",
                "The envoy said on Tuesday that the border was calm.", "In December, the minister said that the plan was ready.",
                "The deputy minister said the budget was tight.\n"), "2016-05-12");
        // content -> "date how": last week's Thursday was May 5; a future report takes the coming Tuesday
        Map<String, String> expected = Map.of("the drills were over", "2016-05 relative:last week",
                "the troops had left", "2016-05 relative:this month", "the ceasefire is holding", "2016-05-17 weekday",
                "the border was calm", "2016-05-10 weekday", "the plan was ready", "2015-12 month-no-year",
                "the budget was tight", "2016-05-12 publication");
        expected.forEach((content, date) -> {
            Assertion a = withContent(doc, content);
            assertEquals(date, a.date() + " " + a.dateHow(), content);
        });
        assertNull(withContent(extract("The deputy minister said the budget was tight.\n", null), "the budget was tight").date(),
                "no publication date, no date expression: no statement date");
    }

    @Test
    void commentsAreZonedAndBoilerplateGivesNothing() {
        String article = "The mayor said the bridge would reopen in May.\n";
        String boiler = "Our editors said that you should subscribe today.\n";
        String comment = "Bob wrote that the mayor is wrong about the bridge.\n";
        String text = article + boiler + comment;
        int b = article.length(), c = b + boiler.length();
        Document doc = analyse(text, "2016-04-02", List.of(new Zone(new Span(b, c), ZoneKind.BOILERPLATE),
                new Zone(new Span(c, text.length()), ZoneKind.COMMENT)));
        EXTRACTOR.process(doc);
        assertEquals(2, doc.assertions().size());
        assertEquals(ZoneKind.BODY, doc.assertions().get(0).zone());
        Assertion fromComment = doc.assertions().get(1);
        assertEquals(ZoneKind.COMMENT, fromComment.zone());
        assertEquals("Bob", fromComment.source().text());
    }

    @Test
    void thoughtsNeedAClauseAndHedgesInsideQuotesAreNotAssertions() {
        String text = "Putin now fears a threat he helped create.\n"
                + "“I think we will win,” the senator said.\n";
        Document doc = extract(text, null);
        assertEquals(1, doc.assertions().size());
        assertEquals("the senator", doc.assertions().get(0).source().text());
        assertNotNull(doc.assertions().get(0).cue());
    }

    @Test
    void stancesCharacterizationsDemandsAndAims() {
        String text = "The senator attacked the mayor for his handling of the budget.\n"
                + "The mayor called the senator a \"reckless liar\" on Friday.\n"
                + "The governor called on lawmakers to pass the budget before the deadline.\n"
                + "The union wants to raise wages for nurses.\n"
                + "The mayor condemned the attacks on police officers.\n"
                + "The senator wants a new car.\n";
        Document doc = extract(text, null);
        Assertion attack = withContent(doc, "the mayor for his handling of the budget");
        assertEquals("attacked", attack.cue().text());
        assertEquals("The senator", attack.source().text());
        assertEquals("called", withContent(doc, "a \"reckless liar\"").cue().text());
        Assertion demand = withContent(doc, "lawmakers to pass the budget");
        assertEquals("called on", demand.cue().text());
        assertEquals("The governor", demand.source().text());
        Assertion aim = withContent(doc, "to raise wages for nurses");
        assertEquals("wants", aim.cue().text());
        assertEquals("The union", aim.source().text());
        assertEquals("condemned", withContent(doc, "the attacks on police officers").cue().text());
        assertTrue(doc.assertions().stream().noneMatch(a -> a.contentText().contains("car")), "a wish for a thing is no stated aim");
    }

    @Test
    void aNoteOfThePaperNamesNoSpeaker() {
        Document doc = extract("The council met on Monday.\n\nCorrection: An earlier version of this article gave the wrong date for the vote.\n"
                + "\nBROWN: The vote was held on the wrong date.\n\nThe Latest: Markets fell sharply after the vote in the capital.\n", null);
        assertEquals(List.of("BROWN"), doc.assertions().stream().map(a -> a.source().text()).toList());
    }

    @Test
    void evidenceParentheticalsTranscriptsAndSignedQuotes() {
        String text = "A new poll shows that the governor remains in a tight race.\n"
                + "A study by two economists found 12 cases of fraud among a million ballots.\n"
                + "The bridge, the mayor said, would reopen in May.\n"
                + "\"SMITH: Well, the budget is a disaster for the city.\n"
                + "The company filed a complaint, claiming that the rules were unfair.\n"
                + "\u201dHe never listens. He is a liar.\u201d \u2015 Jane Roe\n";
        Document doc = extract(text, null);
        Assertion study = withContent(doc, "12 cases of fraud");
        assertEquals("A study by two economists", study.source().text());
        Assertion poll = withContent(doc, "the governor remains in a tight race");
        assertEquals("shows", poll.cue().text());
        assertEquals("A new poll", poll.source().text());
        Assertion around = withContent(doc, "would reopen in May");
        assertEquals("the mayor", around.source().text());
        assertEquals(2, around.contentParts().size());
        assertEquals("The bridge", around.contentParts().get(0).text());
        Assertion transcript = withContent(doc, "the budget is a disaster");
        assertEquals("SMITH", transcript.source().text());
        assertEquals("The company", withContent(doc, "the rules were unfair").source().text());
        Assertion signed = withContent(doc, "He never listens");
        assertEquals("Jane Roe", signed.source().text());
        assertTrue(signed.direct());
    }

    @Test
    void aClosingMarkOpeningAParagraphOpensAQuote() {
        // a typing slip: the quote opens with a closing mark, and the reports inside it are the reader's words
        String text = "Readers wrote in after the vote.\n\n"
                + "\u201dThe mayor said the bridge would close. I do not believe him.\u201d \u2015 Jane Roe\n\n"
                + "The council said the bridge \u201dwould stay open\u201d until May.\n";
        Document doc = extract(text, null);
        assertEquals("Jane Roe", withContent(doc, "I do not believe him").source().text());
        assertTrue(doc.assertions().stream().noneMatch(a -> a.source().text().equals("The mayor")), "a report inside the quote");
        // inside a paragraph a closing mark still closes nothing it did not open
        assertEquals("The council", withContent(doc, "until May").source().text());
    }
}
