package org.claimgraph.actors;

import static org.claimgraph.actors.TestDocs.entitiesOf;
import static org.claimgraph.doc.MentionType.LOCATION;
import static org.claimgraph.doc.MentionType.ORGANIZATION;
import static org.claimgraph.doc.MentionType.PERSON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.claimgraph.doc.Document;
import org.claimgraph.doc.Entity;
import org.claimgraph.doc.Iris;
import org.claimgraph.doc.Mention;
import org.claimgraph.doc.MentionType;
import org.claimgraph.doc.Role;
import org.claimgraph.doc.Span;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The seed articles with hand-made mentions: one IRI per actor across documents, Wikidata links, roles. */
class SeedActorsTest {
    static final Map<String, Map<String, MentionType>> NAMES = Map.of(
            "000", TestDocs.names("Valery Gerasimov", PERSON, "Gerasimov", PERSON, "Russia", LOCATION, "Syria", LOCATION,
                    "ISIS", ORGANIZATION, "Defense Ministry Board", ORGANIZATION, "General Staff", ORGANIZATION, "Tass", ORGANIZATION,
                    "Bashar al-Assad", PERSON, "Russian Federation", LOCATION, "RFE/RL", ORGANIZATION, "Saudi Arabia", LOCATION,
                    "France", LOCATION, "Tunisia", LOCATION, "UK", LOCATION, "Europe", LOCATION, "Eurasia", LOCATION,
                    "MOSCOW", LOCATION, "Russian Air Force", ORGANIZATION, "Syrian Arab Army", ORGANIZATION),
            "001", TestDocs.names("Islamic State group", ORGANIZATION, "Islamic State", ORGANIZATION, "IS", ORGANIZATION,
                    "ISIS", ORGANIZATION, "Valery Gerasimov", PERSON, "Gerasimov", PERSON, "Russia", LOCATION,
                    "United States", LOCATION, "U.S.", LOCATION, "US", LOCATION, "America", LOCATION, "Syria", LOCATION,
                    "Iraq", LOCATION, "Sergei Lavrov", PERSON, "Lavrov", PERSON, "Moscow", LOCATION, "Washington", LOCATION,
                    "Free Syrian Army", ORGANIZATION, "Bashar al-Assad", PERSON, "Assad", PERSON, "Libya", LOCATION,
                    "Staffan de Mistura", PERSON, "UN", ORGANIZATION, "Aleppo", LOCATION, "Turkey", LOCATION,
                    "White House", ORGANIZATION, "Middle East", LOCATION, "NATO", ORGANIZATION, "Taliban", ORGANIZATION,
                    "Al Qaeda", ORGANIZATION, "Kremlin", ORGANIZATION, "Afghanistan", LOCATION, "Pakistan", LOCATION),
            "002", TestDocs.names("Vladimir Putin", PERSON, "Putin", PERSON, "Russia", LOCATION, "Moscow", LOCATION,
                    "CIS", ORGANIZATION, "ISIS", ORGANIZATION, "IS", ORGANIZATION, "Islamic State", ORGANIZATION,
                    "Syria", LOCATION, "Middle East", LOCATION, "Kremlin", ORGANIZATION, "North Caucasus", LOCATION,
                    "FSB", ORGANIZATION, "Sochi", LOCATION, "Ukraine", LOCATION, "Petro Poroshenko", PERSON,
                    "Poroshenko", PERSON, "Crimea", LOCATION, "United Nations", ORGANIZATION, "Kyiv", LOCATION),
            "003", TestDocs.names("ISIS", ORGANIZATION, "ISIL", ORGANIZATION, "IS", ORGANIZATION, "Islamic State", ORGANIZATION,
                    "Russia", LOCATION, "Syria", LOCATION, "Russian Foreign Ministry", ORGANIZATION,
                    "Department for New Challenges and Threats", ORGANIZATION, "Kommersant", ORGANIZATION,
                    "Ilya Rogachev", PERSON, "Rogachev", PERSON, "Russian Security Service", ORGANIZATION,
                    "North Caucasus", LOCATION, "Iraq", LOCATION, "RT", ORGANIZATION, "Bashar Assad", PERSON, "Assad", PERSON,
                    "Sinai", LOCATION, "Egypt", LOCATION, "US", LOCATION, "UN Security Council", ORGANIZATION, "UN", ORGANIZATION,
                    "Paris", LOCATION, "France", LOCATION, "Sergey Lavrov", PERSON, "Lavrov", PERSON, "Radio Russia", ORGANIZATION,
                    "Russian Air Force", ORGANIZATION, "General Staff", ORGANIZATION),
            "004", TestDocs.names("Vladimir Putin", PERSON, "Putin", PERSON, "Russia", LOCATION, "CIS", ORGANIZATION,
                    "Commonwealth of Independent States", ORGANIZATION, "Islamic State", ORGANIZATION, "Soviet Union", LOCATION,
                    "Syria", LOCATION, "Astana", LOCATION, "Kazakhstan", LOCATION, "Saudi Arabia", LOCATION,
                    "United Arab Emirates", LOCATION, "Egypt", LOCATION, "Jordan", LOCATION, "Israel", LOCATION,
                    "Bashar al-Assad", PERSON, "U.S.", LOCATION, "Turkey", LOCATION, "Matteo Renzi", PERSON,
                    "European Union", ORGANIZATION, "Brussels", LOCATION, "Sergei Lavrov", PERSON, "John Kerry", PERSON,
                    "Kerry", PERSON, "Moscow", LOCATION, "Indiana University", ORGANIZATION, "Bloomington", LOCATION,
                    "Indiana", LOCATION, "Bloomberg", ORGANIZATION));
    static final Set<String> IS_NAMES = Set.of("IS", "ISIS", "ISIL", "Islamic State", "Islamic State group");

