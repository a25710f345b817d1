package org.claimgraph.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.List;

import org.claimgraph.doc.DatedEvidence;
import org.claimgraph.doc.Document;
import org.claimgraph.doc.ReaderComment;
import org.claimgraph.doc.Zone;
import org.claimgraph.doc.ZoneKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The acceptance criteria on the demo corpus. */
class SeedMetadataTest {
    private static final DocumentReader READER = new DocumentReader();

    static Document seed(String number) throws InputRejected {
        return READER.read(Input.file(Seeds.seed(number)));
    }

    private static String zoneText(Document doc, ZoneKind kind) {
        StringBuilder sb = new StringBuilder();
        for (Zone z : doc.zones()) if (z.kind() == kind) sb.append(doc.slice(z.span())).append('\n');
        return sb.toString();
    }

    @Test
    void seed000PostedOnBeatsTheDateline() throws InputRejected {
        Document doc = seed("000");
        assertEquals("2017-11-15", doc.published());
        assertEquals("Jim Davis", doc.author());
        assertEquals("eng", doc.language());
        assertTrue(doc.title().startsWith("Gerasimov crowing over numbers"), doc.title());
        List<String> evidence = doc.dateEvidence().stream().map(DatedEvidence::iso).toList();
        assertEquals(List.of("2017-11-15", "2017-11-14"), evidence, "both the Posted on line and the dateline are recorded");
        assertTrue(doc.publishedHow().contains("Posted on") && doc.publishedHow().contains("2017-11-14"), doc.publishedHow());
        for (DatedEvidence e : doc.dateEvidence()) assertTrue(DateParser.whole(doc.slice(e.span())) != null, "span is the date as written");
        assertTrue(zoneText(doc, ZoneKind.DATELINE).contains("MOSCOW, Nov 14, 2017 UBO –"));
        assertTrue(zoneText(doc, ZoneKind.BODY).startsWith("The war against ISIS"));
        assertFalse(zoneText(doc, ZoneKind.BODY).contains("MOSCOW, Nov 14"), "the dateline is not body text");
        assertTrue(zoneText(doc, ZoneKind.BOILERPLATE).contains("Graphic courtesy"));
    }

    @Test
    void seed001DateLineAuthorAndFourteenComments() throws InputRejected {
        Document doc = seed("001");
        assertEquals("2016-08-30", doc.published());
        assertEquals("Joanna Paraszczuk", doc.author());
        assertEquals("Russia's Chief Of Staff: U.S. Provided Financial, Technical Aid To IS", doc.title());
        List<String> authors = doc.comments().stream().map(ReaderComment::author).toList();
        List<String> expected = new java.util.ArrayList<>(List.of("june weathers", "MrSatyre", "Antikapitalista", "Jack", "Azim",
                "Antikapitalista", "jojnjo", "Antikapitalista", "jojnjo", "Elliot"));
        expected.addAll(Collections.nCopies(4, "Anonymous"));
        assertEquals(expected, authors);
        assertEquals(14, doc.comments().size());
        assertEquals(14, doc.zones().stream().filter(z -> z.kind() == ZoneKind.COMMENT).count());
        ReaderComment first = doc.comments().get(0);
        assertEquals("2014-12-10T17:14", first.date());
        assertEquals("a really nice story I love unicorns", doc.slice(first.span()));
        assertEquals("2014-12-14T03:23", doc.comments().get(8).date());
        assertEquals(1, doc.comments().get(2).repliesTo(), "after 'In Response' a comment answers the one before");
        assertEquals(-1, doc.comments().get(3).repliesTo());
        for (ReaderComment c : doc.comments()) assertNotNull(c.date());
        String body = zoneText(doc, ZoneKind.BODY);
        assertFalse(body.contains("unicorns"), "comments never feed the body");
        assertFalse(body.contains("About This Blog") || body.contains("Subscribe"), "site furniture is not body");
        assertTrue(zoneText(doc, ZoneKind.BOILERPLATE).contains("About This Blog"));
    }

