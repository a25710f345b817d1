package org.claimgraph.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.claimgraph.doc.Iris;
import org.claimgraph.language.CalendarWords;

/**
 * Makes a corpus of any size from a few real articles: each generated document is a source article
 * with its prose paragraphs reordered, its figures changed (years and small numbers kept, so dates
 * stay dates) and some of its two-word names replaced, consistently within the document, by names
 * drawn from a general list. Every document therefore hashes differently (a new document IRI) while
 * keeping the length, sentence structure and vocabulary of real news. Deterministic for a seed.
 */
public final class CorpusGenerator {
    /** Given and family names from many countries; a general list, not taken from any corpus. */
    private static final String[] GIVEN = {"Amara", "Bogdan", "Carmen", "Dariusz", "Elena", "Farid", "Greta", "Hiroshi",
            "Ines", "Jomo", "Katarina", "Luis", "Mariam", "Nikhil", "Olga", "Pedro", "Quang", "Rania", "Stefan", "Tamar",
            "Umar", "Vera", "Wei", "Ximena", "Yusuf", "Zofia", "Anders", "Beatriz", "Chidi", "Dmitri", "Esther", "Fatima",
            "Gustavo", "Hana", "Ivan", "Julia", "Kwame", "Leila", "Mateo", "Nadia"};
    private static final String[] FAMILY = {"Okafor", "Lindqvist", "Moreau", "Kowalczyk", "Tanaka", "Haddad", "Novak",
            "Ferreira", "Nguyen", "Mensah", "Petrova", "Schneider", "Rossi", "Castillo", "Hosseini", "Kaplan", "Osei",
            "Yilmaz", "Andersen", "Barros", "Chen", "Dubois", "Eriksen", "Fischer", "Gallo", "Horvath", "Iqbal", "Jansen",
            "Kim", "Lopez", "Mwangi", "Nakamura", "Ortega", "Popescu", "Qureshi", "Reyes", "Sato", "Tran", "Varga", "Weber"};
    /** Capitalized words that are not names: function words, titles, months and days (from the calendar list). */
    private static final Set<String> NOT_NAMES = withCalendar("The", "And", "But", "For", "From", "With", "This", "That",
            "These", "Those", "His", "Her", "Its", "Our", "Their", "After", "Before", "When", "While", "Since", "Last",
            "Next", "Mr", "Mrs", "Ms", "Dr", "President", "Minister", "Prime", "Foreign", "Secretary", "General", "Chief",
            "Senator", "Governor", "Mayor", "King", "Queen", "Prince", "Pope", "Judge", "Director", "Chairman",
            "Spokesman", "Spokeswoman", "Colonel", "Captain", "Major", "Lieutenant", "Admiral", "Sir", "Lord", "Lady");
    private static final Pattern CAPITALIZED_RUN = Pattern.compile("\\b[A-Z][a-z]+(?: [A-Z][a-z]+)+\\b");
    private static final Pattern NUMBER = Pattern.compile("(?<![\\d/:.,])(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d+))?(?![\\d/:])");
    private static final int PROSE = 150;

    private final List<String> sources;
    private final Set<String> seen = new HashSet<>();

    /** The words given, and the full names of the months and weekdays. */
    private static Set<String> withCalendar(String... words) {
        Set<String> all = new HashSet<>(List.of(words));
        all.addAll(CalendarWords.monthNames());
        all.addAll(CalendarWords.weekdayNames());
        return Set.copyOf(all);
    }

    CorpusGenerator(List<String> sourceTexts) {
        if (sourceTexts.isEmpty()) throw new IllegalArgumentException("no source articles to generate from");
        this.sources = List.copyOf(sourceTexts);
    }

