package org.claimgraph.actors;

import static org.claimgraph.actors.TestDocs.entitiesOf;
import static org.claimgraph.doc.MentionType.LOCATION;
import static org.claimgraph.doc.MentionType.ORGANIZATION;
import static org.claimgraph.doc.MentionType.PERSON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.claimgraph.doc.Document;
import org.claimgraph.doc.Entity;
import org.claimgraph.doc.Iris;
import org.claimgraph.doc.MentionType;
import org.claimgraph.doc.Role;
import org.junit.jupiter.api.Test;

/** Invented news with names no list holds: the rules must carry them. */
class ActorResolverTest {
    private final ActorResolver resolver = new ActorResolver();

    private static String one(Document doc, String... texts) {
        Set<String> ids = new HashSet<>();
        for (String t : texts) {
            List<String> found = entitiesOf(doc, t);
            assertFalse(found.isEmpty(), "no mention " + t);
            ids.addAll(found);
        }
        assertEquals(1, ids.size(), List.of(texts) + " -> " + ids);
        return ids.iterator().next();
    }

    @Test
    void surnameAfterFullNameTitleAndPossessive() {
        String text = "ASTANA - Kazakhstan's Ministry of Water Resources appointed Deputy Minister Aigerim Suleimenova yesterday.\n"
                + "Suleimenova said the reservoirs near Ust-Kamenogorsk were low. Suleimenova's office in Ust-Kamenogorsk confirmed it.\n"
                + "Her colleague Nurlan Tokbergenov disagreed. Tokbergenov called the plan rushed.\n";
        Document doc = TestDocs.doc(text, TestDocs.names("Kazakhstan's", LOCATION, "Ministry of Water Resources", ORGANIZATION,
                "Aigerim Suleimenova", PERSON, "Suleimenova's", PERSON, "Suleimenova", PERSON, "Ust-Kamenogorsk", LOCATION,
                "Nurlan Tokbergenov", PERSON, "Tokbergenov", PERSON, "ASTANA", LOCATION));
        resolver.process(doc);
        String minister = one(doc, "Aigerim Suleimenova", "Suleimenova", "Suleimenova's");
        assertEquals(Iris.actor(PERSON, "Aigerim Suleimenova"), minister);
        assertNotEquals(minister, one(doc, "Nurlan Tokbergenov", "Tokbergenov"));
        String city = one(doc, "Ust-Kamenogorsk");
        Entity c = doc.entities().get(city);
        assertEquals(LOCATION, c.type());
        assertTrue(c.sameAs().isEmpty(), "unknown city: no Wikidata link invented");
        assertEquals(Iris.actor(LOCATION, "Kazakhstan"), one(doc, "Kazakhstan's"), "possessive stripped, list applied");
        assertEquals(Iris.actor(LOCATION, "Astana"), one(doc, "ASTANA"), "case does not matter for the list");

        List<Role> roles = doc.entities().get(minister).roles();
        assertEquals(1, roles.size(), roles.toString());
        assertEquals("Deputy Minister", roles.get(0).title());
        assertEquals("Deputy Minister", doc.slice(roles.get(0).span()));
        assertTrue(doc.entities().get(one(doc, "Nurlan Tokbergenov")).roles().isEmpty(), "'colleague' is no title");
    }

    @Test
    void twoPeopleSharingASurnameSplitByNearestFullName() {
        String text = "Ivan Petrenko, the mayor of Kostanay, spoke first. Petrenko promised repairs.\n"
                + "Later Olga Petrenko, a regional senator, answered. Petrenko said the money was gone.\n";
        Document doc = TestDocs.doc(text, TestDocs.names("Ivan Petrenko", PERSON, "Olga Petrenko", PERSON, "Petrenko", PERSON,
                "Kostanay", LOCATION));
        resolver.process(doc);
        List<String> surnames = entitiesOf(doc, "Petrenko");
        assertEquals(2, surnames.size());
        assertEquals(one(doc, "Ivan Petrenko"), surnames.get(0));
        assertEquals(one(doc, "Olga Petrenko"), surnames.get(1));
        Role mayor = doc.entities().get(one(doc, "Ivan Petrenko")).roles().get(0);
        assertEquals("mayor", mayor.title());
        assertEquals(one(doc, "Kostanay"), mayor.in(), "NAME, the TITLE of PLACE");
        Role senator = doc.entities().get(one(doc, "Olga Petrenko")).roles().get(0);
        assertEquals("senator", senator.title());
    }

