package org.claimgraph.actors.names;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;

import opennlp.tools.util.Span;
import org.claimgraph.doc.Document;
import org.claimgraph.language.LanguageAnalyzer;
import org.junit.jupiter.api.Test;

/** Each finder alone, on the sentences its rule is for and on one it must leave alone. */
class NameFindersTest {
    private static final LanguageAnalyzer ANALYZER = new LanguageAnalyzer();

    /** The first sentence of {@code text}, cut as the pipeline cuts it (part-of-speech tags included). */
    private static NerTokens sentence(String text) {
        Document doc = new Document("t", text);
        ANALYZER.process(doc);
        return NerTokens.of(text, doc.sentences().get(0).tokens());
    }

    /** What {@code finder} finds in {@code text}, as "type:words". */
    private static List<String> found(SentenceNameFinder finder, String text) {
        NerTokens nt = sentence(text);
        return Arrays.stream(finder.find(nt)).map(s -> s.getType() + ":" + words(nt, s)).toList();
    }

    private static String words(NerTokens nt, Span s) { return String.join(" ", Arrays.copyOfRange(nt.words, s.getStart(), s.getEnd())); }

    @Test
    void titledPersonsStartAfterTheTitle() {
        TitledPersonFinder f = new TitledPersonFinder();
        assertEquals(List.of("person:Oyelaran Bakhtiyorov"), found(f, "Deputy Foreign Minister Oyelaran Bakhtiyorov arrived on Monday."));
        assertEquals(List.of("person:Jules Marot"), found(f, "Frenchman Jules Marot scored twice."));
        assertEquals(List.of(), found(f, "The minister arrived on Monday."));
        // A demonym before a title is no person's: "Defence" belongs to "Defence Minister".
        assertEquals(List.of("person:Volmar Ruesch"), found(f, "German Defence Minister Volmar Ruesch will visit Israel."));
    }

    @Test
    void givenNamesOpenAPersonsName() {
        GivenNamePersonFinder f = new GivenNamePersonFinder();
        assertEquals(List.of("person:Olusegun Adeyemi"), found(f, "The talks were led by Olusegun Adeyemi on Monday."));
        assertEquals(List.of(), found(f, "The talks were led by Zorbanian Adeyemi on Monday."));
    }

    @Test
    void organizationsAreBuiltAroundHeadWordsWithoutThePersonBefore() {
        OrganizationHeadFinder f = new OrganizationHeadFinder();
        assertEquals(List.of("organization:Duke University"), found(f, "Ashutosh Kotwal of Duke University said so."));
        assertEquals(List.of("organization:Ministry of Fisheries of Tonga"), found(f, "He said the Ministry of Fisheries of Tonga agreed."));
        assertEquals(List.of(), found(f, "Police said the road was closed."));
    }

    @Test
    void companiesNextToARoleOrAKind() {
        CompanyFinder f = new CompanyFinder();
        assertEquals(List.of("organization:Velmoraq"), found(f, "Velmoraq general manager Tamas Orlik resigned on Friday."));
        assertEquals(List.of("organization:Kestrel Systems AB"), found(f, "Shares of the telecoms group Kestrel Systems AB fell."));
        assertEquals(List.of(), found(f, "The general manager resigned on Friday."));
    }

    @Test
    void placesAfterAPlaceNoun() {
        PlaceNounFinder f = new PlaceNounFinder();
        assertEquals(List.of("location:Zenovac"), found(f, "A blast damaged a school in the town of Zenovac on Friday."));
        assertEquals(List.of(), found(f, "Students of the city of Kestrel University protested."));
    }

    @Test
    void particlesJoinAPersonsName() {
        ParticleNameFinder f = new ParticleNameFinder();
        assertEquals(List.of("person:Henrik van der Vaart"), found(f, "The mediator, Henrik van der Vaart, met the envoy."));
        assertEquals(List.of(), found(f, "The envoy flew to Rio de Janeiro on Monday."));
    }

    @Test
    void datelinesNameAPlace() {
        DatelineFinder f = new DatelineFinder();
        assertEquals(List.of("location:TRAVNIK"), found(f, "TRAVNIK, Bosnia 2024-03-01 A blast damaged a school."));
        assertEquals(List.of("location:DUNMERE"), found(f, "DUNMERE (Reuters) - The strike ended on Friday."));
        assertEquals(List.of(), found(f, "NEW RULES apply from today."));
    }

    @Test
    void initialsBeforeASurname() {
        InitialedPersonFinder f = new InitialedPersonFinder();
        assertEquals(List.of(new Span(2, 4, "person")), List.of(f.find(new String[] {"Runs", "by", "A.J.", "Marrow", "and", "others"})));
        assertEquals(List.of(), found(f, "Troops from the U.S. Army arrived."));
        // Not "J. Trump": the given name before a middle initial is part of the name.
        assertEquals(List.of("person:Donald J. Trump"), found(f, "The rally for Donald J. Trump was loud."));
    }

    @Test
    void theGazetteerFindsListedNamesLongestFirst() {
        GazetteerNameFinder f = new GazetteerNameFinder();
        assertEquals(List.of("location:South Africa", "location:Moscow"), found(f, "South Africa sent envoys to Moscow."));
    }

    @Test
    void acronymsIncludingSlashedOnesAreOrganizations() {
        AcronymFinder f = new AcronymFinder();
        assertEquals(List.of("organization:RFE/RL", "organization:OSCE"), found(f, "The report by RFE/RL cited the OSCE and the CEO."));
        assertEquals(List.of(), found(f, "THE OSCE MET ON MONDAY."));
    }

    @Test
    void theModelDropsListedNonNamesAtTheEdges() {
        ModelNameFinder f = new ModelNameFinder();
        assertEquals(List.of("person:Maria Lindqvist"), found(f, "Avatar Maria Lindqvist says the council has not answered."));
    }

    @Test
    void wordsAloneAreFoundAsOpenNlpFindersFindThem() {
        Span[] spans = new TitledPersonFinder().find(new String[] {"Foreign", "Minister", "Sergei", "Lavrov", "spoke", "."});
        assertEquals(List.of(new Span(2, 4, "person")), List.of(spans));
    }
}
