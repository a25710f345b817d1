package org.claimgraph.assertions;

import static org.claimgraph.assertions.Attributions.assertAttribution;
import static org.claimgraph.assertions.Attributions.byCue;
import static org.claimgraph.assertions.Attributions.extract;
import static org.claimgraph.assertions.Attributions.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.claimgraph.doc.Assertion;
import org.claimgraph.doc.Factuality;
import org.claimgraph.doc.Factuality.Certainty;
import org.claimgraph.doc.Factuality.Polarity;
import org.claimgraph.doc.Factuality.Time;
import org.junit.jupiter.api.Test;

/** Attributions found where the tagger or the lemmatizer errs: verbs taken for nouns, names for verbs, headlines. */
class MistaggedWordsTest {
    @Test
    void reportingParticipleTheTaggerTookForAnAdjective() {
        // "was announced/ADJ last month that": after "be", before its date, clause or agent, the verb's participle
        Assertion a = byCue("It was announced last month that the ferry service would end.", "announced");
        assertEquals("that the ferry service would end", a.contentText());
        // negative: a participle that reports nothing stays what it was
        assertTrue(extract("The ferry terminal was closed last month.").isEmpty());
    }

    @Test
    void reportingVerbTheTaggerTookForANoun() {
        Assertion a = byCue("The city council plans to rebuild the old harbor bridge by 2030.", "plans");
        assertEquals("The city council", source(a));
        assertEquals("to rebuild the old harbor bridge by 2030", a.contentText());
        Assertion spoke = byCue("Chief Inspector Anna B. Kowalski Jr. spoke of the long decline of the fishing fleet.", "spoke of");
        assertTrue(source(spoke).endsWith("Kowalski Jr."));
        assertTrue(spoke.contentText().startsWith("the long decline"));
    }

    @Test
    void reportingVerbAfterAModalTheTaggerTookForAnAdjective() {
        // "would reveal/ADJ": a base form after a modal is a verb
        assertAttribution("The inquiry would reveal serious failures in the harbor office.", "reveal", "The inquiry",
                "serious failures in the harbor office");
        // after no modal, the word stays a noun
        assertTrue(extract("The show's big reveal came at the end.").isEmpty());
    }

    @Test
    void gerundAfterByTheTaggerTookForAnAdjective() {
        // "by emphasizing/ADJ economic fairness": the gerund of a reporting verb after "by"
        assertAttribution("She started off by emphasizing economic fairness.", "emphasizing", "She", "economic fairness");
        // an adjective in -ing that is no reporting verb stays one
        assertTrue(extract("The harbor budget grew by staggering amounts.").isEmpty());
    }

    @Test
    void planTheTaggerTookForANounHandsOnTheReport() {
        // "plans/NOUN to declare": after its subject, the verb of planning, whose infinitive is the cue
        Assertion a = byCue("The electoral commission plans to declare on Monday that the count was fair.", "declare");
        assertEquals("The electoral commission", source(a));
        assertEquals(new Factuality(Certainty.PROBABLE, Polarity.POSITIVE, Time.FUTURE), a.factuality());
        // the plans of someone: a noun, and no one declares anything
        assertTrue(extract("Its plans to declare a national holiday were praised by the unions.").stream()
                .noneMatch(x -> x.cue().text().equals("declare")));
        assertTrue(extract("The commission's plans to declare a national holiday were praised.").stream()
                .noneMatch(x -> x.cue().text().equals("declare")));
    }

    @Test
    void reportingVerbWhoseLemmaTheLemmatizerCut() {
        // "declare/VERB/declar": the word itself is the lemma the lexicon knows
        Assertion a = byCue("The tribunal will declare that the ballot was void.", "declare");
        assertEquals("The tribunal", source(a));
        assertEquals("that the ballot was void", a.contentText());
        assertEquals(new Factuality(Certainty.CERTAIN, Polarity.POSITIVE, Time.FUTURE), a.factuality());
        // declaring a thing, not a report
        assertTrue(extract("The tribunal will declare a recess.").isEmpty());
    }

    @Test
    void adjectiveBetweenAuxiliaryAndCueIsAnAdverb() {
        assertAttribution("Local officials have long claimed that the subsidy is too small.", "claimed", "Local officials", "that the subsidy is too small");
        // an adjective after "were" that is the predicate, a comma before the cue
        assertAttribution("The figures were wrong, the auditor said.", "said", "the auditor", "The figures were wrong");
    }

