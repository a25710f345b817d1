package org.claimgraph.assertions;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.claimgraph.doc.Span;
import org.claimgraph.language.CalendarWords;
import org.claimgraph.language.FunctionWords;

/**
 * Date expressions in English news text ("on November 7", "Nov. 14, 2017", "in October 2015",
 * "yesterday", "on Friday", "last year", "last week", "earlier this month") resolved against the publication date to ISO with the
 * precision the text supports. An expression the publication date cannot complete (a weekday with no
 * publication date) is still found, with a null date.
 */
final class DateExpressions {

    /**
     * A date expression: where it is, its ISO date (null when unresolvable) and how it was resolved;
     * {@code ahead}, the date it means when it looks forward ("will speak on Tuesday": the coming Tuesday).
     */
    record Found(Span span, String iso, String how, String ahead) {
        Found(Span span, String iso, String how) {
            this(span, iso, how, iso);
        }
    }

    private static final String MONTH = monthPattern();
    private static final String WEEKDAY = "(" + String.join("|", CalendarWords.weekdayNames()) + ")";
    private static final String YEAR = "((?:1[89]|20)\\d\\d)";
    /** "morning|afternoon|...": no part is the start of another, so their order does not matter; sorted to be fixed. */
    private static final String PARTS_OF_DAY = String.join("|", new TreeSet<>(FunctionWords.get("parts-of-day")));

    private enum Kind { NUMERIC, MONTH_DAY, DAY_MONTH, MONTH_YEAR, MONTH, YEAR, RELATIVE_DAY, WEEKDAY, RELATIVE_PERIOD, WEEK, CURRENT_PERIOD }

    /**
     * Words of which every match of a rule contains one: a sentence with none of them skips the rule, as
     * a regex search of every sentence was most of this class's cost (6% of extraction's CPU on real
     * news). With {@code ignoreCase}, the words are sought in the lower-cased sentence.
     */
    private enum Cue {
        DIGIT(false, "0", "1", "2", "3", "4", "5", "6", "7", "8", "9"),
        /** what a year of YEAR (1800-2099) begins with */
        CENTURY(false, "18", "19", "20"),
        /** what every form of MONTH begins with ("Sept." too): the first three letters of its name */
        MONTH_NAME(false, CalendarWords.monthNames().stream().map(n -> n.substring(0, 3)).toArray(String[]::new)),
        /** what every name of WEEKDAY ends with */
        WEEKDAY_NAME(false, "day"),
        DAY_WORD(true, "yesterday", "today", "tonight"),
        PERIOD_WORD(true, "year", "month"),
        WEEK_WORD(true, "week");

        private final boolean ignoreCase;
        private final List<String> words;

        Cue(boolean ignoreCase, String... words) {
            this.ignoreCase = ignoreCase;
            this.words = List.of(words);
        }

        boolean in(String text, String lower) {
            String where = ignoreCase ? lower : text;
            for (String w : words) if (where.contains(w)) return true;
            return false;
        }
    }

    /** {@code needs}: cues a match contains every one of. */
    private record Rule(Kind kind, Pattern pattern, Set<Cue> needs) {
        Rule(Kind kind, String regex, int flags, Cue... needs) {
            this(kind, Pattern.compile(regex, flags), EnumSet.copyOf(List.of(needs)));
        }

        Rule(Kind kind, String regex, Cue... needs) {
            this(kind, regex, 0, needs);
        }
    }

