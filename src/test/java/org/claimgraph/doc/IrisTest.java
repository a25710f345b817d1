package org.claimgraph.doc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class IrisTest {
    @Test
    void slugsAreLowerCaseAsciiWordsJoinedByDashes() {
        assertEquals("sergei-lavrov", Iris.slug("Sergei Lavrov"));
        assertEquals("zoe-nunez-o-brien", Iris.slug("  Zoë Núñez-O’Brien!! "), "accents folded, other characters one dash, none at the ends");
        assertEquals("finance-ministry2", Iris.slug("ﬁnance Ministry²"), "compatibility forms folded");
        assertEquals(Iris.sha256("—").substring(0, 12), Iris.slug("—"), "no letter or digit: a hash");
    }
}