    @Test
    void titleCaseHeadline() {
        Assertion a = byCue("New Survey Shows Sharp Drop In Rural Broadband Prices", "Shows");
        assertEquals("New Survey", source(a));
        assertEquals("Sharp Drop In Rural Broadband Prices", a.contentText());
    }

    @Test
    void headlinesWithAnInfinitive() {
        assertAttribution("Governor Vows To Eliminate Tax Breaks For Developers\n", "Vows", "Governor", "To Eliminate Tax Breaks For Developers");
        assertAttribution("Smith Urges Voters To Reject New Tax\n", "Urges", "Smith", "To Reject New Tax");
        assertAttribution("Mayor urges residents to leave the coast\n", "urges", "Mayor", "to leave the coast");
        assertTrue(extract("Union Travels To Ohio For Talks With Farmers\n").isEmpty());
        assertTrue(extract("His urges to smoke returned after the election.\n").isEmpty());
    }

    @Test
    void reportingVerbInSAfterAName() {
        assertAttribution("Lindqvist notes they were hired before the merger.", "notes", "Lindqvist",
                "they were hired before the merger");
        assertAttribution("Okafor argues that the tariff will hurt farmers.", "argues", "Okafor", "that the tariff will hurt farmers");
        // "notes" as a noun after a name
        assertTrue(extract("The Lindqvist notes were sold at auction.").isEmpty());
    }

    @Test
    void attitudeAfterAContractedNegation() {
        assertAttribution("The farmers weren't sure about the new rules.", "sure", "The farmers", "the new rules");
    }

    @Test
    void reportingGerundAfterAPreposition() {
        String text = "The mayor opened the meeting by saying the budget was balanced.";
        Assertion saying = byCue(text, "saying");
        assertEquals("The mayor", source(saying));
        assertEquals(text.indexOf("the budget"), saying.contentParts().get(0).span().start());
        assertEquals("the budget was balanced", saying.contentText());
        // "for saying": the one praised or blamed said it, not the subject
        assertTrue(extract("The coach praised the striker for saying the team needed more training.").stream()
                .noneMatch(a -> a.cue().text().equals("saying")));
    }

    @Test
    void inflectionsTheLemmatizerLeavesAlone() {
        assertAttribution("Regulators worried that the bank could fail.", "worried", "Regulators", "that the bank could fail");
        assertAttribution("The union is warning members that the talks could fail.", "warning", "The union", "that the talks could fail");
        assertAttribution("Said Jones: “We will not give up.”", "Said", "Jones", "We will not give up.");
        assertAttribution("The mayor has often cited the flood report as grounds for the levy.", "cited", "The mayor",
                "the flood report as grounds for the levy");
        assertAttribution("Police identified the driver as a local teacher.", "identified", "Police", "the driver as a local teacher");
    }

    @Test
    void aVerbKnownOnlyByItsPrepositionIsANounBeforeThat() {
        Assertion a = byCue("The president leaves a raft of new emissions rules that promise to transform the economy.", "promise");
        assertEquals("a raft of new emissions rules", source(a));
        // negative: "rules against" is still the verb with its preposition
        assertEquals("The court", source(byCue("The court rules against the city in the zoning case.", "rules against")));
    }

    @Test
    void aClauseOpenedByANounTheTaggerTookForAVerb() {
        Assertion a = byCue("Trump said praise from the governor would not change his vote.", "said");
        assertEquals("praise from the governor would not change his vote", a.contentText());
        // negative: a base form with no verb of its clause after it stays a verb, and opens no clause
        assertTrue(extract("The coach said go home.").isEmpty());
    }

