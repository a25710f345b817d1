package org.claimgraph.assertions;

import static org.claimgraph.assertions.Attributions.EXTRACTOR;
import static org.claimgraph.assertions.Attributions.analyse;
import static org.claimgraph.assertions.Attributions.assertSpansMatchText;
import static org.claimgraph.assertions.Attributions.entity;
import static org.claimgraph.assertions.Attributions.quantity;
import static org.claimgraph.assertions.Attributions.seed;
import static org.claimgraph.assertions.Attributions.seedPath;
import static org.claimgraph.assertions.Attributions.withContent;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

import org.claimgraph.doc.Assertion;
import org.claimgraph.doc.ClaimedRelation;
import org.claimgraph.doc.Document;
import org.claimgraph.doc.Iris;
import org.claimgraph.doc.MentionType;
import org.claimgraph.doc.Quantity;
import org.junit.jupiter.api.Test;

/** The assertion stage on the seed articles: quotes split around their cue, figures and ranges, dates, sources. */
class SeedArticlesTest {

    @Test
    void quoteSplitAroundTheCueIsOneDirectAssertion() throws IOException {
        Document doc = seed("002_cde7af975df0d4d9.txt", null);
        List<Assertion> threat = doc.assertions().stream().filter(a -> a.contentText().contains("direct threat to Russia")).toList();
        assertEquals(1, threat.size());
        Assertion a = threat.get(0);
        assertTrue(a.direct());
        assertEquals("Putin", a.source().text());
        assertEquals("said", a.cue().text());
        assertTrue(a.contentParts().size() >= 2, "the quote goes on after the cue");
        assertTrue(a.contentText().startsWith("All of this is a direct threat to Russia"));
        assertTrue(a.contentText().contains("our military personnel in Syria are first of all defending"));
        assertFalse(a.contentText().contains("Putin said"), "the cue is not content");
        for (Assertion x : doc.assertions()) {
            if (x.contentText().contains("Robert") || x.source() != null && x.source().text().contains("Avatar")) {
                throw new AssertionError("comment author taken for an article source: " + x.contentText());
            }
        }
    }

    @Test
    void figuresWithRangesQualifiersAndWhatTheyCount() throws IOException {
        Document doc = seed("003_4b66b5d74b58ad87.txt", "2015-11-19");
        Assertion oil = doc.assertions().stream()
                .filter(a -> a.contentText().contains("30,000 barrels a day") && a.cue().text().equals("stated")).findFirst().orElseThrow();
        assertTrue(oil.direct());
        Quantity perDay = quantity(oil, "30,000");
        assertEquals(30000.0, perDay.value());
        assertEquals("barrels a day", perDay.counted());
        Quantity range = quantity(oil, "40,000");
        assertEquals(40000.0, range.min());
        assertEquals(50000.0, range.max());
        assertNull(range.value());
        assertEquals("barrels", range.counted());
        Quantity flights = quantity(withContent(doc, "military flights"), "8,000");
        assertEquals(8000.0, flights.value());
        assertEquals("almost", flights.approx());
        assertEquals("military flights", flights.counted());
        for (Assertion a : doc.assertions()) {
            for (Quantity q : a.quantities()) assertFalse(q.text().contains("2199"), "a resolution number is no figure");
        }
        Assertion kommersant = withContent(doc, "All of the threats targeting Russia’s security are taken seriously");
        assertTrue(kommersant.source().text().endsWith("Ilya Rogachev"));
        assertEquals("the Kommersant newspaper", kommersant.addressee().text());
    }

    @Test
    void rangeWrittenWithToAndAddresseeOfTold() throws IOException {
        Document doc = seed("004_2a9415ab8b793e72.txt", "2015-10-16");
        Assertion joined = withContent(doc, "have joined the ranks of Islamic State");
        assertEquals("President Vladimir Putin", joined.source().text());
        Quantity q = quantity(joined, "5,000");
        assertEquals(5000.0, q.min());
        assertEquals(7000.0, q.max());
        assertEquals("people", q.counted());
        Assertion home = withContent(doc, "can’t be allowed to apply later on at home");
        assertTrue(home.direct());
        assertEquals("Putin", home.source().text());
        assertEquals("told", home.cue().text());
        // "summit", which the tagger reads as a verb, and the prefix "ex-" stay inside the addressee
        assertEquals("a Commonwealth of Independent States summit of ex-Soviet republics in Astana", home.addressee().text());
        assertEquals("2015-10-16", home.date(), "on Friday, published on a Friday");
        assertEquals("weekday", home.dateHow());
        Assertion farce = withContent(doc, "totally self-defeating to the point of farce");
        assertTrue(farce.direct());
        assertEquals("Kerry", farce.source().text());
    }

