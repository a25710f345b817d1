package org.claimgraph.actors.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import opennlp.tools.util.Span;
import org.claimgraph.doc.MentionType;
import org.junit.jupiter.api.Test;

class NameCombinerTest {
    private static final String[] WORDS = {"The", "Kestrel", "Bank", "of", "Norby", "said", "so", "."};

    /** A finder that always finds the same spans: what the combiner does with them is under test here. */
    private record Fixed(Span... spans) implements SentenceNameFinder {
        @Override
        public Span[] find(NerTokens sentence) { return spans; }
    }

    private static List<String> merged(List<List<SentenceNameFinder>> tiers) {
        NerTokens nt = NerTokens.ofWords(WORDS);
        List<List<NameCombiner.Found>> found = new NameCombiner(tiers).find(List.of(new NameCombiner.NameSentence(nt, false)));
        return found.get(0).stream().map(f -> f.type() + ":" + f.from() + "-" + f.to()).toList();
    }

    private static final Fixed SHORT_ORG = new Fixed(new Span(1, 3, "organization"));
    private static final Fixed LONG_ORG = new Fixed(new Span(1, 5, "organization"));
    private static final Fixed PLACE = new Fixed(new Span(4, 5, "location"));

    @Test
    void anEarlierTierWinsOverALongerName() {
        assertEquals(List.of("ORGANIZATION:1-3", "LOCATION:4-5"), merged(List.of(List.of(SHORT_ORG), List.of(LONG_ORG, PLACE))));
    }

    @Test
    void withinATierTheLongerNameWins() {
        assertEquals(List.of("ORGANIZATION:1-5"), merged(List.of(List.of(SHORT_ORG, PLACE, LONG_ORG))));
    }

    @Test
    void equalLengthsGoToTheFinderListedFirst() {
        Fixed person = new Fixed(new Span(1, 3, "person"));
        assertEquals(List.of("PERSON:1-3"), merged(List.of(List.of(person, SHORT_ORG))));
        assertEquals(List.of("ORGANIZATION:1-3"), merged(List.of(List.of(SHORT_ORG, person))));
    }

    @Test
    void aMiscNameHoldsItsWordsAndIsDropped() {
        Fixed misc = new Fixed(new Span(1, 3, NameModel.MISC));
        assertEquals(List.of("LOCATION:4-5"), merged(List.of(List.of(misc, SHORT_ORG, PLACE))));
        assertEquals(List.of("ORGANIZATION:1-5"), merged(List.of(List.of(misc, LONG_ORG))));
    }

    @Test
    void everyFinderHasANameAndUnknownNamesAreRefused() {
        List<String> names = NameCombiner.finderNames();
        assertTrue(names.containsAll(List.of("model", "gazetteer", "acronyms", "titled-persons")), names.toString());
        assertThrows(IllegalArgumentException.class, () -> NameCombiner.alone("sports-results"));
        assertEquals(MentionType.LOCATION, NameModel.typeOf(NameModel.typeName(MentionType.LOCATION)));
    }
}
