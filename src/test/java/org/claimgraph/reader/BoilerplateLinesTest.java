package org.claimgraph.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;

import org.claimgraph.doc.ZoneKind;
import org.junit.jupiter.api.Test;

class BoilerplateLinesTest {
    private static ZonedPage page(String text) { return new ZonedPage(text, new ArrayList<>()); }

    @Test
    void appealsAreFoundAsWholePhrasesInAnyCase() {
        assertTrue(BoilerplateLines.isAppeal(page("Intro.\nWE HAVE A FAVOUR TO ASK: please give."), 0));
        assertTrue(BoilerplateLines.isAppeal(page("You can help by making a monthly donation today."), 0));
        assertFalse(BoilerplateLines.isAppeal(page("The dear readership of the paper grew."), 0));
        assertFalse(BoilerplateLines.isAppeal(page("Groups that support our journalists met."), 0), "journalists is not journalism");
    }

    @Test
    void shareButtonLinesAreFurniture() {
        ZonedPage p = page("Share | Tweet | E-mail\nShare this story\nShare the burden of taxes");
        assertTrue(BoilerplateLines.boilerplateLine(p, 0));
        assertTrue(BoilerplateLines.boilerplateLine(p, 1));
        assertFalse(BoilerplateLines.boilerplateLine(p, 2));
        assertEquals(ZoneKind.BOILERPLATE, p.kind[0]);
    }

    @Test
    void taglinesAndCopyrightLinesNameThePublisher() {
        ZonedPage tagline = page("Before it’s here, it’s on the Bloomberg Terminal.");
        assertTrue(BoilerplateLines.boilerplateLine(tagline, 0));
        assertEquals("Bloomberg", tagline.publisher);
        ZonedPage copyright = page("Copyright 2016 Daily Planet. All rights reserved.");
        assertTrue(BoilerplateLines.boilerplateLine(copyright, 0));
        assertEquals("Daily Planet", copyright.publisher);
    }
}
