package org.claimgraph.language;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The names of months and weekdays and their abbreviations, with their numbers, read once from
 * {@code calendar.tsv}: every date finder and name rule asks here, so each form is written once.
 */
public final class CalendarWords {
    static final String RESOURCE = "org/claimgraph/language/calendar.tsv";

    /**
     * A month or weekday: its number (January 1, Monday 1), its full name, its abbreviations longest first;
     * {@code shortInNews}, news style writes it abbreviated before a day ("Jan. 5", but "March 5").
     */
    public record Entry(int number, String name, boolean shortInNews, List<String> abbreviations) {
        /** The full name, then the abbreviations: longest first, so that a regex alternation prefers "Sept" to "Sep". */
        public List<String> forms() {
            List<String> forms = new ArrayList<>(List.of(name));
            forms.addAll(abbreviations);
            return forms;
        }
    }

    private static final List<Entry> MONTHS = load("month");
    private static final List<Entry> WEEKDAYS = load("weekday");
    private static final Map<String, Integer> MONTH_NUMBERS = numbers(MONTHS);
    private static final Map<String, Integer> WEEKDAY_NUMBERS = numbers(WEEKDAYS);
    private static final String NAME_ROW = "name";

    private CalendarWords() {}

    private static List<Entry> load(String kind) {
        List<Entry> entries = new ArrayList<>();
        for (String line : WordLists.lines(RESOURCE)) {
            String[] f = line.split("\t");
            if (f[0].equals(NAME_ROW)) continue;
            if (f.length < 4 || !f[3].equals("short") && !f[3].equals("full")) {
                throw new IllegalStateException(RESOURCE + ": want 'kind<TAB>number<TAB>name<TAB>short|full...': " + line);
            }
            if (!f[0].equals(kind)) continue;
            List<String> abbreviations = new ArrayList<>(List.of(f).subList(4, f.length));
            abbreviations.sort(Comparator.comparingInt(String::length).reversed());
            entries.add(new Entry(Integer.parseInt(f[1]), f[2], f[3].equals("short"), List.copyOf(abbreviations)));
        }
        return List.copyOf(entries);
    }

    private static Map<String, Integer> numbers(List<Entry> entries) {
        Map<String, Integer> numbers = new HashMap<>();
        for (Entry e : entries) for (String form : e.forms()) numbers.put(form.toLowerCase(Locale.ROOT), e.number());
        return Map.copyOf(numbers);
    }

    /** The twelve months, January first. */
    public static List<Entry> months() { return MONTHS; }

    /** The seven weekdays, Monday first. */
    public static List<Entry> weekdays() { return WEEKDAYS; }

    /** The months' full names, January first. */
    public static List<String> monthNames() { return MONTHS.stream().map(Entry::name).toList(); }

    /** The weekdays' full names, Monday first. */
    public static List<String> weekdayNames() { return WEEKDAYS.stream().map(Entry::name).toList(); }

    /** Every form of every month as written: "January", "Jan", "September", "Sept", "Sep"... */
    public static List<String> monthForms() { return forms(MONTHS); }

    /** Every form of every weekday as written: "Monday", "Mon", "Tuesday", "Tues", "Tue"... */
    public static List<String> weekdayForms() { return forms(WEEKDAYS); }

    private static List<String> forms(List<Entry> entries) {
        List<String> forms = new ArrayList<>();
        for (Entry e : entries) forms.addAll(e.forms());
        return List.copyOf(forms);
    }

    /**
     * The forms that name no one written alone: every month's and weekday's full name, and the months'
     * abbreviations with and without a dot ("Nov", "Sept."), but for the bare forms that are also names ("May").
     */
    public static List<String> notNames() {
        List<String> alsoNames = new ArrayList<>();
        for (String line : WordLists.lines(RESOURCE)) {
            String[] f = line.split("\t");
            if (f[0].equals(NAME_ROW)) alsoNames.addAll(List.of(f).subList(1, f.length));
        }
        List<String> forms = new ArrayList<>();
        for (Entry e : MONTHS) {
            forms.add(e.name());
            for (String a : e.abbreviations()) forms.addAll(List.of(a, a + "."));
        }
        forms.addAll(weekdayNames());
        forms.removeAll(alsoNames);
        return List.copyOf(forms);
    }

    /** The number of a month written in any form and case, a dot after it or not ("Sept.", "JUNE"), else 0. */
    public static int month(String word) { return number(MONTH_NUMBERS, word); }

    /** The number of a weekday (Monday 1) written in any form and case, a dot after it or not, else 0. */
    public static int weekday(String word) { return number(WEEKDAY_NUMBERS, word); }

    private static int number(Map<String, Integer> numbers, String word) {
        String bare = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
        return numbers.getOrDefault(bare.toLowerCase(Locale.ROOT), 0);
    }
}