    @Test
    void aDatelinePlaceIsNotItsAgency() {
        String text = "TORVIK (Nordpress) - Halvard Foods said its sales in Torvik fell.\n";
        Document doc = TestDocs.doc(text, TestDocs.names("TORVIK", LOCATION, "Nordpress", ORGANIZATION, "Halvard Foods", ORGANIZATION,
                "Torvik", LOCATION));
        resolver.process(doc);
        String place = one(doc, "TORVIK", "Torvik");
        assertEquals(LOCATION, doc.entities().get(place).type());
        assertNotEquals(place, one(doc, "Nordpress"), "place (agency): two actors");
    }

    @Test
    void acronymInParenthesesAndFromInitials() {
        String text = "The Tarbagatai People's Defence Militia (TPDM) seized two villages. TPDM fighters left at dawn.\n"
                + "A second group, the Northern Steppe Volunteer Brigade, denied any role, and an NSVB commander said so.\n"
                + "The Free Highlands group claimed the attack; Free Highlands has done so before.\n";
        Document doc = TestDocs.doc(text, TestDocs.names("Tarbagatai People's Defence Militia", ORGANIZATION, "TPDM", ORGANIZATION,
                "Northern Steppe Volunteer Brigade", ORGANIZATION, "NSVB", ORGANIZATION, "Free Highlands group", ORGANIZATION,
                "Free Highlands", ORGANIZATION));
        resolver.process(doc);
        String militia = one(doc, "Tarbagatai People's Defence Militia", "TPDM");
        assertEquals(Iris.actor(ORGANIZATION, "Tarbagatai People's Defence Militia"), militia, "the expansion names it, not the acronym");
        String brigade = one(doc, "Northern Steppe Volunteer Brigade", "NSVB");
        assertNotEquals(militia, brigade);
        assertEquals(Iris.actor(ORGANIZATION, "Free Highlands group"), one(doc, "Free Highlands group", "Free Highlands"));
    }

    @Test
    void slashedPairOfOneGroupsNamesIsThatGroup() {
        String text = "Officials blamed the Islamic State for the raid near Mosul. A militant of ISIL/Daesh was caught, "
                + "while a cell of AQAP/ISIS was also named.\n";
        Document doc = TestDocs.doc(text, TestDocs.names("Islamic State", ORGANIZATION, "ISIL/Daesh", ORGANIZATION,
                "AQAP/ISIS", ORGANIZATION, "Mosul", LOCATION));
        resolver.process(doc);
        assertEquals(one(doc, "Islamic State"), one(doc, "ISIL/Daesh"));
        assertNotEquals(one(doc, "Islamic State"), one(doc, "AQAP/ISIS"), "a pair naming two groups is neither");
    }

    @Test
    void acronymMatchingTwoExpansionsLinksToNeither() {
        String text = "The Central Election Commission and the Customs Enforcement Committee met. The CEC said nothing.\n";
        Document doc = TestDocs.doc(text, TestDocs.names("Central Election Commission", ORGANIZATION,
                "Customs Enforcement Committee", ORGANIZATION, "CEC", ORGANIZATION));
        resolver.process(doc);
        String cec = one(doc, "CEC");
        assertNotEquals(one(doc, "Central Election Commission"), cec);
        assertNotEquals(one(doc, "Customs Enforcement Committee"), cec);
    }

    @Test
    void countryLessShortFormJoinsTheOnlyCountrysMinistry() {
        String text = "The Kyrgyz Emergencies Ministry sent rescuers. The Emergencies Ministry later said 12 people died.\n";
        Document doc = TestDocs.doc(text, TestDocs.names("Kyrgyz Emergencies Ministry", ORGANIZATION, "Emergencies Ministry", ORGANIZATION));
        resolver.process(doc);
        assertEquals(Iris.actor(ORGANIZATION, "Kyrgyz Emergencies Ministry"), one(doc, "Kyrgyz Emergencies Ministry", "Emergencies Ministry"));
    }

