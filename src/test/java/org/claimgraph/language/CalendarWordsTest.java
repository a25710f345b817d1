package org.claimgraph.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The one list of month and weekday names, their abbreviations and numbers. */
class CalendarWordsTest {

    @Test
    void aMonthIsNumberedInAnyFormCaseAndWithItsDot() {
        assertEquals(9, CalendarWords.month("September"));
        assertEquals(9, CalendarWords.month("Sept."));
        assertEquals(9, CalendarWords.month("sep"));
        assertEquals(5, CalendarWords.month("MAY"));
        assertEquals(12, CalendarWords.month("Dec."));
        assertEquals(0, CalendarWords.month("Sunday"));
        assertEquals(0, CalendarWords.month("Septe"));
    }

    @Test
    void aWeekdayIsNumberedFromMonday() {
        assertEquals(1, CalendarWords.weekday("Monday"));
        assertEquals(2, CalendarWords.weekday("Tues."));
        assertEquals(4, CalendarWords.weekday("thu"));
        assertEquals(7, CalendarWords.weekday("Sun"));
        assertEquals(0, CalendarWords.weekday("March"));
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
    void everyFormNamesOneMonthOrWeekdayOnly() {
        Set<String> seen = new HashSet<>();
        for (String form : CalendarWords.monthForms()) assertTrue(seen.add(form.toLowerCase(Locale.ROOT)), form);
        for (String form : CalendarWords.weekdayForms()) assertTrue(seen.add(form.toLowerCase(Locale.ROOT)), form);
        for (int i = 0; i < 12; i++) assertEquals(i + 1, CalendarWords.months().get(i).number());
        for (int i = 0; i < 7; i++) assertEquals(i + 1, CalendarWords.weekdays().get(i).number());
    }
}
