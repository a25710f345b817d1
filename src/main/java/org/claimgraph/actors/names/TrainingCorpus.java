package org.claimgraph.actors.names;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * claimgraph's own name-finder training corpus: news-style sentence templates (training/templates.txt)
 * with typed slots, filled from name lists (training/lists.txt and the shipped gazetteers) and from
 * invented names, expanded deterministically from a fixed seed. Every slot fill records the
 * character span and type of each name it writes, so the sentences come out annotated.
 */
final class TrainingCorpus {
    static final String PERSON = "person";
    static final String ORGANIZATION = "organization";
    static final String LOCATION = "location";

    record Entity(int start, int end, String type) {}

    record Annotated(String text, List<Entity> entities) {}

    private static final Pattern SLOT = Pattern.compile("\\{([A-Z_]+)}");
    private static final Set<String> SMALL_WORDS = Set.of("a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "as", "by", "with", "over");
    private static final String[] CULTURES = {"russian", "arabic", "persian", "turkish", "chinese", "korean", "japanese",
        "vietnamese", "indian", "spanish", "french", "italian", "german", "african", "english", "invented"};
    private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December"};

    private final List<String> templates;
    private final Map<String, List<String>> lists;
    private final Gazetteer gazetteer;
    private final Random random;
    private final Map<String, Consumer<Text>> slots = new LinkedHashMap<>();

    TrainingCorpus(Path dir, Gazetteer gazetteer, long seed) throws IOException {
        this.templates = Files.readAllLines(dir.resolve("templates.txt"), StandardCharsets.UTF_8).stream()
                .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        this.lists = readLists(dir.resolve("lists.txt"));
        this.gazetteer = gazetteer;
        this.random = new Random(seed);
        defineSlots();
    }

    /** Each template filled {@code times} times; headlines also in Title Case and capitals, some sentences in capitals. */
    List<Annotated> generate(int times) {
        List<Annotated> out = new ArrayList<>();
        for (int round = 0; round < times; round++) {
            for (String template : templates) {
                boolean headline = template.startsWith("H ");
                Annotated a = fill(headline ? template.substring(2) : template);
                double style = random.nextDouble();
                if (headline && style < 0.35) a = titleCase(a);
                else if (headline && style < 0.6 || style < 0.04) a = upperCase(a);
                out.add(a);
            }
        }
        return out;
    }

    private Annotated fill(String template) {
        Text t = new Text();
        Matcher m = SLOT.matcher(template);
        int at = 0;
        while (m.find()) {
            t.lit(template.substring(at, m.start()));
            Consumer<Text> slot = slots.get(m.group(1));
            if (slot == null) throw new IllegalArgumentException("unknown slot {" + m.group(1) + "} in: " + template);
            slot.accept(t);
            at = m.end();
        }
        t.lit(template.substring(at));
        return new Annotated(t.sb.toString(), List.copyOf(t.entities));
    }

    private void defineSlots() {
        slots.put("PER", t -> t.ent(personName(), PERSON));
        slots.put("SUR", t -> t.ent(surname(culture()), PERSON));
        slots.put("COUNTRY", t -> t.ent(country(), LOCATION));
        slots.put("CITY", t -> t.ent(city(), LOCATION));
        slots.put("CITY_CAPS", t -> t.ent(city().toUpperCase(Locale.ROOT), LOCATION));
        slots.put("REGION", t -> t.ent(region(), LOCATION));
        slots.put("LOC", t -> t.ent(switch (random.nextInt(3)) { case 0 -> country(); case 1 -> city(); default -> region(); }, LOCATION));
        slots.put("DEM", t -> t.lit(demonym()));
        slots.put("GOV", this::government);
        slots.put("GOVX", this::governmentUnit);
        slots.put("GROUP", t -> t.ent(group(), ORGANIZATION));
        slots.put("FIRM", t -> t.ent(firm(), ORGANIZATION));
        slots.put("AGENCY", t -> t.ent(agency(), ORGANIZATION));
        slots.put("CLUB", t -> t.ent(form("club.form"), ORGANIZATION));
        slots.put("CO", t -> t.ent(company(), ORGANIZATION));
        slots.put("VENUE", t -> t.ent(form("venue.form"), LOCATION));
        slots.put("UNI", t -> t.ent(university(), ORGANIZATION));
        slots.put("ORG", this::organization);
        slots.put("ORGACR", t -> {
            String name = random.nextBoolean() ? group() : demonym() + " " + pick("gov.body");
            t.ent(name, ORGANIZATION);
            t.lit(" (");
            t.ent(acronym(name), ORGANIZATION);
            t.lit(")");
        });
        slots.put("TITLE_POL", t -> t.lit(pick("title.pol")));
        slots.put("TITLE_DIP", t -> t.lit(pick("title.dip")));
        slots.put("TITLE_MIL", t -> t.lit(pick("title.mil")));
        slots.put("NUM", t -> t.lit(number()));
        slots.put("DAY", t -> t.lit(DAYS[random.nextInt(DAYS.length)]));
        slots.put("MONTH", t -> t.lit(MONTHS[random.nextInt(MONTHS.length)]));
        slots.put("YEAR", t -> t.lit(Integer.toString(1990 + random.nextInt(36))));
    }

    // --- people

    private String culture() { return CULTURES[random.nextInt(CULTURES.length)]; }

    private String personName() {
        String c = culture();
        double r = random.nextDouble();
        return switch (c) {
            case "chinese", "korean" -> surname(c) + " " + given(c);
            case "vietnamese" -> surname(c) + " " + given(c) + " " + given(c);
            case "arabic" -> r < 0.12 ? "Abu " + given(c) + " " + surname(c)
                    : r < 0.22 ? given(c) + " bin " + given(c) + " " + surname(c)
                    : r < 0.35 ? given(c) + " " + given(c) + " " + surname(c)
                    : given(c) + " " + surname(c);
            case "russian" -> r < 0.1 ? given(c) + " " + patronymic() + " " + surname(c) : given(c) + " " + surname(c);
            case "spanish" -> r < 0.3 ? given(c) + " " + surname(c) + " " + surname(c) : given(c) + " " + surname(c);
            case "english" -> r < 0.08 ? given(c) + " " + (char) ('A' + random.nextInt(26)) + ". " + surname(c)
                    : given(c) + " " + surname(c);
            default -> r < 0.08 ? given(c) + " " + given(c) + " " + surname(c) : given(c) + " " + surname(c);
        };
    }

    private String given(String culture) {
        double r = random.nextDouble();
        if (r < 0.15 || culture.equals("invented") && r < 0.5) return invented(2);
        if (r < 0.4 || !lists.containsKey("given." + culture)) return pick(gazetteer.phrases("given-names"));
        return pick("given." + culture);
    }

    private String surname(String culture) {
        if (culture.equals("invented") || random.nextDouble() < 0.2) {
            String suffixes = "surname.suffix." + culture;
            String stem = invented(2 + random.nextInt(2));
            if (culture.equals("arabic")) return "al-" + stem + pick(suffixes);
            return lists.containsKey(suffixes) ? stem + pick(suffixes) : stem;
        }
        return pick("surname." + culture);
    }

    private String patronymic() {
        String father = pick("given.russian");
        return father + (father.endsWith("y") || father.endsWith("i") ? "evich" : "ovich");
    }

    // --- places

    private String country() { return random.nextDouble() < 0.85 ? pick(gazetteer.phrases("countries")) : invented(3); }

    private String city() { return random.nextDouble() < 0.6 ? pick(gazetteer.phrases("cities")) : place(); }

    private String region() { return random.nextDouble() < 0.6 ? pick(gazetteer.phrases("regions")) : place(); }

    private String place() {
        String name = invented(2) + pick("place.suffix");
        return random.nextDouble() < 0.1 ? name + "-" + invented(2) : name;
    }

    private String demonym() { return pick(gazetteer.phrases("demonyms")); }

    // --- organizations

    private void organization(Text t) {
        switch (random.nextInt(7)) {
            case 0 -> government(t);
            case 1 -> t.ent(group(), ORGANIZATION);
            case 2 -> t.ent(firm(), ORGANIZATION);
            case 3 -> t.ent(agency(), ORGANIZATION);
            case 4 -> t.ent(university(), ORGANIZATION);
            default -> t.ent(pick(gazetteer.phrases("organizations")), ORGANIZATION);
        }
    }

    /** "Turkish Defence Ministry", "Ministry of Energy", or "Kenya's Interior Ministry" (a place and an organization). */
    private void government(Text t) {
        double r = random.nextDouble();
        if (r < 0.15) {
            t.ent(country(), LOCATION);
            t.lit("'s ");
            t.ent(pick("gov.body"), ORGANIZATION);
            return;
        }
        t.ent(r < 0.55 ? demonym() + " " + pick("gov.body")
                : r < 0.8 ? pick("gov.body")
                : r < 0.9 ? "Ministry of " + pick("org.field")
                : demonym() + " Ministry of " + pick("org.field"), ORGANIZATION);
    }

    /** Departments inside ministries: "the Russian Foreign Ministry's Department for New Challenges and Threats". */
    private void governmentUnit(Text t) {
        String unit = switch (random.nextInt(4)) {
            case 0 -> "Department for ";
            case 1 -> "Department of ";
            case 2 -> "Directorate for ";
            default -> "Office for ";
        } + pick("dept.field");
        double r = random.nextDouble();
        if (r < 0.3) t.ent(demonym() + " " + pick("gov.body") + "'s " + unit, ORGANIZATION);
        else if (r < 0.5) t.ent(pick("gov.body") + "'s " + unit, ORGANIZATION);
        else if (r < 0.7) t.ent(unit, ORGANIZATION);
        else government(t);
    }

    private String group() {
        double r = random.nextDouble();
        if (r < 0.25) return pick(gazetteer.phrases("organizations"));
        String word = pick("group.word");
        String head = pick("group.head");
        return switch (random.nextInt(9)) {
            case 0 -> word + " " + head;
            case 1 -> demonym() + " " + word + " " + head;
            case 2 -> "National " + word + " " + head;
            case 3 -> pick(List.of("Jaish al-", "Ansar al-", "Liwa al-", "Harakat al-", "Jabhat al-")) + pick("arabic.word");
            case 4 -> capitalize(invented(2)) + " " + head;
            case 5 -> head + " of " + word;
            case 6 -> "People's " + word + " " + head;
            case 7 -> word + " and " + pick("group.word") + " " + head;
            default -> place() + " " + word + " " + head;
        };
    }

    private String firm() {
        double r = random.nextDouble();
        if (r < 0.2) return pick(gazetteer.phrases("organizations"));
        if (r < 0.7) return capitalize(invented(2 + random.nextInt(2))) + " " + pick("firm.suffix");
        if (r < 0.8) return capitalize(invented(3));
        if (r < 0.88) return surname(culture()) + " & " + surname(culture());
        return city() + " " + pick("firm.suffix");
    }

    /** A company named by one word, as market reports name it: "Kavitel", "Rosno-M", "Darbex". */
    private String company() {
        double r = random.nextDouble();
        String name = capitalize(invented(2 + random.nextInt(2)));
        if (r < 0.15) return name + "-" + (char) ('A' + random.nextInt(26));
        if (r < 0.25) return name.toUpperCase(Locale.ROOT);
        return name;
    }

    private String agency() { return random.nextDouble() < 0.7 ? pick(gazetteer.phrases("media")) : form("media.form"); }

    private String university() {
        return random.nextDouble() < 0.2 ? pick(List.of("Harvard University", "Oxford University", "Stanford University",
                "Moscow State University", "University of Cambridge")) : form("uni.form");
    }

    /** Fills a pattern such as "{CITY} FC" or "University of {CITY}" from a list of patterns. */
    private String form(String list) {
        String f = pick(list);
        return f.replace("{CITY}", random.nextBoolean() ? city() : place())
                .replace("{NAME}", capitalize(invented(2 + random.nextInt(2))))
                .replace("{SUR}", surname(culture()))
                .replace("{COUNTRY}", country())
                .replace("{DEM}", demonym())
                .replace("{FIELDX}", pick("fieldx"));
    }

    private static String acronym(String name) {
        StringBuilder sb = new StringBuilder();
        for (String w : name.split("[\\s-]+")) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) sb.append(w.charAt(0));
        }
        return sb.length() >= 2 ? sb.toString() : name.substring(0, Math.min(3, name.length())).toUpperCase(Locale.ROOT);
    }

    // --- words

    private String invented(int syllables) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < syllables; i++) sb.append(pick("given.syllable"));
        return capitalize(sb.toString());
    }

    private String number() {
        int r = random.nextInt(4);
        return switch (r) {
            case 0 -> Integer.toString(2 + random.nextInt(30));
            case 1 -> Integer.toString(100 + random.nextInt(900));
            case 2 -> String.format(Locale.ROOT, "%,d", 1000 + random.nextInt(90000));
            default -> (1 + random.nextInt(9)) + "." + random.nextInt(10);
        };
    }

    private String pick(String list) {
        List<String> l = lists.get(list);
        if (l == null) throw new IllegalArgumentException("no list " + list);
        return pick(l);
    }

    private String pick(List<String> l) { return l.get(random.nextInt(l.size())); }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1).toLowerCase(Locale.ROOT);
    }

    // --- casing variants keep offsets: upper- and title-casing do not change lengths of these words

    private static Annotated upperCase(Annotated a) {
        String up = a.text().toUpperCase(Locale.ROOT);
        return up.length() == a.text().length() ? new Annotated(up, a.entities()) : a;
    }

    private static Annotated titleCase(Annotated a) {
        char[] c = a.text().toCharArray();
        int i = 0;
        while (i < c.length) {
            int j = i;
            while (j < c.length && !Character.isWhitespace(c[j])) j++;
            String word = a.text().substring(i, j);
            if (i == 0 || !SMALL_WORDS.contains(word.toLowerCase(Locale.ROOT))) c[i] = Character.toUpperCase(c[i]);
            i = j + 1;
        }
        return new Annotated(new String(c), a.entities());
    }

    private static Map<String, List<String>> readLists(Path file) throws IOException {
        Map<String, List<String>> out = new LinkedHashMap<>();
        List<String> current = null;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            line = line.strip();
            if (line.startsWith("## ")) {
                current = out.computeIfAbsent(line.substring(3).strip(), k -> new ArrayList<>());
            } else if (!line.isEmpty() && !line.startsWith("#") && current != null) {
                // Lists of phrases are |-separated; lists of single words are space-separated.
                for (String item : line.split(line.contains("|") ? "\\|" : "\\s+")) current.add(item.strip());
            }
        }
        return out;
    }

    /** Text under construction with the spans of the names written into it. */
    private static final class Text {
        final StringBuilder sb = new StringBuilder();
        final List<Entity> entities = new ArrayList<>();

        void lit(String s) { sb.append(s); }

        void ent(String s, String type) {
            int start = sb.length();
            sb.append(s);
            entities.add(new Entity(start, sb.length(), type));
        }
    }
}