    @Test
    void titleInsideTheMentionIsStrippedAndKeptAsRole() {
        String text = "Uzbek Foreign Minister Bakhtiyor Saidov met Turkmen Deputy Foreign Minister Vepa Hajiyev. Saidov left early.\n";
        Document doc = TestDocs.doc(text, TestDocs.names("Uzbek Foreign Minister Bakhtiyor Saidov", PERSON, "Saidov", PERSON,
                "Turkmen Deputy Foreign Minister Vepa Hajiyev", PERSON));
        resolver.process(doc);
        String saidov = one(doc, "Uzbek Foreign Minister Bakhtiyor Saidov", "Saidov");
        Entity e = doc.entities().get(saidov);
        assertEquals("Bakhtiyor Saidov", e.label());
        assertEquals(List.of(new Role("Foreign Minister", Iris.actor(LOCATION, "Uzbekistan"), e.roles().get(0).span())), e.roles());
        Entity h = doc.entities().get(one(doc, "Turkmen Deputy Foreign Minister Vepa Hajiyev"));
        assertEquals("Vepa Hajiyev", h.label());
        assertEquals("Deputy Foreign Minister", h.roles().get(0).title());
        assertEquals(Iris.actor(LOCATION, "Turkmenistan"), h.roles().get(0).in());
    }

    @Test
    void wellKnownAliasesAreOneActorAndPersonsNeverBecomePlaces() {
        String text = "Daesh and the Islamic State of Iraq and the Levant are one group. Jordan said so in Jordan.\n";
        Document doc = TestDocs.doc(text, TestDocs.names("Daesh", ORGANIZATION, "Islamic State of Iraq and the Levant", ORGANIZATION));
        int first = text.indexOf("Jordan said");
        int second = text.indexOf("Jordan.");
        doc.mentions().add(new org.claimgraph.doc.Mention(new org.claimgraph.doc.Span(first, first + 6), "Jordan", PERSON, 1));
        doc.mentions().add(new org.claimgraph.doc.Mention(new org.claimgraph.doc.Span(second, second + 6), "Jordan", LOCATION, 1));
        resolver.process(doc);
        assertEquals(Iris.actor(ORGANIZATION, "Islamic State"), one(doc, "Daesh", "Islamic State of Iraq and the Levant"));
        List<String> jordans = entitiesOf(doc, "Jordan");
        assertEquals(Iris.actor(LOCATION, "Jordan"), jordans.get(1));
        // A first name alone that no one else names: a person of this document ("jordan--test").
        assertEquals(Iris.documentActor(PERSON, "Jordan", doc.id()), jordans.get(0));
    }

    @Test
    void aSurnameOnTheListYieldsToTheDocumentsOwnFullName() {
        String text = "Deputy Prime Minister Aibek Kerry visited Aktobe. Kerry said the plant would reopen.\n";
        Document doc = TestDocs.doc(text, TestDocs.names("Aibek Kerry", PERSON, "Kerry", PERSON, "Aktobe", LOCATION));
        resolver.process(doc);
        assertEquals(Iris.actor(PERSON, "Aibek Kerry"), one(doc, "Aibek Kerry", "Kerry"));
        assertTrue(doc.entities().get(one(doc, "Kerry")).sameAs().isEmpty());
    }

    @Test
    void directoryLinksASurnameToAnActorOfAnEarlierDocument() {
        InMemoryActorDirectory directory = new InMemoryActorDirectory();
        ActorResolver withStore = new ActorResolver(directory);
        Document first = TestDocs.doc("Regional governor Daulet Abenov opened the bridge.\n",
                TestDocs.names("Daulet Abenov", PERSON));
        withStore.process(first);
        Document later = TestDocs.doc("Abenov did not comment.\n", TestDocs.names("Abenov", PERSON));
        withStore.process(later);
        assertEquals(one(first, "Daulet Abenov"), one(later, "Abenov"));
        assertEquals("governor", first.entities().get(one(first, "Daulet Abenov")).roles().get(0).title());

        Document alone = TestDocs.doc("Abenov did not comment.\n", TestDocs.names("Abenov", PERSON));
        resolver.process(alone);
        assertEquals(Iris.actor(PERSON, "Abenov"), one(alone, "Abenov"), "without a directory the surname stands alone");
    }

    @Test
    void aFullNameLaterJoinsThePersonAnEarlierDocumentNamedBySurnameOnly() {
        InMemoryActorDirectory directory = new InMemoryActorDirectory();
        ActorResolver withStore = new ActorResolver(directory);
        Document first = TestDocs.doc("Abenov did not comment.\n", TestDocs.names("Abenov", PERSON));
        withStore.process(first);
        Document later = TestDocs.doc("Regional governor Daulet Abenov opened the bridge.\n",
                TestDocs.names("Daulet Abenov", PERSON));
        withStore.process(later);
        assertEquals(one(first, "Abenov"), one(later, "Daulet Abenov"));

        Document another = TestDocs.doc("Her sister Aliya Abenova and Marat Abenov spoke.\n",
                TestDocs.names("Aliya Abenova", PERSON, "Marat Abenov", PERSON));
        withStore.process(another);
        assertNotEquals(one(first, "Abenov"), one(another, "Marat Abenov"), "a second full name with the surname is someone else");
    }

