package org.claimgraph.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The one list of month and weekday names, their abbreviations and numbers. */
class CalendarWordsTest {

    @Test
    void monthsAndWeekdaysAreNumberedInAnyFormCaseAndWithTheirDot() {
        Map<String, Integer> months = Map.of("September", 9, "Sept.", 9, "sep", 9, "MAY", 5, "Dec.", 12, "Sunday", 0, "Septe", 0);
        months.forEach((word, number) -> assertEquals(number, CalendarWords.month(word), word));
        Map<String, Integer> weekdays = Map.of("Monday", 1, "Tues.", 2, "thu", 4, "Sun", 7, "March", 0);
        weekdays.forEach((word, number) -> assertEquals(number, CalendarWords.weekday(word), word));
    }

    @Test
    void formsComeInOrderNameFirstThenAbbreviationsLongestFirst() {
        assertEquals(List.of("September", "Sept", "Sep"), CalendarWords.months().get(8).forms());
        assertEquals(List.of("Thursday", "Thurs", "Thur", "Thu"), CalendarWords.weekdays().get(3).forms());
        assertEquals(12, CalendarWords.monthNames().size());
        assertEquals("January", CalendarWords.monthNames().get(0));
        assertEquals(List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"), CalendarWords.weekdayNames());
    }

    @Test
    void monthsAndWeekdaysNameNoOneButForTheBareFormsThatAreAlsoNames() {
        List<String> notNames = CalendarWords.notNames();
        for (String form : List.of("January", "Sept.", "Sept", "Nov", "Jan.", "Friday", "June")) assertTrue(notNames.contains(form), form);
        for (String form : List.of("May", "Jan", "Jun", "Sun", "Fri")) assertFalse(notNames.contains(form), form);
    }

    @Test
    void everyFormNamesOneMonthOrWeekdayOnly() {
        Set<String> seen = new HashSet<>();
        for (String form : CalendarWords.monthForms()) assertTrue(seen.add(form.toLowerCase(Locale.ROOT)), form);
        for (String form : CalendarWords.weekdayForms()) assertTrue(seen.add(form.toLowerCase(Locale.ROOT)), form);
        for (int i = 0; i < 12; i++) assertEquals(i + 1, CalendarWords.months().get(i).number());
        for (int i = 0; i < 7; i++) assertEquals(i + 1, CalendarWords.weekdays().get(i).number());
    }
}