    @Test
    void wordsTheTaggerTookForANounOrAPreposition() {
        // "may announce/NOUN": the base form after a modal is its verb
        assertAttribution("Officials in the regional government may announce in July that the curfew will end.", "announce",
                "Officials in the regional government", "that the curfew will end");
        // "said opposition/ADP leader ...": no preposition ends in "-tion"
        assertAttribution("\u201cThe count is far too low,\u201d said opposition leader Maren Toft.", "said",
                "opposition leader Maren Toft", "The count is far too low,");
        // "has heralded/PRON plans to go after": a participle, so "plans" is its object, neither a cue nor a hedge
        assertTrue(extract("Though she\u2019s heralded plans to go after tax havens, aides say little has changed.").stream()
                .noneMatch(a -> a.cue().text().equals("plans") || a.cue().text().equals("go after")));
        // "a senior official/ADJ, who asked not to be named, said": the clause set off by commas ends at its comma
        String official = "A senior official, who asked not to be identified, said 22 pilots had been detained.";
        assertAttribution(official, "said", "A senior official, who asked not to be identified", "22 pilots had been detained");
        // the request to stay unnamed describes the speaker, no report of its own; another clause reports to its comma
        assertTrue(extract(official).stream().noneMatch(a -> a.cue().text().equals("asked")));
        assertAttribution("A senior official, who urged the minister to resign, said 22 pilots had been detained.", "urged",
                "who", "the minister to resign");
        // negative: a comma before no verb leaves the clause open
        assertEquals("that 22 pilots, all reservists, had been detained", byCue(
                "A senior official, who confirmed that 22 pilots, all reservists, had been detained, resigned.", "confirmed").contentText());
        // negative: a real preposition there still opens no source
        assertTrue(extract("The count was far too low, said in a statement.").stream().noneMatch(a -> "in a statement".equals(source(a))));
    }

    @Test
    void aPluralSubjectTheTaggerTookForAVerb() {
        Assertion a = byCue("The clerk said witnesses saw a gray van near the depot.", "said");
        assertEquals("witnesses saw a gray van near the depot", a.contentText());
        // negative: after a pronoun subject the same form is the clause's verb, and the clause is said as before
        assertEquals("he witnesses such scenes daily", byCue("The clerk said he witnesses such scenes daily.", "said").contentText());
    }

    @Test
    void verbInSAfterASingularSubject() {
        // "controls/NOUN 40 percent": the subject's verb, so the clause before ", activists say" is content
        assertAttribution("The regime controls 40 percent of the province, activists say.", "say", "activists",
                "The regime controls 40 percent of the province");
        assertAttribution("Poland hosts 2,000 American soldiers, officials say.", "say", "officials", "Poland hosts 2,000 American soldiers");
        // negative: after an owner the form in -s is a noun, and a phrase without a verb reports nothing
        assertTrue(extract("Chile's exports 40 years ago, officials say.").isEmpty());
    }

    @Test
    void adjectiveAfterAnOwnerBeforeAPrepositionHeadsThePhrase() {
        // "Sweden's embassy/ADJ in Nairobi": the embassy is the source, not Nairobi; "nobody" makes it negative
        Assertion nobody = byCue("Nobody at Sweden's embassy in Nairobi would say how many visas had been issued.", "say");
        assertEquals("Nobody at Sweden's embassy in Nairobi", source(nobody));
        assertEquals(Polarity.NEGATIVE, nobody.factuality().polarity());
        Assertion embassy = byCue("Sweden's embassy in Nairobi said 40 visas had been issued.", "said");
        assertEquals("Sweden's embassy in Nairobi", source(embassy));
        assertEquals(Factuality.PLAIN, embassy.factuality());
        // negative: an adjective after "was" before its preposition stays the predicate
        assertAttribution("The ferry was full of migrants, officials said.", "said", "officials", "The ferry was full of migrants");
    }

    @Test
    void hyphenedParticipleModifiesTheNounAfterIt() {
        // "Oslo-based/VERB watchdog": an adjective, so the subject runs over it to the relative clause and the cue
        assertAttribution("The Oslo-based watchdog, which tracks shipping in the Arctic, said 14 trawlers had sunk.", "said",
                "The Oslo-based watchdog, which tracks shipping in the Arctic", "14 trawlers had sunk");
        assertAttribution("The Oslo-based watchdog said 14 trawlers had sunk.", "said", "The Oslo-based watchdog", "14 trawlers had sunk");
        // negative: a participle before no noun is the predicate
        assertAttribution("The ferry was Oslo-based, the watchdog said.", "said", "the watchdog", "The ferry was Oslo-based");
    }

    @Test
    void reportingVerbTheTaggerTookForAnAuxiliary() {
        // "may announce/AUX further arrests": after a modal, the reporting verb is the verb
        Assertion a = byCue("Petrov may announce further arrests in the coming days, the agency said, citing a source.", "announce");
        assertEquals("Petrov", source(a));
        assertEquals(new Factuality(Certainty.POSSIBLE, Polarity.POSITIVE, Time.FUTURE), a.factuality());
        // negative: a real auxiliary after the modal stays one, and no report comes of it
        assertTrue(extract("Petrov may have left the city in the coming days.").isEmpty());
    }
}