    @Test
    void directoryAnswersNothingForASharedSurname() {
        InMemoryActorDirectory directory = new InMemoryActorDirectory();
        ActorResolver withStore = new ActorResolver(directory);
        withStore.process(TestDocs.doc("Marat Seitkali spoke.\n", TestDocs.names("Marat Seitkali", PERSON)));
        withStore.process(TestDocs.doc("Aliya Seitkali spoke.\n", TestDocs.names("Aliya Seitkali", PERSON)));
        assertTrue(directory.lookup(PERSON, "Seitkali").isEmpty());
        assertEquals(Iris.actor(PERSON, "Marat Seitkali"), directory.lookup(PERSON, "Marat Seitkali").orElseThrow());
    }

    @Test
    void rolesNeedAName() {
        String text = "A ministry spokesman declined to comment, and the head of the agency was away.\n";
        Document doc = TestDocs.doc(text, TestDocs.names());
        resolver.process(doc);
        assertTrue(doc.entities().isEmpty());
        assertNull(resolver.resolveDescription(doc, new org.claimgraph.doc.Span(2, 27)).orElse(null));
    }

    /** The text with these persons' mentions, through the resolver without a directory. */
    private Document persons(String text, String... names) {
        Map<String, MentionType> typed = new LinkedHashMap<>();
        for (String name : names) typed.put(name, PERSON);
        Document doc = TestDocs.doc(text, typed);
        resolver.process(doc);
        return doc;
    }

    @Test
    void aFirstNameAloneJoinsTheOnePersonOfTheDocumentWhoHasIt() {
        Document doc = persons("Governor Tamsin Okoro toured the dam. Tamsin waved to the crowd.\n", "Tamsin Okoro", "Tamsin");
        assertEquals(Iris.actor(PERSON, "Tamsin Okoro"), one(doc, "Tamsin Okoro", "Tamsin"));

        Document two = persons("Tamsin Okoro and Tamsin Varga toured the dam. Tamsin waved to the crowd.\n",
                "Tamsin Okoro", "Tamsin Varga", "Tamsin");
        String alone = one(two, "Tamsin");
        assertNotEquals(one(two, "Tamsin Okoro"), alone, "two people hold the first name");
        assertNotEquals(one(two, "Tamsin Varga"), alone);
    }

    @Test
    void aNameWithOrWithoutItsMiddleNameIsOnePerson() {
        Document doc = persons("Aslan Bekovich Orazov, the regional head, met Ilse R. Varga. Aslan Orazov spoke first; "
                + "R. Varga and Ilse Varga's aides answered. Orazov left.\n",
                "Aslan Bekovich Orazov", "Aslan Orazov", "Orazov", "Ilse R. Varga", "R. Varga", "Ilse Varga's");
        String orazov = one(doc, "Aslan Bekovich Orazov", "Aslan Orazov", "Orazov");
        assertEquals(Iris.actor(PERSON, "Aslan Bekovich Orazov"), orazov);
        assertEquals("Aslan Bekovich Orazov", doc.entities().get(orazov).label());
        assertEquals(Iris.actor(PERSON, "Ilse R. Varga"), one(doc, "Ilse R. Varga", "R. Varga", "Ilse Varga's"));

        Document two = persons("Ilse A. Varga and Ilse B. Varga sued. Ilse Varga lost.\n", "Ilse A. Varga", "Ilse B. Varga", "Ilse Varga");
        assertNotEquals(one(two, "Ilse A. Varga"), one(two, "Ilse B. Varga"));
        assertNotEquals(one(two, "Ilse A. Varga"), one(two, "Ilse Varga"), "the shorter name fits both");
        assertNotEquals(one(two, "Ilse B. Varga"), one(two, "Ilse Varga"));
    }

    /** A one-line document naming one person, through {@code r}. */
    private static Document processed(ActorResolver r, String text, String person) {
        Document doc = TestDocs.doc(text, TestDocs.names(person, PERSON));
        r.process(doc);
        return doc;
    }

