package org.claimgraph.assertions;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.claimgraph.doc.Quantity;
import org.claimgraph.doc.Quantity.Bound;
import org.claimgraph.doc.Span;
import org.claimgraph.doc.Token;
import org.claimgraph.language.FunctionWords;

/**
 * Figures in a sentence: a value or a range ("5,000 to 7,000", "40,000-50,000", "between 5,000 and
 * 7,000"), the qualifier written before it ("over", "up to", "some"...), and the noun phrase it counts
 * ("members of illegal armed units", "barrels a day"). Years, dates and identifiers ("Resolution 2199")
 * are not figures.
 */
final class Quantities {

    /**
     * A figure found: the quantity and the span of the number words alone (for the NUMBER mention).
     * {@code refersBack}: it counts what an earlier figure counted ("12 of them", "compared with 300");
     * {@code yearsBack}: it is of that many years before the statement ("300 a year earlier"), else 0.
     */
    record Found(Quantity quantity, Span number, boolean refersBack, int yearsBack) {
        Found(Quantity quantity, Span number) {
            this(quantity, number, false, 0);
        }
    }

    /** "of them", "of those": the figure counts part of what an earlier one counted. */
    private static final Set<String> BACK_REFERENCES = Set.of("them", "those", "these", "whom", "which");
    /** Words before a figure compared with another: "compared with 300", "up from 250". */
    private static final List<String> COMPARISONS = List.of("compared with", "compared to", "up from", "down from",
            "as against", "versus", "vs.");

    private static final Pattern NUMBER = Pattern.compile("\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?");
    private static final Pattern DASHED = Pattern.compile("[-–](" + NUMBER.pattern() + ")");
    private static final Pattern RANGE = Pattern.compile("(" + NUMBER.pattern() + ")[-–](" + NUMBER.pattern() + ")");
    /** Numbers spelled as one word, below a hundred; compounds join two with a hyphen ("thirty-seven"). */
    private static final Map<String, Integer> CARDINALS = NumberWords.whole("cardinal");
    private static final Map<String, Integer> WORDS = NumberWords.whole("cardinal", "count");
    private static final Map<String, Double> SCALES = NumberWords.get("scale");
    /**
     * "thousands of ...": a figure known by its unit only, read as two to nine of that unit
     * ("thousands" 2,000 to 9,999; "tens of thousands" 20,000 to 99,999).
     */
    private static final Map<String, Double> VAGUE_UNITS = NumberWords.get("vague-unit");
    private static final Set<String> PER = FunctionWords.union("indefinite-articles", "rate-preposition",
            "distributive-each", "distributive-every");
    private static final Set<String> TIME_UNITS = FunctionWords.get("time-units");
    private static final Set<String> AGO = Set.of("ago", "earlier", "later", "before");
    private static final Map<String, String> CURRENCIES = Map.of("$", "dollars", "€", "euros", "£", "pounds", "¥", "yen");

    private Quantities() {}

    /** Whether a lower-case word spells a number below a hundred: "seven", "thirty-seven". */
    static boolean spelledCardinal(String lower) {
        boolean any = false;
        for (String part : lower.split("-")) {
            if (part.isEmpty()) continue;
            if (!CARDINALS.containsKey(part)) return false;
            any = true;
        }
        return any;
    }