    static final Map<String, Document> DOCS = new java.util.TreeMap<>();

    @BeforeAll
    static void resolveSeeds() {
        ActorResolver resolver = new ActorResolver();
        for (var e : NAMES.entrySet()) {
            Document doc = TestDocs.withMentions(TestDocs.analyzed(e.getKey(), TestDocs.seedText(e.getKey())), e.getValue());
            resolver.process(doc);
            DOCS.put(e.getKey(), doc);
        }
    }

    private static String single(String seed, String... mentionTexts) {
        Set<String> ids = new HashSet<>();
        for (String t : mentionTexts) ids.addAll(entitiesOf(DOCS.get(seed), t));
        assertEquals(1, ids.size(), seed + " " + List.of(mentionTexts) + " -> " + ids);
        String id = ids.iterator().next();
        assertNotNull(id);
        return id;
    }

    private static Entity entity(String seed, String id) {
        Entity e = DOCS.get(seed).entities().get(id);
        assertNotNull(e, seed + " has no entity " + id);
        return e;
    }

    @Test
    void everyActorMentionHasAnEntityOfItsDocument() {
        for (Document doc : DOCS.values()) {
            for (Mention m : doc.mentions()) {
                assertNotNull(m.entity(), m.toString());
                assertTrue(doc.entities().containsKey(m.entity()), m.toString());
                assertEquals(m.text(), doc.slice(m.span()));
            }
        }
    }

    @Test
    void putinIsOneActorInSeeds002And004() {
        String a = single("002", "Vladimir Putin", "Putin");
        String b = single("004", "Vladimir Putin", "Putin");
        assertEquals(a, b);
        assertTrue(entity("004", b).sameAs().contains("http://www.wikidata.org/entity/Q7747"));
        assertEquals("Vladimir Putin", entity("002", a).label());
    }

    @Test
    void lavrovIsOneActorInSeeds001And003And004DespiteTransliteration() {
        String a = single("001", "Sergei Lavrov", "Lavrov");
        String b = single("003", "Sergey Lavrov", "Lavrov");
        String c = single("004", "Sergei Lavrov");
        assertEquals(a, b);
        assertEquals(b, c);
        assertEquals("Sergey Lavrov", entity("003", b).label());
    }

    @Test
    void gerasimovIsOneActorInSeeds000And001WithoutTheWellKnownList() {
        String a = single("000", "Valery Gerasimov", "Gerasimov");
        String b = single("001", "Valery Gerasimov", "Gerasimov");
        assertEquals(a, b);
        assertEquals(Iris.actor(PERSON, "Valery Gerasimov"), a);
        assertTrue(entity("000", a).sameAs().isEmpty(), "not on the list: no guessed Wikidata link");
    }

    @Test
    void islamicStateUnderAllItsNamesIsOneActorInAllFiveSeeds() {
        Set<String> across = new HashSet<>();
        for (String seed : DOCS.keySet()) {
            String[] present = IS_NAMES.stream().filter(n -> !entitiesOf(DOCS.get(seed), n).isEmpty()).toArray(String[]::new);
            assertTrue(present.length > 0, seed);
            across.add(single(seed, present));
        }
        assertEquals(1, across.size(), across.toString());
        Entity is = entity("001", across.iterator().next());
        assertEquals(ORGANIZATION, is.type());
        assertTrue(is.sameAs().contains("http://www.wikidata.org/entity/Q2429253"));
    }

