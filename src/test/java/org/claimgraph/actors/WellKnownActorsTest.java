package org.claimgraph.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.claimgraph.doc.MentionType;
import org.junit.jupiter.api.Test;

class WellKnownActorsTest {
    @Test
    void listIsLargeAndEveryQidIsWellFormedAndUsedOnce() throws IOException {
        WellKnownActors list = WellKnownActors.shared();
        assertTrue(list.size() > 500, "rows: " + list.size());
        String tsv;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(WellKnownActors.RESOURCE)) {
            tsv = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Map<String, String> seen = new HashMap<>();
        for (String line : tsv.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split("\t", -1);
            assertTrue(f[0].isEmpty() || f[0].matches("Q[1-9][0-9]*"), line);
            if (!f[0].isEmpty()) {
                String before = seen.put(f[0], f[2]);
                assertEquals(null, before, f[0] + " given to both " + before + " and " + f[2]);
            }
        }
    }

    @Test
    void aliasesDemonymsAndTypes() {
        WellKnownActors list = WellKnownActors.shared();
        assertEquals("United States", list.find(MentionType.LOCATION, "the U.S.").orElseThrow().label());
        assertEquals("United States", list.find(MentionType.ORGANIZATION, "US").orElseThrow().label(), "place/org confusion tolerated");
        assertTrue(list.find(MentionType.PERSON, "Russia").isEmpty());
        assertEquals("Italy", list.country("Italian").orElseThrow().label());
        assertEquals("Russia", list.country("Kremlin").orElseThrow().label());
        assertEquals("Russia", list.country("Russia’s").orElseThrow().label());
        assertEquals("Islamic State", list.find(MentionType.ORGANIZATION, "ISIL").orElseThrow().label());
        assertEquals("Recep Tayyip Erdoğan", list.find(MentionType.PERSON, "Erdogan").orElseThrow().label(), "accents folded");
        assertEquals("http://www.wikidata.org/entity/Q159", list.find(MentionType.LOCATION, "Russian Federation").orElseThrow().wikidata().orElseThrow());
    }

    @Test
    void aPersonsShorterOrFullerNameIsTheListedPerson() {
        WellKnownActors list = WellKnownActors.shared();
        assertEquals("Recep Tayyip Erdoğan", list.person(Names.words("Recep Erdogan")).orElseThrow().label());
        assertEquals("Recep Tayyip Erdoğan", list.person(Names.words("T. Erdogan")).orElseThrow().label(), "an initial of a middle name");
        assertEquals("Hillary Clinton", list.person(Names.words("H. Clinton")).orElseThrow().label(), "not Bill Clinton");
        assertTrue(list.person(Names.words("Emine Erdogan")).isEmpty(), "another person of that surname");
        assertTrue(list.person(Names.words("Recep Erdogan Jr.")).isEmpty(), "a son");
    }
}
