package org.claimgraph.actors.names;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class NerTokensTest {
    /** Cuts text at blanks, then splits a glued hyphen the way the English tokenizer does ("al" "-" "Assad"). */
    private static NerTokens cut(String text, String... pieces) {
        int[] starts = new int[pieces.length];
        int[] ends = new int[pieces.length];
        int at = 0;
        for (int i = 0; i < pieces.length; i++) {
            at = text.indexOf(pieces[i], at);
            starts[i] = at;
            at += pieces[i].length();
            ends[i] = at;
        }
        return NerTokens.of(text, starts, ends);
    }

    @Test
    void hyphenatedNamesAreOneTokenAndPossessivesAreSplit() {
        NerTokens t = cut("Bashar al-Assad's envoy met Jean-Claude at the U.N. today", "Bashar", "al", "-", "Assad's", "envoy", "met",
                "Jean", "-Claude", "at", "the", "U.N", ".", "today");
        assertArrayEquals(new String[] {"Bashar", "al-Assad", "'s", "envoy", "met", "Jean-Claude", "at", "the", "U.N.", "today"}, t.words);
        assertArrayEquals(new int[] {0, 7, 15, 18, 24, 28, 40, 43, 47, 52}, t.starts);
    }

    @Test
    void initialsWrittenTogetherAreOneTokenButADotBeforeLowerCaseIsNot() {
        NerTokens t = cut("President F.W. de Klerk spoke", "President", "F", ".W.", "de", "Klerk", "spoke");
        assertArrayEquals(new String[] {"President", "F.W.", "de", "Klerk", "spoke"}, t.words);
        NerTokens file = cut("Open B.docx now", "Open", "B", ".docx", "now");
        assertArrayEquals(new String[] {"Open", "B", ".docx", "now"}, file.words);
    }

    @Test
    void dashesBetweenWordsStayApart() {
        NerTokens t = cut("Moscow - Kyiv", "Moscow", "-", "Kyiv");
        assertArrayEquals(new String[] {"Moscow", "-", "Kyiv"}, t.words);
    }

    @Test
    void scoresAreOneTokenButSpacedDashesAreNot() {
        NerTokens t = cut("Norby won 5-2 , 3 - 1 overall", "Norby", "won", "5", "-", "2", ",", "3", "-", "1", "overall");
        assertArrayEquals(new String[] {"Norby", "won", "5-2", ",", "3", "-", "1", "overall"}, t.words);
    }

    @Test
    void aCreditIsCutAtItsSlashesButAcronymsAndNamesInProseAreNot() {
        NerTokens t = cut("REUTERS/Jana Kowalczyk/File Photo", "REUTERS/Jana", "Kowalczyk/", "File", "Photo");
        assertArrayEquals(new String[] {"REUTERS", "/", "Jana", "Kowalczyk", "/", "File", "Photo"}, t.words);
        assertArrayEquals(new int[] {0, 7, 8, 13, 22, 23, 28}, t.starts);
        NerTokens lead = cut("REUTERS/Jana Kowalczyk", "REUTERS", "/Jana", "Kowalczyk");
        assertArrayEquals(new String[] {"REUTERS", "/", "Jana", "Kowalczyk"}, lead.words);
        NerTokens kept = cut("RFE/RL and/or AC/DC a Reuters/Ipsos poll", "RFE/RL", "and/or", "AC/DC", "a", "Reuters/Ipsos", "poll");
        assertArrayEquals(new String[] {"RFE/RL", "and/or", "AC/DC", "a", "Reuters/Ipsos", "poll"}, kept.words);
    }

    @Test
    void aNameGluedToAModifierIsSplitOnlyAtAHyphenOfItsOwn() {
        NerTokens t = cut("Pro-Kremlin and US-led forces met Kremlin-backed rebels near Donetsk", "Pro", "-Kremlin", "and", "US", "-led", "forces",
                "met", "Kremlin", "-backed", "rebels", "near", "Donetsk");
        assertArrayEquals(new String[] {"Pro-Kremlin", "and", "US", "-led", "forces", "met", "Kremlin", "-backed", "rebels", "near", "Donetsk"},
                t.words);
    }
}
