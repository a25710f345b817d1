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

    /** Languages that share short words with English ("by", "of", "will", "her") are still asked about. */
    @Test
    void proseSharingShortWordsWithEnglishIsRefused() {
        String dutch = "De regering heeft maandag besloten de steun voor de getroffen gemeenten te verhogen. Volgens een "
                + "woordvoerder van het ministerie wordt het geld nog dit jaar uitgekeerd. De oppositie vond dat het besluit "
                + "veel te laat kwam en dat de gemeenten al weken op een antwoord wachtten, of dat er meer geld komt.";
        assertEquals("nld", check.foreignLanguage(dutch));
        String danish = "Regeringen har besluttet at hæve støtten til de ramte kommuner, og ministeren sagde i går, at pengene "
                + "vil blive udbetalt inden årets udgang. Oppositionen kritiserede, at beslutningen kommer alt for sent, og "
                + "at borgerne har ventet i flere uger på et svar. Her er det ikke nok, sagde han til avisen i byen.";
        assertEquals("dan", check.foreignLanguage(danish));
    }

    @Test
    void englishProseIsAccepted() {
        String prose = "The council said on Monday that it would raise the aid for the towns that were flooded last month, "
                + "and a spokesman for the ministry said the money would be paid before the end of the year. The "
                + "opposition said the decision came far too late and that the mayors had waited for weeks.";
        assertNull(check.foreignLanguage(prose));
    }
}
