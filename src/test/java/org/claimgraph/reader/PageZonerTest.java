package org.claimgraph.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.claimgraph.doc.DatedEvidence;
import org.claimgraph.doc.Document;
import org.claimgraph.doc.ZoneKind;
import org.junit.jupiter.api.Test;

/** Page layouts other than the seeds': the rules are news-page patterns, not the demo corpus's. */
class PageZonerTest {
    private static final DocumentReader READER = new DocumentReader();

    private static Document read(String text) throws InputRejected {
        return READER.read("page.txt", text.getBytes(StandardCharsets.UTF_8), false);
    }

    private static final String WIRE_STORY = """
            Council approves bigger bus network after long debate

            By Jane Doe, City Desk
            Published: March 5, 2019
            Updated: March 6, 2019 10:15 am

            WASHINGTON (Reuters) - The city council voted on Tuesday to expand the bus network, the mayor said after a meeting that ran late into the night.

            On March 3, 2019 the transport committee had backed the plan, and a local charity donated 40 bus shelters to the project, officials said.

            Share this:

            Please support our journalism. Become a member today and help keep us independent.

            12 Comments

            Tom Reed says:
            March 5, 2019 at 5:14 pm
            About time the buses got better in this part of town.

            Sue Park says:
            March 6, 2019 at 9:02 am
            Who pays for all of this, I wonder?
            """;

    @Test
    void wireStoryWithWordPressComments() throws InputRejected {
        Document doc = read(WIRE_STORY);
        assertEquals("Council approves bigger bus network after long debate", doc.title());
        assertEquals("Jane Doe", doc.author());
        assertEquals("2019-03-05", doc.published(), "Published beats Updated");
        List<String> found = doc.dateEvidence().stream().map(DatedEvidence::iso).toList();
        assertEquals(List.of("2019-03-05", "2019-03-06"), found, "a date inside a body sentence is no candidate");
        String text = doc.text();
        assertEquals(ZoneKind.DATELINE, doc.zoneAt(text.indexOf("WASHINGTON (Reuters)")));
        assertEquals(ZoneKind.BODY, doc.zoneAt(text.indexOf("The city council voted")));
        assertEquals(ZoneKind.BODY, doc.zoneAt(text.indexOf("a local charity donated")), "news about donations is news");
        assertEquals(ZoneKind.BOILERPLATE, doc.zoneAt(text.indexOf("Share this")));
        assertEquals(ZoneKind.BOILERPLATE, doc.zoneAt(text.indexOf("Please support our journalism")));
        assertEquals(ZoneKind.BOILERPLATE, doc.zoneAt(text.indexOf("12 Comments")));
        assertEquals(2, doc.comments().size());
        assertEquals("Tom Reed", doc.comments().get(0).author());
        assertEquals("2019-03-05T17:14", doc.comments().get(0).date());
        assertEquals("2019-03-06T09:02", doc.comments().get(1).date());
        assertEquals("Who pays for all of this, I wonder?", doc.slice(doc.comments().get(1).span()));
    }

    @Test
    void aLoneSaysLineInTheBodyIsNotAComment() throws InputRejected {
        Document doc = read("""
                Mayor outlines plan for the city centre

                The mayor gave a long speech at the town hall on Monday evening to a packed audience of residents.

                Here is what the mayor says:

                The centre will be closed to cars from next year, and the bus network will be expanded to every district.
                """);
        assertTrue(doc.comments().isEmpty());
        assertEquals(ZoneKind.BODY, doc.zoneAt(doc.text().indexOf("The centre will be closed")));
    }

    @Test
    void textWithoutAnyDateHasNone() throws InputRejected {
        Document doc = read("""
                Mayor outlines plan for the city centre

                The mayor said on Monday, November 7, 2016, that the centre would be closed to cars from next year onwards.
                """);
        assertNull(doc.published());
        assertTrue(doc.dateEvidence().isEmpty());
    }

    @Test
    void aDatelineDatesTheStoryAlsoAfterARegionOrCountry() throws InputRejected {
        Document doc = read("""
                Floods close schools in the north

                PESHAWAR, Pakistan, September 3, 2020 - Floods closed 200 schools, officials said on Thursday.
                """);
        assertEquals("2020-09-03", doc.published());
        assertEquals(ZoneKind.DATELINE, doc.zoneAt(doc.text().indexOf("PESHAWAR")));
        assertEquals("September 3, 2020", doc.slice(doc.dateEvidence().get(0).span()), "the evidence's offsets hold the date");
        // a place and a region with no date give none
        assertNull(read("""
                Floods close schools in the north

                PESHAWAR, Pakistan - Floods closed 200 schools, officials said on Thursday.
                """).published());
    }

    @Test
    void dateForms() {
        assertEquals("2017-11-15", DateParser.whole("2017/11/15 1:04:16").iso());
        assertEquals("01:04", DateParser.whole("2017/11/15 1:04:16").time());
        assertEquals("2016-08-30", DateParser.whole("Tuesday, August 30, 2016").iso());
        assertEquals("2017-11-14", DateParser.whole("Nov 14, 2017").iso());
        assertEquals("2017-02-26", DateParser.whole("26 February 2017").iso());
        assertEquals("2015-09-30T23:45", DateParser.whole("Wednesday, September 30th, 2015 at 11:45 p.m.").withTime());
        assertEquals("2019-03-04", DateParser.find("2019-03-04T22:00:00Z", 0).iso());
        assertEquals("2016-08", DateParser.whole("August 2016").iso());
        assertNull(DateParser.whole("03/04/2017"), "day and month order unknown");
        assertNull(DateParser.whole("February 30, 2017"), "no such day");
        assertNull(DateParser.whole("The vote on Nov 14, 2017 was close"), "a date in a sentence is not a date line");
    }

    /** Was skipped as an internal error (index out of bounds) before. */
    @Test
    void aBylineWithNoNameLeavesTheArticleReadable() throws InputRejected {
        Document doc = read("Council approves bigger bus network\n\nBy: ,\n\n"
                + "The city council voted on Tuesday to expand the bus network, the mayor said after a long meeting.\n");
        assertNull(doc.author());
        assertTrue(doc.zones().stream().anyMatch(z -> z.kind() == ZoneKind.BYLINE));
    }
}
