package org.claimgraph.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class LanguageCheckTest {
    private final LanguageCheck check = new LanguageCheck();

    /** A table of scores: Spanish names and countries, with no word of English prose between them (read as Spanish before). */
    @Test
    void englishMadeOfNamesAndNumbersIsNotRefused() {
        String table = "GOLF - LEADING SCORES.\n68 Jose Maria Olazabal ( Spain ), Miguel Angel Jimenez ( Spain )\n"
                + "69 Santiago Luna ( Spain ), Ignacio Garrido ( Spain ), Jose Rivero ( Spain )\n"
                + "70 Pedro Linhart ( Spain ), Diego Borrego ( Spain ), Juan Quiros ( Spain ), Jesus Maria Arruti ( Spain )\n"
                + "71 Domingo Hospital ( Spain ), Jose Manuel Carriles ( Spain ), Francisco Cea ( Spain )\n"
                + "72 Ivo Giner ( Spain ), Alvaro Salto ( Spain )\n";
        assertNull(check.foreignLanguage(table));
    }

    @Test
    void proseInAnotherLanguageIsStillRefused() {
        String prose = "Die Bundesregierung hat am Montag beschlossen, die Hilfen für die betroffenen Regionen deutlich "
                + "aufzustocken. Wie ein Sprecher des Ministeriums mitteilte, sollen die Mittel noch in diesem Jahr "
                + "ausgezahlt werden. Die Opposition kritisierte, dass die Entscheidung viel zu spät komme und die "
                + "Gemeinden seit Wochen auf eine Antwort warteten.";
        assertEquals("deu", check.foreignLanguage(prose));
    }
}
