package org.claimgraph.assertions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.claimgraph.doc.Sentence;
import org.claimgraph.doc.Span;
import org.claimgraph.doc.Token;
import org.claimgraph.doc.ZoneKind;
import org.junit.jupiter.api.Test;

/** Sentences cut after an abbreviation are joined again: titles from the one title list, other abbreviations from its own. */
class SentenceRepairTest {
    @Test
    void aCutAfterAListedTitleOrAbbreviationIsJoinedAndAFullStopIsNot() {
        assertEquals(1, units("The case went to Insp. Tamsin Okoro on Monday.", "Insp.").size(), "'insp.' comes from the title list");
        assertEquals(1, units("The firm Quarrow Corp. Chief Ola Brandt said no.", "Corp.").size(), "'corp' is no title");
        assertEquals(2, units("The case went to the inspector. Tamsin Okoro agreed.", "inspector.").size());
    }

    @Test
    void aMonthAbbreviatedBeforeItsDayEndsNoSentence() {
        assertEquals(1, units("Sales through Jan. 1, 2015, a new audit shows, fell.", "Jan.").size());
        assertEquals(2, units("Sales fell in January. 1,200 stores closed.", "January.").size());
    }

    /** The text's sentences as the detector might cut them, after {@code cutAfter}, then repaired. */
    private static List<Sentence> units(String text, String cutAfter) {
        int cut = text.indexOf(cutAfter) + cutAfter.length();
        List<Sentence> sentences = List.of(sentence(0, text, 0, cut), sentence(1, text, cut + 1, text.length()));
        return SentenceRepair.units(text, sentences);
    }

    private static Sentence sentence(int index, String text, int from, int to) {
        List<Token> tokens = new ArrayList<>();
        int i = from;
        while (i < to) {
            int start = i;
            while (i < to && text.charAt(i) != ' ') i++;
            int end = i;
            // a sentence's final full stop is a token of its own, as the tokenizer cuts it
            if (end == to && text.charAt(end - 1) == '.' && end - start > 1) {
                tokens.add(new Token(new Span(start, end - 1), text.substring(start, end - 1), "X", "x"));
                tokens.add(new Token(new Span(end - 1, end), ".", "PUNCT", "."));
            } else {
                tokens.add(new Token(new Span(start, end), text.substring(start, end), "X", "x"));
            }
            i++;
        }
        return new Sentence(index, new Span(from, to), tokens, ZoneKind.BODY);
    }
}