    @Test
    void countriesLinkToWikidataAndUsAliasesAreOneActor() {
        String russia = single("003", "Russia");
        assertTrue(entity("003", russia).sameAs().contains("http://www.wikidata.org/entity/Q159"));
        String us = single("001", "United States", "U.S.", "US", "America");
        assertTrue(entity("001", us).sameAs().contains("http://www.wikidata.org/entity/Q30"));
        assertNotEquals(us, single("001", "Washington"), "Washington stays a place of its own");
        assertEquals(LOCATION, entity("001", single("001", "Washington")).type());
    }

    @Test
    void acronymAndExpansionAndAssadVariants() {
        assertEquals(single("004", "CIS"), single("004", "Commonwealth of Independent States"));
        assertEquals(single("003", "Bashar Assad"), single("003", "Assad"));
        assertEquals(single("004", "Bashar al-Assad"), single("003", "Bashar Assad"));
    }

    private static Role role(String seed, String mentionText, String titleKey) {
        Entity e = entity(seed, single(seed, mentionText));
        List<Role> matching = e.roles().stream().filter(r -> Names.titleKey(r.title()).equals(titleKey)).toList();
        assertEquals(1, matching.size(), seed + " " + mentionText + " roles " + e.roles());
        Role r = matching.get(0);
        Span s = r.span();
        assertTrue(s.end() <= DOCS.get(seed).text().length());
        String stated = DOCS.get(seed).slice(s);
        String[] words = r.title().split(" ");
        assertTrue(stated.contains(words[words.length - 1]), stated + " / " + r.title());
        return r;
    }

    @Test
    void rolesAsStatedWithTheirCountryOrOrganization() {
        Role chief = role("001", "Valery Gerasimov", "chief of general staff");
        assertEquals(Iris.actor(LOCATION, "Russia"), chief.in(), "Russia's chief of General Staff");
        Role chief000 = role("000", "Valery Gerasimov", "chief of general staff");
        assertEquals(Iris.actor(LOCATION, "Russia"), chief000.in(), "Chief of Russia's General Staff");

        Role head = role("003", "Ilya Rogachev", "head");
        assertEquals(single("003", "Department for New Challenges and Threats"), head.in());

        Role pm = role("004", "Matteo Renzi", "prime minister");
        assertEquals(Iris.actor(LOCATION, "Italy"), pm.in());
        assertTrue(DOCS.get("004").entities().get(pm.in()).sameAs().contains("http://www.wikidata.org/entity/Q38"),
                "the demonym's country becomes an entity of the document");
        assertEquals(Iris.actor(LOCATION, "Russia"), role("004", "Sergei Lavrov", "foreign minister").in());
        assertEquals(Iris.actor(LOCATION, "Russia"), role("003", "Sergey Lavrov", "foreign minister").in());
        assertEquals(single("004", "U.S."), role("004", "John Kerry", "secretary of state").in());
        assertEquals(Iris.actor(LOCATION, "Syria"), role("004", "Bashar al-Assad", "president").in());
        role("004", "Vladimir Putin", "president");
        assertEquals(single("001", "UN"), role("001", "Staffan de Mistura", "special envoy").in());
    }

    @Test
    void noRoleWithoutAStatedTitle() {
        Entity putin002 = entity("002", single("002", "Vladimir Putin"));
        assertTrue(putin002.roles().isEmpty(), putin002.roles().toString());
    }

    @Test
    void descriptionsAndPronounsResolveToNamedActors() {
        ActorResolver resolver = new ActorResolver();
        Document d001 = DOCS.get("001");
        String desc = "The Russian chief of General Staff said";
        int at = TestDocs.offsetOf(d001, desc);
        Span chief = new Span(at, at + "The Russian chief of General Staff".length());
        assertEquals(single("001", "Gerasimov"), resolver.resolveDescription(d001, chief).orElseThrow());

        Document d002 = DOCS.get("002");
        String kremlin = "the Kremlin leader";
        int k = TestDocs.offsetOf(d002, kremlin);
        assertEquals(single("002", "Putin"), resolver.resolveDescription(d002, new Span(k, k + kremlin.length())).orElseThrow());

        Document d003 = DOCS.get("003");
        int he = TestDocs.offsetOf(d003, "with it,” he said") + "with it,” ".length();
        assertEquals(single("003", "Rogachev"), resolver.resolveDescription(d003, new Span(he, he + 2)).orElseThrow());

        String unknown = "the Syrian army";
        int u = TestDocs.offsetOf(d003, unknown);
        assertFalse(resolver.resolveDescription(d003, new Span(u, u + unknown.length())).isPresent());
    }

    @Test
    void eachDocumentListsEveryEntityOnce() {
        for (Document doc : DOCS.values()) {
            Set<String> labels = doc.entities().values().stream().map(e -> e.type() + e.label()).collect(Collectors.toSet());
            assertEquals(doc.entities().size(), labels.size(), doc.entities().keySet().toString());
        }
    }
}
