package org.claimgraph.reader;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.claimgraph.language.CalendarWords;

/**
 * Finds calendar dates as news pages write them: "Nov 14, 2017", "Tuesday, August 30, 2016",
 * "14 November 2017", "2017/11/15 1:04:16", "2017-11-15T01:04:16Z", "August 2016". Day-first and
 * month-first all-numeric forms ("03/04/2017") are ambiguous and are not read. Stateless, thread-safe.
 */
final class DateParser {
    /** A date found in a string: ISO with the precision written (YYYY-MM-DD or YYYY-MM), time as HH:mm or null. */
    record Found(String iso, String time, int start, int end) {
        /** ISO date, with "THH:mm" when a time was written: the form reader comments keep. */
        String withTime() { return time == null ? iso : iso + "T" + time; }
    }

    /** Any form of a month, its name before its abbreviations, longest first ("September|Sept|Sep"). */
    private static final String MONTH = "(" + String.join("|", CalendarWords.monthForms()) + ")\\.?";
    private static final String WEEKDAY = "(?:(?:" + String.join("|", CalendarWords.weekdayForms()) + ")\\.?,?\\s+)?";
    private static final String CLOCK = "(\\d{1,2}):(\\d{2})(?::\\d{2}(?:\\.\\d+)?)?(?:\\s*([ap]\\.?m\\.?)(?![a-z]))?";
    private static final String TIME = "(?:(?:,|\\s+at|\\s*-)?\\s+" + CLOCK + ")?";

    private static final Pattern MONTH_FIRST = Pattern.compile(
            "\\b" + WEEKDAY + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b" + TIME, Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY_FIRST = Pattern.compile(
            "\\b" + WEEKDAY + "(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + ",?\\s+(\\d{4})\\b" + TIME, Pattern.CASE_INSENSITIVE);
    private static final Pattern YEAR_FIRST = Pattern.compile(
            "\\b(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})(?!\\d)(?:(?:T|\\s+)" + CLOCK + "(?:Z|[+-]\\d{2}:?\\d{2})?)?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_YEAR = Pattern.compile("\\b" + MONTH + ",?\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);

    /** The longest date as written ("Wednesday, September 30th, 2015 at 11:45 p.m. +03:00") is shorter. */
    private static final int MAX_WHOLE = 64;

    private DateParser() {}

    /** The first date in s at or after from, or null. */
    static Found find(CharSequence s, int from) {
        Found best = null;
        best = earlier(best, monthFirst(s, from));
        best = earlier(best, dayFirst(s, from));
        best = earlier(best, yearFirst(s, from));
        if (best == null) best = monthYear(s, from);
        return best;
    }

    /** The date when s is nothing but a date (give or take punctuation and a time), else null. */
    static Found whole(String s) {
        if (s.length() > MAX_WHOLE) return null;
        Found f = find(s, 0);
        if (f == null) return null;
        return isFiller(s, 0, f.start) && isFiller(s, f.end, s.length()) ? f : null;
    }

    private static boolean isFiller(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) return false;
        }
        return true;
    }

    private static Found earlier(Found a, Found b) {
        if (a == null) return b;
        if (b == null) return a;
        return b.start < a.start ? b : a;
    }

    private static Found monthFirst(CharSequence s, int from) {
        Matcher m = MONTH_FIRST.matcher(s);
        while (m.find(from)) {
            Found f = build(m, year(m.group(3)), CalendarWords.month(m.group(1)), Integer.parseInt(m.group(2)), 4);
            if (f != null) return f;
            from = m.start() + 1;
        }
        return null;
    }

    private static Found dayFirst(CharSequence s, int from) {
        Matcher m = DAY_FIRST.matcher(s);
        while (m.find(from)) {
            Found f = build(m, year(m.group(3)), CalendarWords.month(m.group(2)), Integer.parseInt(m.group(1)), 4);
            if (f != null) return f;
            from = m.start() + 1;
        }
        return null;
    }

    private static Found yearFirst(CharSequence s, int from) {
        Matcher m = YEAR_FIRST.matcher(s);
        while (m.find(from)) {
            Found f = build(m, year(m.group(1)), Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)), 5);
            if (f != null) return f;
            from = m.start() + 1;
        }
        return null;
    }

    private static Found monthYear(CharSequence s, int from) {
        Matcher m = MONTH_YEAR.matcher(s);
        while (m.find(from)) {
            int year = year(m.group(2));
            if (year > 0) return new Found(String.format(Locale.ROOT, "%04d-%02d", year, CalendarWords.month(m.group(1))), null, m.start(), m.end());
            from = m.start() + 1;
        }
        return null;
    }

    private static int year(String digits) {
        int y = Integer.parseInt(digits);
        return y >= 1800 && y <= 2199 ? y : -1;
    }

    private static Found build(Matcher m, int year, int month, int day, int timeGroup) {
        if (year < 0) return null;
        LocalDate date;
        try {
            date = LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
        String time = null;
        int end = m.end();
        if (m.group(timeGroup) != null) {
            int hour = Integer.parseInt(m.group(timeGroup));
            int minute = Integer.parseInt(m.group(timeGroup + 1));
            String ampm = m.group(timeGroup + 2);
            if (ampm != null) {
                boolean pm = Character.toLowerCase(ampm.charAt(0)) == 'p';
                if (hour == 12) hour = pm ? 12 : 0;
                else if (pm) hour += 12;
            }
            if (hour < 24 && minute < 60) time = String.format(Locale.ROOT, "%02d:%02d", hour, minute);
            else end = m.start(timeGroup);
        }
        return new Found(date.toString(), time, m.start(), end);
    }
}
