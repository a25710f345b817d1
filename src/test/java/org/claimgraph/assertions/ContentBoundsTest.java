package org.claimgraph.assertions;

import static org.claimgraph.assertions.Attributions.byCue;
import static org.claimgraph.assertions.Attributions.extract;
import static org.claimgraph.assertions.Attributions.hasCue;
import static org.claimgraph.assertions.Attributions.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.claimgraph.doc.Assertion;
import org.junit.jupiter.api.Test;

/** Where a report's content ends: a second predicate or report, an occasion, a relative clause, a colon, a quote. */
class ContentBoundsTest {
    @Test
    void aQuestionWordOpeningTheContentIsPartOfIt() {
        assertEquals("how many people had been arrested", byCue("The spokesman did not say how many people had been arrested.", "say").contentText());
        assertEquals("why he backs the plan", byCue("The mayor explained why he backs the plan.", "explained").contentText());
        // an adverb after the cue is still no part of the content
        assertEquals("that the talks would resume", byCue("The minister said recently that the talks would resume.", "said").contentText());
    }

    @Test
    void aSecondReportOfTheSameSpeakerAfterACoordinatorEndsTheFirst() {
        String told = "The spokesman told reporters that 12 people had been arrested, but did not say how many had been charged.";
        assertEquals("that 12 people had been arrested", byCue(told, "told").contentText());
        assertEquals("that 300 troops had been sent", byCue("The minister said that 300 troops had been sent but would not say where they were.",
                "said").contentText());
        // a second predicate inside the content, of its own subject, stays
        assertEquals("that 300 troops had been sent and would stay until May",
                byCue("The minister said that 300 troops had been sent and would stay until May.", "said").contentText());
    }

    @Test
    void anInfinitiveMayOpenAQuote() {
        Assertion told = byCue("The coach told his players to “stay calm” during the final.", "told");
        assertEquals("his players", told.addressee().text());
        assertTrue(told.contentText().startsWith("to “stay calm"));
        // "to" and a noun after a cue of aims is its verb ("pledging to cut/NOUN"), but not a plural ("to voters")
        assertEquals("to cut fuel taxes", byCue("The governor spoke to farmers on Monday, pledging to cut fuel taxes.", "pledging").contentText());
        assertFalse(hasCue("The governor made pledges to voters in the north.", "made"));
        // "to" before a quoted noun is no infinitive
        assertFalse(hasCue("The coach gave the trophy to “the best team” in the league.", "gave"));
    }

    @Test
    void aSecondReportAfterAndEndsTheFirstClause() {
        String text = "The senator tweeted that the bill was a disaster and urged voters to call their representatives.";
        assertEquals("that the bill was a disaster", byCue(text, "tweeted").contentText());
        assertEquals("voters", byCue(text, "urged").addressee().text());
        String seemed = "The analyst agreed with the critics and seemed to think the plan was weak.";
        assertEquals("The analyst", source(byCue(seemed, "think")));
        // a second clause with its own subject stays in the report
        assertEquals("that the bill was a disaster and voters were angry",
                byCue("The senator said that the bill was a disaster and voters were angry.", "said").contentText());
    }

    @Test
    void wordsSetOffAfterAClosingColon() {
        String text = "The governor added:\n\nIt is typical of her. She knows nothing about the budget.\n\n"
                + "On Monday, the senator made the following comment:\n\n\u201cThe jobs are gone and they are not coming back.\u201d\n\n"
                + "The mayor released the following statement:\n\n\u201cWe offer our condolences to the family.\u201d\n\n"
                + "The candidate has to accomplish the following:\n\nStop lying and show some humility tonight.\n";
        assertEquals("It is typical of her. She knows nothing about the budget.", byCue(text, "added").contentText());
        Assertion made = byCue(text, "made the following comment:");
        assertEquals("the senator", source(made));
        assertEquals("The jobs are gone and they are not coming back.", made.contentText());
        assertEquals("We offer our condolences to the family.", byCue(text, "released the following statement:").contentText());
        // negative: a task announced is no one's words
        assertEquals(3, extract(text).size());
    }

