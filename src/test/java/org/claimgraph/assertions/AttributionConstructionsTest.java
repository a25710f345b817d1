package org.claimgraph.assertions;

import static org.claimgraph.assertions.Attributions.assertAttribution;
import static org.claimgraph.assertions.Attributions.byCue;
import static org.claimgraph.assertions.Attributions.extract;
import static org.claimgraph.assertions.Attributions.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.claimgraph.doc.Assertion;
import org.junit.jupiter.api.Test;

/** Constructions of attribution beyond "X said that Y", each on an invented sentence: quotes, content bounds, reports inside reports. */
class AttributionConstructionsTest {
    @Test
    void thatClauseAfterPhrasesOfPlaceTheWalkCannotRead() {
        Assertion a = byCue("The governor said during a Sunday afternoon rally in Leeds that the depot would stay open.", "said");
        assertEquals("that the depot would stay open", a.contentText());
        Assertion b = byCue("The mayor says at a rally in Dayton, Ohio, that the budget is balanced.", "says");
        assertEquals("that the budget is balanced", b.contentText());
    }

    @Test
    void quoteClosedAfterAQuestionMark() {
        Assertion a = byCue("“Who will pay for the new stadium?” a columnist for the local paper asks.", "asks");
        assertEquals("a columnist for the local paper", source(a));
        assertEquals("Who will pay for the new stadium?", a.contentText());
        assertTrue(a.direct());
    }

    @Test
    void cueAfterAVerbOfPhase() {
        assertAttribution("The union continued to call for higher wages at the port.", "call for", "The union", "higher wages at the port");
        assertAttribution("The governor went on to criticize the budget plan.", "criticize", "The governor", "the budget plan");
        // the verb of phase passes on only a cue: "continued to build" reports nothing
        assertTrue(extract("The company continued to build new stores across the region.").isEmpty());
    }

    @Test
    void quotesSignedAfterADash() {
        String text = "Readers on the new bridge\n\n“The buses are late every single morning and nobody cares.”― Tom Baker\n\n"
                + "“Parks are cleaner than ever before, and I thank him for it.” ― Ann Lee.\n\n"
                + "Photo by the author.\n\n“We need more teachers in the schools.” ― the letters page is full of such notes\n";
        List<Assertion> found = extract(text);
        List<String> sources = found.stream().map(Attributions::source).toList();
        // glued to the closing mark, and with a full stop after the name
        assertEquals(List.of("Tom Baker", "Ann Lee"), sources);
        assertEquals("The buses are late every single morning and nobody cares.", found.get(0).contentText());
        assertEquals("Parks are cleaner than ever before, and I thank him for it.", found.get(1).contentText());
        assertTrue(found.get(0).direct());
    }

    @Test
    void colonEndingTheSentenceAndGoingOn() {
        String text = "The coach was calm after the game. She continued:\n\n\"We have to defend better, and we will.\"\n";
        Assertion continued = byCue(text, "continued");
        assertEquals("She", source(continued));
        assertEquals("We have to defend better, and we will.", continued.contentText());
        assertTrue(continued.direct());
        String plain = "The mayor spoke last. He added:  The council talks and talks, but nothing gets built.\n";
        Assertion added = byCue(plain, "added");
        assertEquals("The council talks and talks, but nothing gets built", added.contentText());
        assertEquals(plain.indexOf("The council"), added.contentParts().get(0).span().start());
        assertAttribution("\"We lost the ball too often,\" she continued.", "continued", "she", "We lost the ball too often,");
        // plain text in the paragraph after a colon is no one's words
        assertTrue(extract("1. Ann Lee says:\n\nThe parks are cleaner than ever before.\n").isEmpty());
        // going on with something else reports nothing
        assertTrue(extract("The council continued its meeting after lunch.").isEmpty());
    }

    @Test
    void nounPhraseReportedByAVerbOfSaying() {
        assertAttribution("The minister noted the sharp rise in rents.", "noted", "The minister", "the sharp rise in rents");
        // a participle after a determiner or possessor modifies its noun
        assertTrue(extract("The board ignored the repeated warnings of its auditors.").stream()
                .noneMatch(a -> a.cue().text().equals("repeated")));
        assertTrue(extract("His recently announced plans were dropped in May.").isEmpty());
    }

    @Test
    void timePhraseEndingTheSentenceAfterTheCue() {
        String text = "Skipping the vote ''was a mistake,'' the developer said last week.";
        Assertion said = byCue(text, "said");
        assertEquals("the developer", source(said));
        assertTrue(said.contentText().startsWith("Skipping the vote"));
        assertEquals(0, said.contentParts().get(0).span().start());
    }