    /** The figures among tokens[from, to) of a sentence, skipping any number inside {@code dates}. */
    static List<Found> find(String text, List<Token> tokens, int from, int to, List<Span> dates) {
        List<Found> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            int next = figureAt(text, tokens, i, to, dates, out);
            i = next > i ? next : i + 1;
        }
        return out;
    }

    /**
     * The number of a figure that starts at a token, read up to {@code end}: its value or range, and the words of a
     * vague one ("hundreds of"). With {@code none}, no figure starts there, and reading goes on at {@code end}.
     */
    private record Reading(boolean none, Double value, Double min, Double max, String approx, int end, boolean vague) {
        static Reading skip(int end) { return new Reading(true, null, null, null, null, end, false); }

        static Reading value(double value, int end) { return new Reading(false, value, null, null, null, end, false); }

        static Reading range(double min, double max, int end) { return new Reading(false, null, min, max, null, end, false); }
    }

    /** Reads a figure starting at token i; returns the index after it, or i when there is none. */
    private static int figureAt(String text, List<Token> tokens, int i, int to, List<Span> dates, List<Found> out) {
        if (inDate(tokens.get(i).span(), dates)) return i;
        Reading r = vague(text, tokens, i, to);
        if (r == null) r = numeric(tokens, i, to, dates);
        return r.none() ? r.end() : counted(text, tokens, i, to, r, out);
    }

    /** "hundreds of", "tens of thousands of": a range of the unit's 2 to 10 times; null when the word is no such unit. */
    private static Reading vague(String text, List<Token> tokens, int i, int to) {
        String lower = tokens.get(i).text().toLowerCase(Locale.ROOT);
        Double unit = VAGUE_UNITS.get(lower);
        int vagueEnd = i + 1;
        if ((lower.equals("tens") || lower.equals("hundreds")) && i + 2 < to && tokens.get(i + 1).text().equals("of")
                && VAGUE_UNITS.containsKey(tokens.get(i + 2).text().toLowerCase(Locale.ROOT))) {
            unit = (lower.equals("tens") ? 10 : 100) * VAGUE_UNITS.get(tokens.get(i + 2).text().toLowerCase(Locale.ROOT));
            vagueEnd = i + 3;
        }
        if (unit == null) return null;
        if (vagueEnd >= to || !tokens.get(vagueEnd).text().equals("of")) return Reading.skip(i);
        String words = text.substring(tokens.get(i).span().start(), tokens.get(vagueEnd - 1).span().end()).toLowerCase(Locale.ROOT);
        return new Reading(false, null, 2 * unit, 10 * unit - 1, words, vagueEnd, true);
    }

    /** A number, a range in one token ("5-7") or over several ("5 to 7 million"); years and identifiers are none. */
    private static Reading numeric(List<Token> tokens, int i, int to, List<Span> dates) {
        Matcher range = RANGE.matcher(tokens.get(i).text());
        if (range.matches()) {
            double scale = scaleAt(tokens, i + 1, to);
            double min = parse(range.group(1)) * scale, max = parse(range.group(2)) * scale;
            int end = afterScale(tokens, i + 1, to);
            return scale == 1 && isYear(min) && isYear(max) ? Reading.skip(end) : Reading.range(min, max, end); // "2016-2020" is a period
        }
        double[] first = new double[2];
        int end = number(tokens, i, to, first);
        if (end == i) return Reading.skip(i);
        if (isYearOrIdentifier(tokens, i, end)) return Reading.skip(end);
        double[] second = new double[2];
        int afterSecond = secondOfRange(tokens, i, end, to, dates, second);
        if (afterSecond == end) return Reading.value(first[0] * first[1], end);
        // "5 to 7 million": a scale written once applies to both ends
        double min = first[0] * (first[1] == 1 ? second[1] : first[1]), max = second[0] * second[1];
        if (isYear(min) && isYear(max) && first[1] == 1 && second[1] == 1) return Reading.skip(afterSecond); // "2016 to 2020"
        return Reading.range(min, max, afterSecond);
    }

    /** What the figure read at token i counts, and the figure with it in {@code out}; returns the index after both. */
    private static int counted(String text, List<Token> tokens, int i, int to, Reading r, List<Found> out) {
        Token t = tokens.get(i);
        int end = r.end();
        boolean vague = r.vague();
        String approx = r.approx();
        int start = Qualifiers.start(tokens, i);
        if (start < i) approx = text.substring(tokens.get(start).span().start(), tokens.get(i - 1).span().end()).toLowerCase(Locale.ROOT);
        Span number = new Span(tokens.get(i).span().start(), tokens.get(end - 1).span().end());
        int countedStart = end;
        String currency = i > 0 ? CURRENCIES.get(tokens.get(i - 1).text()) : null;
        if (currency != null && start == i) start = i - 1;
        if (countedStart < to && tokens.get(countedStart).text().equals("%")) {
            countedStart++;
            currency = "percent";
            if (countedStart + 1 < to && tokens.get(countedStart).text().equals("of")) countedStart++;
        }
        if (vague) countedStart = end + 1;
        int countedEnd = countedPhrase(tokens, countedStart, to);
        boolean compared = compared(tokens, start) || compared(tokens, i);
        int yearsBack = 0;
        // "three years ago" is a time; "compared with 300 a year earlier" a figure of that time
        if (countedEnd > countedStart && countedEnd < to && TIME_UNITS.contains(tokens.get(countedEnd - 1).lemma())
                && AGO.contains(tokens.get(countedEnd).text().toLowerCase(Locale.ROOT))) {
            if (!compared || countedEnd - countedStart != 2 || !tokens.get(countedEnd - 1).lemma().equals("year")) return countedEnd + 1;
            yearsBack = 1;
            countedEnd = countedStart;
        }
        // "12 of them": what an earlier figure counted
        boolean back = countedEnd == countedStart && currency == null && !vague && countedStart + 1 < to
                && tokens.get(countedStart).text().equalsIgnoreCase("of")
                && BACK_REFERENCES.contains(tokens.get(countedStart + 1).text().toLowerCase(Locale.ROOT));
        // a number word counting nothing ("one said") is no figure
        if (countedEnd == countedStart && !back && !compared && currency == null && !vague && !Character.isDigit(t.text().charAt(0))
                && !RANGE.matcher(t.text()).matches()) return end;
        String counted = countedEnd > countedStart
                ? text.substring(tokens.get(countedStart).span().start(), tokens.get(countedEnd - 1).span().end()) : null;
        if (currency != null) counted = counted == null ? currency : currency + " " + counted;
        int last = Math.max(back ? countedStart + 2 : countedEnd, vague ? end : countedStart) - 1;
        Span span = new Span(tokens.get(start).span().start(), tokens.get(Math.max(last, end - 1)).span().end());
        Bound bound = vague ? Bound.APPROXIMATELY : Qualifiers.bound(approx);
        out.add(new Found(new Quantity(span, span.of(text), r.value(), r.min(), r.max(), approx, bound, counted), number,
                back || compared && counted == null, yearsBack));
        return Math.max(yearsBack > 0 ? countedStart + 3 : countedEnd, end);
    }

    /**
     * The upper end of a range whose lower end is the number at token i, ending before token end
     * ("to 7,000", "- 7,000", "and 7,000" after "between", or "-50,000" as the tokenizer leaves it),
     * read into second; returns the index after it, or end when there is none.
     */
    private static int secondOfRange(List<Token> tokens, int i, int end, int to, List<Span> dates, double[] second) {
        if (end >= to) return end;
        Token sep = tokens.get(end);
        Matcher dashed = DASHED.matcher(sep.text());
        if (dashed.matches()) {
            second[0] = parse(dashed.group(1));
            second[1] = scaleAt(tokens, end + 1, to);
            return afterScale(tokens, end + 1, to);
        }
        String w = sep.text().toLowerCase(Locale.ROOT);
        boolean rangeWord = w.equals("to") || w.equals("-") || w.equals("–") || w.equals("and") && precededBy(tokens, i, "between");
        if (!rangeWord || end + 1 >= to || inDate(tokens.get(end + 1).span(), dates)) return end;
        int after = number(tokens, end + 1, to, second);
        return after > end + 1 ? after : end;
    }

    /**
     * Parses a number written in digits or words at token i into value[0], and the scale words after it
     * ("1.5 million") into value[1]; returns the index after them, or i when there is no number.
     */
    private static int number(List<Token> tokens, int i, int to, double[] value) {
        if (i >= to) return i;
        String w = tokens.get(i).text().toLowerCase(Locale.ROOT);
        Double v = null;
        if (NUMBER.matcher(w).matches()) v = parse(w);
        else if (WORDS.containsKey(w)) v = (double) WORDS.get(w);
        else if (w.indexOf('-') > 0) {
            String[] parts = w.split("-", 2);
            if (WORDS.containsKey(parts[0]) && WORDS.containsKey(parts[1])) v = (double) WORDS.get(parts[0]) + WORDS.get(parts[1]);
        }
        if (v == null) return i;
        value[0] = v;
        value[1] = scaleAt(tokens, i + 1, to);
        return afterScale(tokens, i + 1, to);
    }

    private static double scaleAt(List<Token> tokens, int i, int to) {
        double scale = 1;
        for (; i < to && SCALES.containsKey(tokens.get(i).text().toLowerCase(Locale.ROOT)); i++) {
            scale *= SCALES.get(tokens.get(i).text().toLowerCase(Locale.ROOT));
        }
        return scale;
    }

    private static int afterScale(List<Token> tokens, int i, int to) {
        while (i < to && SCALES.containsKey(tokens.get(i).text().toLowerCase(Locale.ROOT))) i++;
        return i;
    }

    private static double parse(String digits) {
        return Double.parseDouble(digits.replace(",", ""));
    }

    private static boolean inDate(Span s, List<Span> dates) {
        for (Span d : dates) if (d.overlaps(s)) return true;
        return false;
    }

    private static boolean isYear(double v) {
        return v >= 1800 && v <= 2100 && v == Math.rint(v);
    }

    /** A plain four-digit year, or a number naming a thing ("Resolution 2199", "Sukhoi 24", "No. 5"). */
    private static boolean isYearOrIdentifier(List<Token> tokens, int i, int after) {
        String w = tokens.get(i).text();
        if (after == i + 1 && w.length() == 4 && w.chars().allMatch(Character::isDigit) && isYear(Integer.parseInt(w))) return true;
        if (i == 0) return false;
        Token prev = tokens.get(i - 1);
        String p = prev.text();
        boolean capitalized = !p.isEmpty() && Character.isUpperCase(p.charAt(0)) && i - 1 > 0
                && (prev.pos().startsWith("NOUN") || prev.pos().startsWith("PROPN"));
        return prev.pos().startsWith("PROPN") || capitalized || p.equals("No.") || p.equals("#");
    }

    private static boolean precededBy(List<Token> tokens, int i, String word) {
        return i > 0 && tokens.get(i - 1).text().equalsIgnoreCase(word);
    }

    /** Whether a comparison ("compared with", "up from") ends right before token i. */
    private static boolean compared(List<Token> tokens, int i) {
        for (String c : COMPARISONS) {
            String[] words = c.split(" ");
            if (i < words.length) continue;
            boolean match = true;
            for (int w = 0; w < words.length && match; w++) match = tokens.get(i - words.length + w).text().equalsIgnoreCase(words[w]);
            if (match) return true;
        }
        return false;
    }

    /**
     * Fills in what back-referring figures count ("40 protesters ... 12 of them", "up from 250") from the
     * latest earlier figure that counts something, at most one sentence back, and dates a figure of years
     * before ("a year earlier") from {@code published}. {@code bySentence}: each sentence's figures, in order.
     */
    static void resolveReferences(List<List<Found>> bySentence, String published) {
        String counted = null;
        int countedIn = -2;
        for (int s = 0; s < bySentence.size(); s++) {
            List<Found> figures = bySentence.get(s);
            for (int k = 0; k < figures.size(); k++) {
                Found f = figures.get(k);
                Quantity q = f.quantity();
                String what = f.refersBack() && q.counted() == null && s - countedIn <= 1 ? counted : q.counted();
                String date = f.yearsBack() > 0 && published != null && published.length() >= 4
                        ? String.valueOf(Integer.parseInt(published.substring(0, 4)) - f.yearsBack()) : q.date();
                if (!Objects.equals(what, q.counted()) || !Objects.equals(date, q.date())) {
                    figures.set(k, new Found(q.with(what, date), f.number(), f.refersBack(), f.yearsBack()));
                }
                if (what != null) {
                    counted = what;
                    countedIn = s;
                }
            }
        }
    }

    /** The noun phrase a figure counts: modifiers and nouns, one "of" phrase, and a rate ("a day"). */
    private static int countedPhrase(List<Token> tokens, int i, int to) {
        int end = nounPhrase(tokens, i, to);
        if (end == i) return i;
        if (end + 1 < to && tokens.get(end).text().equals("of")) {
            int ofEnd = nounPhrase(tokens, end + 1, to);
            if (ofEnd > end + 1) end = ofEnd;
        }
        if (end + 1 < to && PER.contains(tokens.get(end).text().toLowerCase(Locale.ROOT))
                && TIME_UNITS.contains(tokens.get(end + 1).lemma())) end += 2;
        return end;
    }

    private static int nounPhrase(List<Token> tokens, int i, int to) {
        int j = i;
        int lastNoun = -1;
        while (j < to) {
            Token t = tokens.get(j);
            String pos = t.pos();
            boolean modifier = pos.equals("ADJ") || pos.equals("NUM") && j > i
                    || pos.equals("DET") && j == i && j + 1 < to && !tokens.get(j + 1).pos().equals("VERB")
                    || pos.equals("VERB") && j + 1 < to && (tokens.get(j + 1).pos().equals("NOUN") || tokens.get(j + 1).pos().equals("ADJ"));
            boolean acronym = t.text().length() >= 2 && t.text().chars().allMatch(Character::isUpperCase);
            if (pos.startsWith("NOUN") || pos.startsWith("PROPN") || acronym) lastNoun = j;
            else if (!modifier) break;
            j++;
        }
        return lastNoun < 0 ? i : lastNoun + 1;
    }
}
