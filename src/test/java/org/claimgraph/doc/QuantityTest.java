package org.claimgraph.doc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class QuantityTest {
    private static Quantity counting(String counted) {
        return new Quantity(new Span(0, 1), "1", 1.0, null, null, null, Quantity.Bound.EXACTLY, counted);
    }

    @Test
    void theHeadIsTheLastWordBeforeWhatQualifiesIt() {
        assertEquals("members", counting("members of illegal armed units").countedHead());
        assertEquals("citizens", counting("Russian citizens").countedHead());
        assertEquals("barrels", counting("barrels a day").countedHead());
        assertEquals("refugees", counting("Sudanese refugees who crossed into Chad").countedHead());
        assertNull(counting(null).countedHead());
        assertNull(counting("of").countedHead());
    }
}