    @Test
    void adverbsOpeningTheReportedClauseAreItsSubject() {
        assertAttribution("The coach says too much was spent on the youth team.", "says", "The coach", "too much was spent on the youth team");
        assertAttribution("The governor said firmly that the polls were wrong.", "said", "The governor", "that the polls were wrong");
    }

    @Test
    void reportInsideAQuoteIsTheQuotedSpeakersWords() {
        List<Assertion> found = extract("“He told me the plant would close,” the worker said.");
        assertEquals(1, found.size());
        assertEquals("said", found.get(0).cue().text());
        assertEquals("the worker", source(found.get(0)));
        // outside a quote the same words are a report of their own
        assertEquals("told", byCue("He told me the plant would close.", "told").cue().text());
    }

    @Test
    void thoughtOpeningReportedSpeechIsPartOfIt() {
        List<Assertion> found = extract("The mayor said she thinks the plan will work.");
        assertEquals(1, found.size());
        assertEquals("she thinks the plan will work", found.get(0).contentText());
        assertAttribution("She thinks the plan will work.", "thinks", "She", "the plan will work");
    }

    @Test
    void reportOpeningAnotherSpeakersClauseIsPartOfIt() {
        List<Assertion> found = extract("The senator said the governor favors a new tax on fuel.");
        assertEquals(1, found.size());
        assertEquals("the governor favors a new tax on fuel", found.get(0).contentText());
        List<Assertion> that = extract("A spokesman says that the company promised to repay its customers.");
        assertEquals(1, that.size());
        assertEquals("says", that.get(0).cue().text());
        // a second verb of the same speaker is a report of its own
        Assertion promised = byCue("The senator said the plan was flawed and promised to vote against it.", "promised");
        assertEquals("The senator", source(promised));
    }

    @Test
    void aContrastingReportEndsTheFirstClauseAndCountsOfItsOwn() {
        String text = "The mayor said ten people have applied for the post, but he refuses to discuss the candidates.";
        assertEquals("ten people have applied for the post", byCue(text, "said").contentText());
        Assertion refusal = byCue(text, "refuses");
        assertEquals("he", source(refusal));
        assertEquals("to discuss the candidates", refusal.contentText());
        // negative: a contrast with no report of its own stays in what was said
        assertEquals("ten people have applied for the post, but he was not sure of the number",
                byCue("The mayor said ten people have applied for the post, but he was not sure of the number.", "said").contentText());
        // "and vowed to": an aim after the first report
        String vow = "The minister denied the charges and vowed to clear her name.";
        assertEquals("the charges", byCue(vow, "denied").contentText());
        assertEquals("to clear her name", byCue(vow, "vowed").contentText());
    }

    @Test
    void anAttributionBetweenDashesReportsWhatStandsBetweenThem() {
        assertEquals("unrealistic", byCue("They made an aggressive - some say unrealistic - pledge to cut emissions 80 percent by 2050.",
                "say").contentText());
        assertEquals("it will cost $5 billion", byCue("The plan \u2014 officials say it will cost $5 billion \u2014 was approved on Monday.",
                "say").contentText());
        // negative: a hyphen inside a word closes nothing
        assertEquals("the 63-year-old senator was in good health",
                byCue("Officials say the 63-year-old senator was in good health.", "say").contentText());
    }

    @Test
    void aVerbWithItsParticleFromTheLexicon() {
        Assertion a = byCue("The governor laid out her plan to rebuild the harbor.", "laid out");
        assertEquals("The governor", source(a));
        assertEquals("her plan to rebuild the harbor", a.contentText());
        assertEquals("a tax increase", byCue("The minister ruled out a tax increase.", "ruled out").contentText());
        // negative: the verb without its particle reports nothing
        assertTrue(extract("The workers laid the new tiles in the harbor office.").isEmpty());
    }

    @Test
    void aTopicPutToAnAddressee() {
        Assertion asked = byCue("The moderator asked the senator about his voting record.", "asked the senator about");
        assertEquals("The moderator", source(asked));
        assertEquals("the senator", asked.addressee().text());
        assertEquals("his voting record", asked.contentText());
        Assertion pressed = byCue("Reporters pressed the governor on his failure to publish the budget.", "pressed the governor on");
        assertEquals("his failure to publish the budget", pressed.contentText());
        assertEquals("the scandal", byCue("Senator Ortiz grilled Hansen over the scandal.", "grilled Hansen over").contentText());
        // a thing pressed, or a time after the addressee, puts no topic to anyone
        assertTrue(extract("The clerk pressed the button on the wall.").isEmpty());
        assertTrue(extract("The lawyer asked the court on Monday for a delay.").stream().noneMatch(a -> a.cue().text().contains("on")));
    }