    @Test
    void accordingToClosingTheSentenceRunsToItsEnd() {
        Assertion a = byCue("The plant will close next year, according to people familiar with the plan.", "according to");
        assertEquals("people familiar with the plan", source(a));
        assertEquals("The plant will close next year", a.contentText());
        assertEquals("filings reviewed by the newspaper",
                source(byCue("The company lost money, according to filings reviewed by the newspaper.", "according to")));
        // negative: a comma after the source ends it
        assertEquals("the police", source(byCue("The man was armed, according to the police, who released a video.", "according to")));
    }

    @Test
    void aSecondPredicateOfTheSpeakerEndsTheContent() {
        assertEquals("the plan", byCue("The governor praised the plan and criticized the cost of the new bridge.", "praised").contentText());
        assertEquals("the budget", byCue("The mayor defends the budget but admits the deficit has grown.", "defends").contentText());
        // a verb that goes on the reported clause stays in it
        assertEquals("the consulate had been taken over and looted",
                byCue("The official said the consulate had been taken over and looted.", "said").contentText());
        assertEquals("he would cut taxes and raise spending", byCue("He said he would cut taxes and raise spending.", "said").contentText());
    }

    @Test
    void thePhraseOfAReportsOccasionIsNoPartOfItsObject() {
        assertEquals("the plan", byCue("The senator criticized the plan in a statement on Thursday.", "criticized").contentText());
        assertEquals("her rival as a fraud", byCue("The governor attacked her rival as a fraud during a rally in Ohio.", "attacked").contentText());
        // a clause keeps its phrases, and a kind of text is no occasion
        assertEquals("Clinton will address the comments at an event in Florida",
                byCue("The spokesman said Clinton will address the comments at an event in Florida.", "said").contentText());
        assertEquals("the ban on tweets by officials", byCue("The union criticized the ban on tweets by officials.", "criticized").contentText());
    }

    @Test
    void aReportInARelativeClauseEndsWhereTheClauseCloses() {
        String text = "The party, which has criticised the government, said the real number was higher.";
        assertEquals("the government", byCue(text, "criticised").contentText());
        assertEquals("the real number was higher", byCue(text, "said").contentText());
        assertEquals("that the plan would fail", byCue("The mayor, who argued that the plan would fail, voted against it.", "argued").contentText());
        // a clause inside the content closes first
        assertEquals("that the plan, which he drafted, would fail",
                byCue("The mayor, who argued that the plan, which he drafted, would fail, voted against it.", "argued").contentText());
    }

    @Test
    void aNameTheSpeakerGivesInHisOwnReportIsPartOfIt() {
        String own = "The ministry condemned what it called a “reckless provocation” by its neighbor.";
        assertFalse(hasCue(own, "called"));
        assertTrue(byCue(own, "condemned").contentText().contains("what it called"));
        // a third party's name stays a report of its own
        String other = "The ministry condemned what the prime minister called a “reckless provocation” by its neighbor.";
        assertEquals("the prime minister", source(byCue(other, "called")));
    }

    @Test
    void aReportCoordinatedAfterACommaIsTheWritersOwn() {
        String text = "Democrats want to raise taxes, and Republicans want to cut them.";
        List<Assertion> wants = extract(text);
        assertEquals(2, wants.size(), wants::toString);
        assertEquals("to raise taxes", wants.get(0).contentText());
        assertEquals("Republicans", source(wants.get(1)));
        assertEquals("to cut them", wants.get(1).contentText());
        assertEquals("the talks had failed", byCue("Smith said the talks had failed, but Jones thinks they will resume.", "said").contentText());
        // negative: without the comma and a subject of its own, a thought stays inside what was said
        String inside = "The mayor said the city would grow and that its residents believe in it.";
        assertEquals("the city would grow and that its residents believe in it", byCue(inside, "said").contentText());
        assertFalse(hasCue(inside, "believe"));
    }
}