    /** Tried in order; a later match overlapping an earlier one is dropped, so longer forms come first. */
    private static final List<Rule> RULES = List.of(
            new Rule(Kind.NUMERIC, "\\b" + YEAR + "[-/](\\d{1,2})[-/](\\d{1,2})\\b", Cue.CENTURY),
            new Rule(Kind.MONTH_DAY, "\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+" + YEAR + "\\b)?", Cue.MONTH_NAME, Cue.DIGIT),
            new Rule(Kind.DAY_MONTH, "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + "(?:,?\\s+" + YEAR + "\\b)?", Cue.MONTH_NAME, Cue.DIGIT),
            new Rule(Kind.MONTH_YEAR, "\\b" + MONTH + ",?\\s+(?:of\\s+)?" + YEAR + "\\b", Cue.MONTH_NAME, Cue.CENTURY),
            new Rule(Kind.MONTH, "\\b(?:[Ii]n|[Ss]ince|[Uu]ntil|[Bb]y|[Dd]uring|as (?:early|late|soon) as)\\s+(?:early\\s+|late\\s+|mid-)?" + MONTH + "(?![\\w.])", Cue.MONTH_NAME),
            new Rule(Kind.YEAR, "\\b(?:[Ii]n|[Ss]ince|[Uu]ntil|[Bb]y|[Dd]uring)\\s+(?:early\\s+|late\\s+|mid-)?" + YEAR + "\\b(?![-,.]?\\d)", Cue.CENTURY),
            new Rule(Kind.RELATIVE_DAY, "\\b(yesterday|today|tonight|Yesterday|Today|Tonight)\\b", Cue.DAY_WORD),
            // "Friday afternoon": the part of the day belongs to the date
            new Rule(Kind.WEEKDAY, "\\b(?:(?:last|this|on|late|early)\\s+)?" + WEEKDAY
                    + "(?:\\s+(?:" + PARTS_OF_DAY + "))?\\b", Cue.WEEKDAY_NAME),
            new Rule(Kind.CURRENT_PERIOD, "\\b(?:earlier|later)\\s+(?:in\\s+)?this\\s+(year|month)\\b", Pattern.CASE_INSENSITIVE, Cue.PERIOD_WORD),
            new Rule(Kind.RELATIVE_PERIOD, "\\b(last|this|next)\\s+(year|month)\\b", Pattern.CASE_INSENSITIVE, Cue.PERIOD_WORD),
            new Rule(Kind.WEEK, "\\b(?:(?:earlier|later)\\s+)?(last|this|next)\\s+week\\b", Pattern.CASE_INSENSITIVE, Cue.WEEK_WORD));

    private DateExpressions() {}

    /**
     * A month's full name, else its abbreviation with its dot, else without: in that order, as the rules
     * that end after the month ("5 Sept") would otherwise stop at a shorter form ("5 Sep").
     */
    private static String monthPattern() {
        List<String> names = new ArrayList<>();
        List<String> abbreviations = new ArrayList<>();
        for (CalendarWords.Entry m : CalendarWords.months()) {
            names.add(m.name());
            abbreviations.addAll(m.abbreviations());
        }
        List<String> dotted = abbreviations.stream().map(a -> a + "\\.").toList();
        return "(" + String.join("|", names) + "|" + String.join("|", dotted) + "|" + String.join("|", abbreviations) + ")";
    }

    /** The date expressions in text[from, to), resolved against {@code published} (ISO or null). */
    static List<Found> find(String text, int from, int to, String published) {
        String s = text.substring(from, to);
        String lower = s.toLowerCase(Locale.ROOT);
        Set<Cue> present = EnumSet.noneOf(Cue.class);
        for (Cue c : Cue.values()) if (c.in(s, lower)) present.add(c);
        List<Found> out = new ArrayList<>();
        for (Rule rule : RULES) {
            if (!present.containsAll(rule.needs)) continue;
            Matcher m = rule.pattern.matcher(s);
            while (m.find()) {
                Span span = new Span(from + m.start(), from + m.end());
                if (out.stream().anyMatch(f -> f.span.overlaps(span))) continue;
                Found f = resolve(rule.kind, m, span, published);
                if (f != null) out.add(f);
            }
        }
        out.sort((a, b) -> a.span.compareTo(b.span));
        return out;
    }

    /** The publication date as given (ISO, or null), its day when it has one, its year when it has one. */
    private record Published(String iso, LocalDate day, Integer year) {
        static Published of(String iso) {
            return new Published(iso, DateExpressions.day(iso), iso != null && iso.length() >= 4 ? Integer.valueOf(iso.substring(0, 4)) : null);
        }

        /** Its month as ISO (yyyy-MM), or null. */
        String month() { return iso == null || iso.length() < 7 ? null : iso.substring(0, 7); }
    }

    private static Found resolve(Kind kind, Matcher m, Span span, String published) {
        Published pub = Published.of(published);
        return switch (kind) {
            case NUMERIC -> explicit(span, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            case MONTH_DAY -> monthDay(m.group(1), m.group(2), m.group(3), span, pub);
            case DAY_MONTH -> monthDay(m.group(2), m.group(1), m.group(3), span, pub);
            case MONTH_YEAR -> new Found(span, YearMonth.of(Integer.parseInt(m.group(2)), CalendarWords.month(m.group(1))).toString(), "month-year");
            case MONTH -> month(CalendarWords.month(m.group(1)), span, pub);
            case YEAR -> new Found(span, m.group(1), "year");
            case RELATIVE_DAY -> relativeDay(m.group(1).toLowerCase(Locale.ROOT), span, pub);
            case WEEKDAY -> weekday(DayOfWeek.of(CalendarWords.weekday(m.group(1))), span, pub);
            case RELATIVE_PERIOD -> relativePeriod(m.group(1).toLowerCase(Locale.ROOT), m.group(2).toLowerCase(Locale.ROOT), span, pub);
            case WEEK -> week(m.group(1).toLowerCase(Locale.ROOT), span, pub);
            case CURRENT_PERIOD -> currentPeriod(m.group(1).toLowerCase(Locale.ROOT), span, pub);
        };
    }

    private static Found explicit(Span span, int year, int month, int day) {
        LocalDate d = date(year, month, day);
        return d == null ? null : new Found(span, d.toString(), "explicit");
    }

    /** A day of a month, with its year or in the year before or after the publication, whichever is nearer. */
    private static Found monthDay(String monthName, String dayNumber, String year, Span span, Published pub) {
        int month = CalendarWords.month(monthName);
        int day = Integer.parseInt(dayNumber);
        if (day < 1 || day > 31) return null;
        if (year != null) return explicit(span, Integer.parseInt(year), month, day);
        if (pub.year() == null) return new Found(span, null, "explicit-no-year");
        LocalDate d = date(pub.year(), month, day);
        if (d == null) return null;
        LocalDate ahead = pub.day() != null && d.isBefore(pub.day()) ? date(pub.year() + 1, month, day) : d;
        if (pub.day() != null && d.isAfter(pub.day())) d = date(pub.year() - 1, month, day);
        return d == null || ahead == null ? null : new Found(span, d.toString(), "explicit-no-year", ahead.toString());
    }

    private static Found month(int month, Span span, Published pub) {
        if (pub.year() == null) return new Found(span, null, "month-no-year");
        int pubMonth = pub.iso().length() >= 7 ? Integer.parseInt(pub.iso().substring(5, 7)) : month;
        int year = month > pubMonth ? pub.year() - 1 : pub.year();
        int ahead = month < pubMonth ? pub.year() + 1 : pub.year();
        return new Found(span, YearMonth.of(year, month).toString(), "month-no-year", YearMonth.of(ahead, month).toString());
    }

    private static Found relativeDay(String word, Span span, Published pub) {
        String how = "relative:" + word;
        if (pub.day() == null) return new Found(span, null, how);
        return new Found(span, (word.equals("yesterday") ? pub.day().minusDays(1) : pub.day()).toString(), how);
    }

    private static Found weekday(DayOfWeek dow, Span span, Published pub) {
        if (pub.day() == null) return new Found(span, null, "weekday");
        int back = (pub.day().getDayOfWeek().getValue() - dow.getValue() + 7) % 7;
        int forward = (dow.getValue() - pub.day().getDayOfWeek().getValue() + 7) % 7;
        return new Found(span, pub.day().minusDays(back).toString(), "weekday", pub.day().plusDays(forward).toString());
    }

    private static Found relativePeriod(String which, String unit, Span span, Published pub) {
        String how = "relative:" + which + " " + unit;
        int shift = shift(which);
        if (unit.equals("year")) return new Found(span, pub.year() == null ? null : String.valueOf(pub.year() + shift), how);
        return new Found(span, pub.month() == null ? null : YearMonth.parse(pub.month()).plusMonths(shift).toString(), how);
    }

    /** A week has no ISO form of its own here: the month its Thursday falls in (ISO 8601's rule for a week's year). */
    private static Found week(String which, Span span, Published pub) {
        String how = "relative:" + which + " week";
        if (pub.day() == null) return new Found(span, null, how);
        LocalDate thursday = pub.day().with(DayOfWeek.THURSDAY).plusWeeks(shift(which));
        return new Found(span, YearMonth.from(thursday).toString(), how);
    }

    private static Found currentPeriod(String unit, Span span, Published pub) {
        String how = "relative:this " + unit;
        if (unit.equals("year")) return new Found(span, pub.year() == null ? null : String.valueOf(pub.year()), how);
        return new Found(span, pub.month(), how);
    }

    private static int shift(String which) {
        return which.equals("last") ? -1 : which.equals("next") ? 1 : 0;
    }

    private static LocalDate date(int y, int m, int d) {
        try {
            return LocalDate.of(y, m, d);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    private static LocalDate day(String iso) {
        if (iso == null || iso.length() != 10) return null;
        try {
            return LocalDate.parse(iso);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