    /** The articles under {@code dir} (files, recursively, sorted) as generator sources. */
    public static CorpusGenerator from(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            List<String> texts = new ArrayList<>();
            for (Path f : files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith(".")).sorted().toList()) {
                texts.add(Files.readString(f, StandardCharsets.UTF_8));
            }
            return new CorpusGenerator(texts);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read sources in " + dir, e);
        }
    }

    /** A generator over the same sources that has made nothing yet. */
    CorpusGenerator fresh() { return new CorpusGenerator(sources); }

    /** Writes documents {@code from} .. {@code from+count-1} of the sequence for {@code seed} into {@code dir}. */
    public List<Path> write(Path dir, String prefix, int from, int count, long seed) {
        try {
            Files.createDirectories(dir);
            List<Path> written = new ArrayList<>(count);
            for (int i = from; i < from + count; i++) {
                Path f = dir.resolve(String.format(Locale.ROOT, "%s-%07d.txt", prefix, i));
                Files.writeString(f, document(i, seed), StandardCharsets.UTF_8);
                written.add(f);
            }
            return written;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write corpus to " + dir, e);
        }
    }

    /** Document {@code index} of the sequence for {@code seed}, different from every one this generator made. */
    String document(int index, long seed) {
        Random rng = new Random(seed * 1_000_003L + index);
        String source = sources.get(index % sources.size());
        for (int attempt = 0; ; attempt++) {
            String text = vary(source, rng);
            if (seen.add(Iris.sha256(text)) || attempt == 20) return text;
        }
    }

    private static String vary(String text, Random rng) {
        return renameNames(changeFigures(reorderProse(text, rng), rng), rng);
    }

    /** Shuffles each run of consecutive prose paragraphs; headlines, bylines and short lines keep their place. */
    static String reorderProse(String text, Random rng) {
        List<String> paragraphs = new ArrayList<>(List.of(text.split("\n\n", -1)));
        int i = 0;
        while (i < paragraphs.size()) {
            int j = i;
            while (j < paragraphs.size() && isProse(paragraphs.get(j))) j++;
            if (j - i > 1) Collections.shuffle(paragraphs.subList(i, j), rng);
            i = Math.max(j, i + 1);
        }
        return String.join("\n\n", paragraphs);
    }

    private static boolean isProse(String paragraph) {
        return paragraph.length() >= PROSE && !Character.isWhitespace(paragraph.charAt(0));
    }

    /** Scales every figure by 0.5..2, keeping its style (grouping, decimals, roundness); years and 1-2 digit numbers stay. */
    static String changeFigures(String text, Random rng) {
        Matcher m = NUMBER.matcher(text);
        StringBuilder out = new StringBuilder(text.length() + 16);
        while (m.find()) {
            String whole = m.group(1);
            String digits = whole.replace(",", "");
            boolean year = whole.length() == 4 && (digits.startsWith("19") || digits.startsWith("20"));
            if (year || (digits.length() <= 2 && m.group(2) == null)) {
                m.appendReplacement(out, Matcher.quoteReplacement(m.group()));
                continue;
            }
            int decimals = m.group(2) == null ? 0 : m.group(2).length();
            int roundTo = decimals > 0 ? 0 : trailingZeros(digits);
            BigDecimal value = new BigDecimal(m.group().replace(",", ""))
                    .multiply(BigDecimal.valueOf(0.5 + 1.5 * rng.nextDouble()));
            value = roundTo > 0 ? value.setScale(-roundTo, RoundingMode.HALF_UP) : value.setScale(decimals, RoundingMode.HALF_UP);
            if (value.signum() == 0) value = BigDecimal.ONE.scaleByPowerOfTen(roundTo);
            String formatted = whole.contains(",")
                    ? String.format(Locale.ROOT, "%,." + decimals + "f", value)
                    : value.setScale(decimals, RoundingMode.HALF_UP).toPlainString();
            m.appendReplacement(out, Matcher.quoteReplacement(formatted));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static int trailingZeros(String digits) {
        int z = 0;
        for (int i = digits.length() - 1; i > 0 && digits.charAt(i) == '0'; i--) z++;
        return z;
    }

    /**
     * Replaces, with probability 1/2 each, the two-word names that end runs of capitalized words ("Minister
     * Ana Lima" ends with "Ana Lima"), and the family name standing alone later on, by a name from the list.
     */
    static String renameNames(String text, Random rng) {
        Map<String, String> replacement = new LinkedHashMap<>();
        Matcher m = CAPITALIZED_RUN.matcher(text);
        while (m.find()) {
            String[] words = m.group().split(" ");
            String given = words[words.length - 2];
            String family = words[words.length - 1];
            String name = given + " " + family;
            if (NOT_NAMES.contains(given) || NOT_NAMES.contains(family) || replacement.containsKey(name)) continue;
            if (replacement.containsKey(family) || !rng.nextBoolean()) continue;
            String newFamily = FAMILY[rng.nextInt(FAMILY.length)];
            replacement.put(name, GIVEN[rng.nextInt(GIVEN.length)] + " " + newFamily);
            replacement.put(family, newFamily);
        }
        if (replacement.isEmpty()) return text;
        List<String> keys = new ArrayList<>(replacement.keySet());
        keys.sort((a, b) -> b.length() - a.length());
        StringBuilder alternation = new StringBuilder("\\b(?:");
        for (int i = 0; i < keys.size(); i++) alternation.append(i > 0 ? "|" : "").append(Pattern.quote(keys.get(i)));
        Matcher r = Pattern.compile(alternation.append(")\\b").toString()).matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (r.find()) r.appendReplacement(out, Matcher.quoteReplacement(replacement.get(r.group())));
        r.appendTail(out);
        return out.toString();
    }
}