    @Test
    void seed002AvatarCommentsAndDonationAppeal() throws InputRejected {
        Document doc = seed("002");
        assertEquals(15, doc.comments().size());
        List<String> authors = doc.comments().stream().map(ReaderComment::author).toList();
        assertEquals(List.of("Robert", "Dagwood Bumstead", "Mick Servian", "Dirk Smith", "Dagwood Bumstead", "MichaelA", "Vol Ya",
                "Dagwood Bumstead", "Mick Servian", "veth", "zorbatheturk", "veth", "Vlad Pufagtinenko", "Dagwood Bumstead",
                "Andrew Chmil"), authors);
        assertEquals(1, doc.comments().get(2).repliesTo(), "an indented comment answers the one above it");
        assertEquals(6, doc.comments().get(8).repliesTo());
        assertEquals(-1, doc.comments().get(9).repliesTo());
        String body = zoneText(doc, ZoneKind.BODY);
        assertFalse(body.contains("Dear readers") || body.contains("donation"), "the donation appeal is not body");
        assertTrue(zoneText(doc, ZoneKind.BOILERPLATE).contains("Dear readers! Since you"));
        assertTrue(zoneText(doc, ZoneKind.BOILERPLATE).contains("Tags:"));
        assertTrue(zoneText(doc, ZoneKind.BYLINE).contains("Edited by: A. N."));
        assertTrue(body.contains("“blocking a threat” to Russia itself."), "the body runs to the article's end");
        assertNull(doc.published(), "no date dates this page");
    }

    @ParameterizedTest
    @ValueSource(strings = {"003", "004"})
    void noDateInTheTextNoneInvented(String number) throws InputRejected {
        Document doc = seed(number);
        assertNull(doc.published(), "published " + doc.published() + " by " + doc.publishedHow());
        assertTrue(doc.dateEvidence().isEmpty(), doc.dateEvidence().toString());
    }

    @Test
    void embeddedPostsTaglinesAndReadMoreAreBoilerplate() throws InputRejected {
        Document d3 = seed("003");
        String b3 = zoneText(d3, ZoneKind.BOILERPLATE);
        assertTrue(b3.contains("— RT (@RT_com) November 18, 2015") && b3.contains("pic.twitter.com"), b3);
        assertTrue(b3.contains("READ MORE:"));
        assertFalse(zoneText(d3, ZoneKind.BODY).contains("@RT_com"));
        Document d4 = seed("004");
        assertTrue(zoneText(d4, ZoneKind.BOILERPLATE).contains("Bloomberg Terminal"));
        assertEquals("Bloomberg", d4.publisher());
        assertEquals("Putin Says Thousands From Russia, CIS Joined Islamic State", d4.title());
    }

    @ParameterizedTest
    @ValueSource(strings = {"000", "001", "002", "003", "004"})
    void everySpanIsInsideTheTextAndZonesDoNotOverlap(String number) throws InputRejected {
        Document doc = seed(number);
        String text = doc.text();
        Zone previous = null;
        for (Zone z : doc.zones()) {
            assertTrue(z.span().end() <= text.length() && z.span().length() > 0, z.toString());
            assertFalse(Character.isWhitespace(text.charAt(z.span().start())) || Character.isWhitespace(text.charAt(z.span().end() - 1)),
                    "zones are trimmed: " + z);
            if (previous != null) {
                assertTrue(previous.span().end() <= z.span().start(), previous + " overlaps " + z);
                assertTrue(text.substring(previous.span().end(), z.span().start()).isBlank(), "only whitespace between zones");
            }
            previous = z;
        }
        assertTrue(text.substring(0, doc.zones().get(0).span().start()).isBlank());
        assertTrue(text.substring(previous.span().end()).isBlank(), "every character is in a zone");
        for (ReaderComment c : doc.comments()) {
            assertTrue(c.span().end() <= text.length());
            assertEquals(ZoneKind.COMMENT, doc.zoneAt(c.span().start()), "a comment's text lies in a COMMENT zone");
        }
        for (DatedEvidence e : doc.dateEvidence()) assertTrue(e.span() == null || e.span().end() <= text.length());
    }
}