    @Test
    void directoryJoinsAFirstNameOrAShorterNameToTheOneKnownPerson() {
        InMemoryActorDirectory directory = new InMemoryActorDirectory();
        ActorResolver r = new ActorResolver(directory);
        String serikbay = one(processed(r, "Regional governor Daulet K. Serikbay opened the bridge.\n", "Daulet K. Serikbay"),
                "Daulet K. Serikbay");
        Document shorter = processed(r, "Daulet Serikbay did not comment.\n", "Daulet Serikbay");
        assertEquals(serikbay, one(shorter, "Daulet Serikbay"));
        assertEquals("Daulet K. Serikbay", shorter.entities().get(serikbay).label(), "the fullest label the corpus knows");
        assertTrue(shorter.entities().get(serikbay).aliases().contains("Daulet Serikbay"));
        assertEquals(serikbay, one(processed(r, "Daulet did not comment.\n", "Daulet"), "Daulet"));

        processed(r, "Daulet M. Serikbay, his cousin, spoke.\n", "Daulet M. Serikbay");
        processed(r, "Daulet Amanov spoke.\n", "Daulet Amanov");
        assertTrue(directory.lookup(PERSON, "D. Serikbay").isEmpty(), "two known people fit it");
        assertTrue(directory.lookup(PERSON, "Daulet").isEmpty(), "two known people have the first name");
        assertNotEquals(serikbay, directory.lookup(PERSON, "Daulet M. Serikbay").orElseThrow());
    }

    /** A one-line document of its own id naming one person, through {@code r}. */
    private static Document processed(ActorResolver r, String id, String text, String person) {
        Document doc = TestDocs.withMentions(TestDocs.analyzed(id, text), TestDocs.names(person, PERSON));
        r.process(doc);
        return doc;
    }

    @Test
    void aFirstNameAloneThatNoOnePersonOfTheCorpusHoldsIsAnActorOfItsDocumentOnly() {
        ActorResolver r = new ActorResolver(new InMemoryActorDirectory());
        String first = one(processed(r, "doc-1", "Maria spoke to the harbour workers.\n", "Maria"), "Maria");
        String second = one(processed(r, "doc-2", "Maria answered questions on Monday.\n", "Maria"), "Maria");
        assertNotEquals(first, second, "another article's Maria may be someone else");
        String ostrova = one(processed(r, "doc-3", "Maria Ostrova won the vote.\n", "Maria Ostrova"), "Maria Ostrova");
        assertEquals(ostrova, one(processed(r, "doc-4", "Maria thanked the voters.\n", "Maria"), "Maria"),
                "the one Maria the corpus names in full, not an earlier article's lone Maria");
        // A title names a person by first name alone as such: "Princess Alina" is one person across articles.
        String alina = one(processed(r, "doc-5", "Princess Alina opened the hospital.\n", "Alina"), "Alina");
        assertEquals(alina, one(processed(r, "doc-6", "Princess Alina left for Oslo.\n", "Alina"), "Alina"));
    }

    @Test
    void directoryJoinsAFullerNameToTheOneKnownShorterOne() {
        ActorResolver r = new ActorResolver(new InMemoryActorDirectory());
        String nurlan = one(processed(r, "Nurlan Abishev spoke.\n", "Nurlan Abishev"), "Nurlan Abishev");
        assertEquals(nurlan, one(processed(r, "Nurlan T. Abishev spoke.\n", "Nurlan T. Abishev"), "Nurlan T. Abishev"));
        assertNotEquals(nurlan, one(processed(r, "Nurlan S. Abishev spoke.\n", "Nurlan S. Abishev"), "Nurlan S. Abishev"),
                "the known person is Nurlan T.");
    }

    @Test
    void aPersonNamedInFullIsNotFoundByTheSurnameItSharesWithAnother() {
        ActorResolver r = new ActorResolver(new InMemoryActorDirectory());
        String veronica = one(processed(r, "Veronica Saltz spoke.\n", "Veronica Saltz"), "Veronica Saltz");
        Document later = TestDocs.doc("Ted Saltz voted no. Saltz said the bill was rushed.\n",
                TestDocs.names("Ted Saltz", PERSON, "Saltz", PERSON));
        r.process(later);
        assertNotEquals(veronica, one(later, "Ted Saltz", "Saltz"));
        assertEquals("Ted Saltz", later.entities().get(one(later, "Ted Saltz")).label());
    }
}