    @Test
    void anAddresseeOwningAQuotedTitle() {
        Assertion a = byCue("The senator told CBS’s “Face the Nation” on Sunday that the bill would pass.", "told");
        assertEquals("CBS’s “Face the Nation”", a.addressee().text());
        assertEquals("that the bill would pass", a.contentText());
        // without a possessive, the quote after the addressee is what was said
        Assertion b = byCue("The senator told reporters “the bill will pass.”", "told");
        assertEquals("reporters", b.addressee().text());
        assertEquals("the bill will pass.", b.contentText());
    }

    @Test
    void wordsNamedByAPronoun() {
        Assertion a = byCue("The judge said something very strange.", "said");
        assertEquals("The judge", source(a));
        assertEquals("something very strange", a.contentText());
        assertEquals("the same of her rival",
                byCue("Most voters trust the mayor, while 73 percent said the same of her rival.", "said").contentText());
        // a noun phrase that names no words is no content of "say"
        assertTrue(extract("The mayor said Tuesday.").isEmpty());
        assertTrue(extract("The mayor said the budget.").isEmpty());
    }

    @Test
    void aVerbOfSayingWithASenseOfDoing() {
        // "add" and "maintain" before a noun phrase that names no words: a sum, a thing kept
        assertTrue(extract("The new rules would add many new layers of paperwork to the tax code.").isEmpty());
        assertTrue(extract("The tax cut would add $84 billion over ten years to the deficit.").isEmpty());
        assertTrue(extract("The small fees on the bill add up to a large sum.").isEmpty());
        assertTrue(extract("The foundation maintains a program to train young farmers.").isEmpty());
        assertTrue(extract("The air monitor is maintained by the embassy in the capital.").isEmpty());
        // a clause, a quote or words named are still reported
        assertAttribution("He added the city would hire more police officers.", "added", "He", "the city would hire more police officers");
        assertAttribution("The mayor added a note of caution about the budget.", "added", "The mayor", "a note of caution about the budget");
        assertAttribution("The senator maintained that he was innocent.", "maintained", "The senator", "that he was innocent");
    }

    @Test
    void anAimWhoseInfinitiveReportsIsOneReport() {
        // the infinitive's phrasal cue or text put out is the report; the aim is no second one
        List<Assertion> call = extract("The governor plans to call on farmers to save water this summer.");
        assertEquals(List.of("call on"), call.stream().map(a -> a.cue().text()).toList());
        assertEquals(org.claimgraph.doc.Factuality.Certainty.PROBABLE, call.get(0).factuality().certainty());
        List<Assertion> release = extract("The institute plans to release its analysis of the budget next week.");
        assertEquals(List.of("release"), release.stream().map(a -> a.cue().text()).toList());
        // a means of answering that is a report: "responded ... by saying"
        List<Assertion> answer = extract("The senator responded to the widow on Friday by saying the war had been a mistake.");
        assertEquals(List.of("saying"), answer.stream().map(a -> a.cue().text()).toList());
        // an aim whose infinitive reports nothing stays
        assertAttribution("The governor plans to build a new dam in the valley.", "plans", "The governor", "to build a new dam in the valley");
    }

    @Test
    void aVerbJoinedToTheCueSharesItsObject() {
        // "said and did the same things": no clause opens with "and"
        assertTrue(extract("Voters would never elect a man who said and did the same things as the mayor.").isEmpty());
        // a cue joined so is a report of its own, and a clause with "and" inside it stays whole
        assertAttribution("The mayor said and repeated that the budget was balanced.", "repeated", "The mayor", "that the budget was balanced");
        assertAttribution("The mayor said the budget was balanced and the council agreed.", "said", "The mayor",
                "the budget was balanced and the council agreed");
    }

    @Test
    void aJudgmentBySeemingInsideAReportIsPartOfIt() {
        // "appears" names no one: inside the survey's report it is the survey's, not the writer's
        List<Assertion> found = extract("Turnout appears to be rising in the north, according to a new survey.");
        assertEquals(List.of("according to"), found.stream().map(a -> a.cue().text()).toList());
        // on its own it is the writer's judgment
        assertEquals("appears", byCue("Turnout appears to be rising in the north.", "appears").cue().text());
    }

    @Test
    void aReportInsideWhatAccordingToGivesIsThatSourcesAccount() {
        List<Assertion> found = extract("The police have said they will not release the video, according to lawyers for the family.");
        assertEquals(List.of("according to"), found.stream().map(a -> a.cue().text()).toList());
        assertEquals("lawyers for the family", source(found.get(0)));
        // a report beside "according to", outside what it gives, stays
        List<Assertion> both = extract("According to the mayor, the bridge will reopen in May. The governor said the budget was balanced.");
        assertEquals(List.of("According to", "said"), both.stream().map(a -> a.cue().text()).toList());
    }
}
