package org.claimgraph.assertions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.claimgraph.doc.Document;
import org.claimgraph.doc.Quantity;
import org.claimgraph.doc.Sentence;
import org.claimgraph.doc.Span;
import org.claimgraph.language.LanguageAnalyzer;
import org.junit.jupiter.api.Test;

class DateAndQuantityTest {
    private static final LanguageAnalyzer LANGUAGE = new LanguageAnalyzer();

    private static DateExpressions.Found date(String text, String published) {
        List<DateExpressions.Found> found = DateExpressions.find(text, 0, text.length(), published);
        assertEquals(1, found.size(), "one date expression in: " + text + " " + found);
        assertEquals(found.get(0).span().of(text), text.substring(found.get(0).span().start(), found.get(0).span().end()));
        return found.get(0);
    }

    @Test
    void datesTakeThePrecisionTheTextSupports() {
        assertEquals("2017-11-14", date("he said yesterday", "2017-11-15").iso());
        assertEquals("relative:yesterday", date("he said yesterday", "2017-11-15").how());
        assertEquals("2015-10-16", date("Putin said on Friday", "2015-10-17").iso(), "latest Friday on or before");
        assertEquals("2015-10", date("In October 2015, Putin said", "2016-06-01").iso());
        assertEquals("month-year", date("In October 2015, Putin said", null).how());
        assertEquals("2017-11-07", date("said on November 7", "2017-11-15").iso());
        assertEquals("2016-12-10", date("said on December 10", "2017-03-01").iso(), "not after publication");
        assertEquals("2017-11-14", date("MOSCOW, Nov 14, 2017", null).iso());
        assertEquals("2015", date("in 2015 he said", null).iso());
        assertEquals("2016", date("said last year", "2017-02-02").iso());
        assertEquals("2016-11", date("said in November that", "2017-02-02").iso(), "a month alone, no digit in the text");
        assertNull(date("said on Friday", null).iso(), "no publication date: a weekday resolves to nothing");
        assertTrue(DateExpressions.find("He may go", 0, 9, "2017-01-01").isEmpty(), "the modal is no month");
    }

    @Test
    void weeksAndPeriodsOfThePublicationAndDatesAhead() {
        assertEquals("2016-05", date("said last week", "2016-05-12").iso(), "the month of last week's Thursday");
        assertEquals("2016-04", date("said last week", "2016-05-03").iso(), "last week's Thursday was in April");
        assertEquals("2016-05", date("Earlier this month, he said", "2016-05-12").iso());
        assertEquals("relative:this month", date("Earlier this month, he said", "2016-05-12").how());
        assertEquals("2016", date("said earlier this year", "2016-05-12").iso());
        assertEquals("2015-12", date("In December, the minister said", "2016-05-12").iso(), "capitalized, opening a sentence");
        assertEquals("2016-12", date("In December, the minister will say", "2016-05-12").ahead(), "ahead: the coming December");
        assertEquals("2016-05-10", date("on Tuesday", "2016-05-12").iso());
        assertEquals("2016-05-17", date("on Tuesday", "2016-05-12").ahead());
        assertEquals("2017-04-03", date("on April 3", "2016-05-12").ahead());
        assertEquals("2016-04-03", date("on April 3", "2016-05-12").iso());
        assertTrue(DateExpressions.find("this weekend, weekly", 0, 20, "2016-05-12").isEmpty(), "a weekend is no week");
    }

