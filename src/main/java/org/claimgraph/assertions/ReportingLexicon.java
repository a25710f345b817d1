package org.claimgraph.assertions;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.claimgraph.language.WordLists;

/**
 * Reporting verbs of English news by lemma, and what each takes as its content. A general lexicon of
 * speech, writing and cognition verbs, not tuned to any corpus.
 */
final class ReportingLexicon {

    /** What follows a cue verb. */
    enum Frame {
        /** Takes a clause or a quote as content: "said (that) ...". */
        CLAUSE,
        /** Takes an addressee before the clause: "told reporters (that) ...". */
        ADDRESSEE,
        /** Takes an object and a reason as content: "accused the West of ...", "denied the report". */
        OBJECT,
        /** Counts only with a clause that follows: "believes that ...", "wondered whether ...". */
        COGNITION,
        /** A stated aim, counting only with an infinitive: "wants to cut taxes", "refused to apologize". */
        INTENTION
    }

    /**
     * The lexicon's word sets and maps ({@code reporting-lexicon.tsv}): for each name, each word with the words
     * of its third column (a map's values). Read before the fields below, which take their sets from it.
     */
    private static final Map<String, Map<String, List<String>>> TABLE = table();

    private static Map<String, Map<String, List<String>>> table() {
        Map<String, Map<String, List<String>>> t = new HashMap<>();
        for (String line : WordLists.lines("org/claimgraph/assertions/reporting-lexicon.tsv")) {
            String[] f = line.split("\t");
            t.computeIfAbsent(f[0], k -> new HashMap<>()).put(f[1], f.length > 2 ? List.of(f[2].split(",")) : List.of());
        }
        return t;
    }

    private static Map<String, List<String>> named(String name) {
        Map<String, List<String>> entries = TABLE.get(name);
        if (entries == null) throw new IllegalStateException("no set '" + name + "' in reporting-lexicon.tsv");
        return entries;
    }

    private static Set<String> set(String name) {
        return Set.copyOf(named(name).keySet());
    }

    private static Map<String, Set<String>> map(String name) {
        Map<String, Set<String>> m = new HashMap<>();
        named(name).forEach((word, values) -> m.put(word, Set.copyOf(values)));
        return Map.copyOf(m);
    }

    private static Map<String, String> forms(String name) {
        Map<String, String> m = new HashMap<>();
        named(name).forEach((form, lemma) -> m.put(form, lemma.get(0)));
        return Map.copyOf(m);
    }

    private static final Map<String, Frame> VERBS = new HashMap<>();

    static {
        for (String line : WordLists.lines("org/claimgraph/assertions/reporting-verbs.tsv")) {
            String[] f = line.split("\t");
            VERBS.put(f[0], Frame.valueOf(f[1]));
        }
    }

    /** Verbs with a particle that report: "point out" (CLAUSE), "lay out" (OBJECT); by "lemma particle". */
    private static final Map<String, Frame> PHRASAL = new HashMap<>();

    static {
        for (String line : WordLists.lines("org/claimgraph/assertions/phrasal-cues.tsv")) {
            String[] f = line.split("\t");
            PHRASAL.put(f[0], Frame.valueOf(f[1]));
        }
    }

    /** Verbs that report only as "VERB something as something": "painted him as weak". */
    static final Set<String> CHARACTERIZING_VERBS = Set.copyOf(WordLists.lines("org/claimgraph/assertions/characterizing-verbs.txt"));

    /** Irregular past forms of reporting verbs, for where the lemmatizer leaves them be (capitalized, opening a sentence). */
    static final Map<String, String> IRREGULAR_FORMS = forms("irregular-forms");

    /** Adjectives of attitude that report with a copula: "is confident that ...", "was critical of ...". */
    static final Set<String> STANCE_ADJECTIVES = set("stance-adjectives");

    /** Nouns of saying and thinking that report a clause: "his claim that ...", "the warning that ...". */
    static final Set<String> NOUNS = set("nouns");

    /** Nouns of a view that report with a copula besides the nouns of saying: "her position is that ...", "his bet is that ...". */
    static final Set<String> COPULAR_NOUNS = set("copular-nouns");

    /** Sources that are evidence, not speakers: "a poll shows Clinton with a lead" needs no clause. */
    static final Set<String> EVIDENCE = set("evidence");

    /** Verbs by which an actor puts out a survey, report or study ("released a survey that shows"). */
    static final Set<String> PUBLISHING_VERBS = set("publishing-verbs");

    /** Verbs that put words out when their object is a text: "released an ad", "sent a letter", "issued a statement". */
    static final Set<String> ISSUING_VERBS = set("issuing-verbs");

    /** Verbs that state a preference with a thing as their object: "younger voters prefer the governor". */
    static final Set<String> PREFERRING_VERBS = set("preferring-verbs");

    /**
     * Texts whose putting out is an act of saying: "a statement", "a flurry of tweets", "an ad". Not footage
     * ("released video of the shooting"), nor a message, mostly figurative ("sends a strong message").
     */
    static final Set<String> TEXT_NOUNS = set("text-nouns");

    /**
     * Accounts whose offering is an act of saying: "offered no proof that ...", "offered his assessment of",
     * "offered insights into". Not help or money ("offered loans").
     */
    static final Set<String> ACCOUNT_NOUNS = set("account-nouns");