    @Test
    void statementDateFromDayAndMonthAgainstPublication() throws IOException {
        Document doc = seed("000_42dc0d3d1f27f6c4.txt", "2017-11-15");
        Assertion killed = withContent(doc, "members of illegal armed units");
        assertTrue(killed.source().text().endsWith("Valery Gerasimov"));
        assertEquals("2017-11-07", killed.date());
        assertEquals("explicit-no-year", killed.dateHow());
        assertEquals("Russia's Defense Ministry Board", killed.addressee().text());
        Quantity killedCount = quantity(killed, "54,000");
        assertEquals(54000.0, killedCount.value());
        assertEquals("over", killedCount.approx());
        assertEquals(2800.0, quantity(killed, "2,800").value());
        assertEquals("more than", quantity(killed, "2,800").approx());
        assertEquals(1400.0, quantity(killed, "1,400").value());
        assertTrue(doc.mentions().stream().anyMatch(m -> m.type() == MentionType.DATE && m.text().equals("November 7")));
        assertTrue(doc.mentions().stream().anyMatch(m -> m.type() == MentionType.NUMBER && m.text().equals("54,000")));
        // "RFE/RL has released a new survey that shows ...": the survey speaks for whoever released it
        Assertion survey = withContent(doc, "the largest number came from Russia");
        assertEquals("shows", survey.cue().text());
        assertEquals("RFE/RL", survey.source().text());
    }

    @Test
    void sourcesResolveToMentionedActorsAndContentRelatesThem() throws IOException {
                Document doc = analyse(Files.readString(seedPath("001_c24095527269aa37.txt")), "2016-08-30", List.of());
        String gerasimov = "actor/person/valery-gerasimov";
        String us = "actor/location/united-states";
        String is = "actor/organization/islamic-state";
        entity(doc, gerasimov, MentionType.PERSON, "Valery Gerasimov", "Gerasimov");
        entity(doc, us, MentionType.LOCATION, "the United States");
        entity(doc, is, MentionType.ORGANIZATION, "the Islamic State");
        EXTRACTOR.process(doc);
        assertSpansMatchText(doc);

        Assertion aid = withContent(doc, "had provided financial and technical assistance");
        assertEquals(gerasimov, aid.source().entity());
        assertEquals("2015-12-10", aid.date(), "December 10 before an August publication is last year's");
        assertTrue(aid.about().containsAll(List.of(us, is)));
        ClaimedRelation r = aid.relations().get(0);
        assertEquals(us, r.subject().entity());
        assertEquals("provided financial and technical assistance to", r.predicate());
        assertEquals(is, r.object().entity());

        Assertion blamed = doc.assertions().stream().filter(a -> a.cue().text().equals("blamed")).findFirst().orElseThrow();
        assertEquals("He", blamed.source().text());
        assertEquals(gerasimov, blamed.source().entity(), "a pronoun resolves to the person mentioned before");
        Assertion description = withContent(doc, "stepped up their efforts for regime change");
        assertEquals("The Russian chief of General Staff", description.source().text());
        assertEquals(gerasimov, description.source().entity());
        Assertion militants = withContent(doc, "militants of various nationalities");
        Quantity upTo = quantity(militants, "70,000");
        assertEquals("up to", upTo.approx());
        assertEquals(70000.0, upTo.value());
    }

    @Test
    void descriptiveSourcesResolveThroughTheActorStage() throws IOException {
                Document doc = new Document("003", Files.readString(seedPath("003_4b66b5d74b58ad87.txt")));
        org.claimgraph.pipeline.Pipeline.standard().components().forEach(c -> c.process(doc));
        assertSpansMatchText(doc);
        // "..., a department head told Kommersant." names the person only in the next sentence
        Assertion told = doc.assertions().stream().filter(a -> a.source() != null && a.source().text().equals("a department head"))
                .findFirst().orElseThrow();
        String person = told.source().entity();
        assertNotNull(person);
        assertTrue(doc.entities().get(person).type() == MentionType.PERSON);
        Assertion official = doc.assertions().stream().filter(a -> a.source() != null && a.source().text().equals("the official"))
                .findFirst().orElseThrow();
        assertEquals(person, official.source().entity(), "the official goes on speaking");
        // a possessor is not the speaker: "Russia's General Staff said" is not Russia's claim
        Assertion staff = doc.assertions().stream().filter(a -> a.source() != null && a.source().text().endsWith("General Staff"))
                .findFirst().orElseThrow();
        assertNotEquals(Iris.actor(MentionType.LOCATION, "Russia"), staff.source().entity());
    }
}