    /** Each rule skips sentences without its cue words: every form and case a rule matches must still be found. */
    @Test
    void everyFormIsFoundWhateverItsCaseOrAbbreviation() {
        String published = "2016-05-12";
        String[][] cases = {
                {"said on Sept. 3 that", "2015-09-03"}, {"on Sep 30,", "2015-09-30"}, {"Dec. 25", "2015-12-25"},
                {"the 3rd of March, 2016", "2016-03-03"}, {"on 2016/05/03", "2016-05-03"}, {"in October 1999", "1999-10"},
                {"since mid-December", "2015-12"}, {"by late June", "2015-06"}, {"In May", "2016-05"}, {"during 1899", "1899"},
                {"Yesterday", "2016-05-11"}, {"Tonight", "2016-05-12"}, {"late Sunday night", "2016-05-08"},
                {"earlier this month", "2016-05"}, {"EARLIER THIS MONTH", "2016-05"}, {"Later In This Year", "2016"},
                {"LAST YEAR", "2015"}, {"Next Month", "2016-06"}, {"NEXT WEEK", "2016-05"}, {"Earlier last week", "2016-05"}};
        for (String[] c : cases) assertEquals(c[1], date(c[0], published).iso(), c[0]);
    }

    private static List<Quantity> figures(String text) {
        Document doc = new Document("t", text);
        LANGUAGE.process(doc);
        Sentence s = doc.sentences().get(0);
        List<Span> dates = DateExpressions.find(text, 0, text.length(), null).stream().map(DateExpressions.Found::span).toList();
        List<Quantity> out = Quantities.find(text, s.tokens(), 0, s.tokens().size(), dates).stream()
                .map(Quantities.Found::quantity).toList();
        for (Quantity q : out) assertEquals(q.text(), q.span().of(text));
        return out;
    }

    @Test
    void figuresRangesWordsAndScales() {
        Quantity between = figures("He put the number at between 5,000 and 7,000 fighters.").get(0);
        assertEquals(5000.0, between.min());
        assertEquals(7000.0, between.max());
        assertEquals("between", between.approx());
        assertEquals("fighters", between.counted());

        Quantity million = figures("Officials said 1.5 million people fled.").get(0);
        assertEquals(1.5e6, million.value());
        assertEquals("people", million.counted());

        Quantity two = figures("The attack killed two soldiers.").get(0);
        assertEquals(2.0, two.value());
        assertEquals("soldiers", two.counted());

        Quantity scaleOnce = figures("They spent 5 to 7 million dollars.").get(0);
        assertEquals(5e6, scaleOnce.min());
        assertEquals(7e6, scaleOnce.max());

        Quantity atLeast = figures("At least 40 percent of voters agreed.").get(0);
        assertEquals("at least", atLeast.approx());
        assertEquals("percent of voters", atLeast.counted());

        Quantity thousands = figures("Meanwhile thousands of tanker trucks drove across the region.").get(0);
        assertEquals(2000.0, thousands.min());
        assertEquals(9999.0, thousands.max());
        assertEquals("thousands", thousands.approx());
        assertEquals("tanker trucks", thousands.counted());
        Quantity tens = figures("They said tens of thousands of people marched.").get(0);
        assertEquals(20000.0, tens.min());
        assertEquals(99999.0, tens.max());
        assertEquals("people", tens.counted());

        assertTrue(figures("In 2015, on March 3, the council met.").isEmpty(), "years and dates are not figures");
        assertTrue(figures("Three years ago the war began.").isEmpty(), "a time ago is not a figure");
        assertTrue(figures("A cooperation program for 2016-2020 was proposed.").isEmpty(), "a period of years is no range");
    }

    @Test
    void qualifiersBoundTheirFigures() {
        Quantity noMore = figures("The group has no more than 300 members.").get(0);
        assertEquals("no more than", noMore.approx(), "the longest qualifier, not the \"more than\" inside it");
        assertEquals(Quantity.Bound.AT_MOST, noMore.bound());
        assertEquals(Quantity.Bound.AT_LEAST, figures("Officials counted more than 300 members.").get(0).bound());
        assertEquals(Quantity.Bound.APPROXIMATELY, figures("They saw some 300 members.").get(0).bound());
        assertEquals(Quantity.Bound.APPROXIMATELY, figures("Meanwhile thousands of trucks drove past.").get(0).bound());
        assertEquals(Quantity.Bound.EXACTLY, figures("The attack killed 12 soldiers.").get(0).bound());
    }
}