    /** Verbs by which evidence reports: "the study found ...". */
    static final Set<String> EVIDENCE_VERBS = set("evidence-verbs");

    /** Verbs whose content may be an infinitive: "pledged to push for ...", "urged Congress to act". */
    static final Set<String> INFINITIVE = set("infinitive");

    /** Verbs of saying with a sense of doing when a noun phrase follows: "add $5 billion", "maintain a program". */
    static final Set<String> DEED_SENSES = set("deed-senses");

    /** Verbs of saying that also report a noun phrase: "noted the risk", "announced a recall", "confirmed the deal". */
    static final Set<String> NOUN_PHRASE_CONTENT = set("noun-phrase-content");

    /**
     * Words standing for what was said, the object of any verb of saying: "said something odd". Not "nothing" or
     * "little": "said nothing new" reports no words.
     */
    static final Set<String> WORDS_PRONOUNS = set("words-pronouns");

    /** Nouns that make "put the number at ..." a cue: the speaker gives a figure. */
    static final Set<String> FIGURE_NOUNS = set("figure-nouns");

    /**
     * Verbs (with their particle, "speak out") whose stance or topic follows a preposition: "spoke of having
     * killed ...", "railed against the tax code", "weighed in on the dispute", "voted against the bill".
     */
    static final Map<String, Set<String>> PREPOSITIONAL_VERBS = map("prepositional-verbs");

    /**
     * Verbs that put a topic to an addressee named between them and its preposition: "asked him about his
     * taxes", "pressed the governor on the budget", "grilled the nominee over his record". Alone ("pressed on"),
     * most of them report nothing.
     */
    static final Map<String, Set<String>> ADDRESSED_TOPIC_VERBS = map("addressed-topic-verbs");

    /** Particles between a verb and its preposition: "spoke out against", "weighed in on". */
    static final Set<String> PARTICLES = set("particles");

    /**
     * Nouns of saying and of stance whose content follows a preposition: "his criticism of the plan",
     * "concerns about the cost", "calls for an inquiry", "her support for the bill".
     */
    static final Map<String, Set<String>> PREPOSITIONAL_NOUNS = map("prepositional-nouns");

    /** Nouns naming someone by a stance, which hold it for the subject of a copula: "she is a longtime critic of the plan". */
    /** Verbs that answer, as a stance only towards words ("responded to the criticism", not "to a fire"). */
    static final Set<String> ANSWERING_VERBS = set("answering-verbs");
    /** What is answered besides the nouns of saying: "did not respond to requests for comment". */
    static final Set<String> REQUEST_NOUNS = set("request-nouns");

    static final Set<String> AGENT_NOUNS = set("agent-nouns");

    /**
     * Stance nouns that are an attribution even when no one is named: acts of saying ("allegations of
     * fraud", "criticism of the plan"). A feeling ("concern about") or a view is only one with its holder.
     */
    static final Set<String> SPEECH_NOUNS = set("speech-nouns");

    /**
     * Nouns of an argument or a stance that state it as the object of their verbs (the values): "made the case that ...",
     * "took a firm stance against". Alone ("the case", "his position") most of them report nothing.
     */
    static final Map<String, Set<String>> ARGUMENT_NOUNS = map("argument-nouns");

    /** The prepositions of an argument noun's topic: "the case for", "a stand against", "a position on". */
    static final Set<String> ARGUMENT_PREPOSITIONS = set("argument-prepositions");

    /** Verbs that state a stance noun's attitude for their subject: "expressed concern about", "raised questions about". */
    static final Set<String> LIGHT_VERBS = set("light-verbs");

    /** Verbs whose participle opens a sentence with the occasion of its speaker's report ("Speaking to ..."). */
    static final Set<String> VENUE_VERBS = set("venue-verbs");

    /** Verbs whose object and a name after it are a characterization ("branded him a traitor"). */
    static final Set<String> NAMING_VERBS = set("naming-verbs");

    /**
     * Verbs that take their addressee as object before the content, as the ADDRESSEE frame does: "warned voters
     * that ...", "urged reporters not to ...".
     */
    static final Set<String> ADDRESSING_VERBS = set("addressing-verbs");

    /** Verbs that put out or deliver the words a noun of saying names: "made the following comment:". */
    static final Set<String> DELIVERING_VERBS = set("delivering-verbs");

    /** Forms of asking verbs whose agentless passive reports a question: "was asked whether", "pressed on why". */
    static final Set<String> ASKING_FORMS = set("asking-forms");

    /** Evidence that counts what people think, whose results a clause ending "in a poll" states. */
    static final Set<String> POLLS = set("polls");

    /**
     * Verbs of meeting whose purpose is talk: "met on Monday to discuss the budget", "gathered to protest the ruling".
     */
    static final Set<String> MEETING_VERBS = set("meeting-verbs");

    /** Meetings held or called to talk: "called an emergency meeting to discuss the test". */
    static final Set<String> MEETING_NOUNS = set("meeting-nouns");

    private ReportingLexicon() {}

    static Frame frame(String lemma) {
        return VERBS.get(lemma);
    }

    /** The frame of a verb with its particle ("lay", "out"), or null when the pair reports nothing. */
    static Frame phrasalFrame(String lemma, String particle) {
        return PHRASAL.get(lemma + " " + particle);
    }
}
