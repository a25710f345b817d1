package org.claimgraph.assertions;

import java.util.HashMap;
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
    static final Map<String, String> IRREGULAR_FORMS = Map.ofEntries(Map.entry("said", "say"), Map.entry("told", "tell"),
            Map.entry("wrote", "write"), Map.entry("written", "write"), Map.entry("thought", "think"), Map.entry("felt", "feel"),
            Map.entry("knew", "know"), Map.entry("known", "know"), Map.entry("spoke", "speak"), Map.entry("spoken", "speak"),
            Map.entry("found", "find"), Map.entry("understood", "understand"), Map.entry("swore", "swear"),
            Map.entry("sworn", "swear"), Map.entry("foresaw", "foresee"), Map.entry("sought", "seek"), Map.entry("shown", "show"));

    /** Adjectives of attitude that report with a copula: "is confident that ...", "was critical of ...". */
    static final Set<String> STANCE_ADJECTIVES = Set.of("worried", "concerned", "confident", "critical", "skeptical",
            "sceptical", "optimistic", "pessimistic", "sure", "certain", "convinced", "afraid", "hopeful", "wary",
            "supportive", "adamant", "unsure", "doubtful", "angry", "upset", "frustrated", "furious",
            "fearful", "nervous", "anxious", "enthusiastic", "bullish", "bearish", "dismissive", "suspicious",
            "unhappy", "happy", "pleased", "disappointed", "outraged", "alarmed", "troubled", "cautious", "positive",
            "unconvinced", "appreciative", "respectful", "contemptuous", "passionate", "coy", "vocal", "outspoken");

    /** Nouns of saying and thinking that report a clause: "his claim that ...", "the warning that ...". */
    static final Set<String> NOUNS = Set.of("claim", "statement", "report", "assertion", "allegation", "accusation",
            "warning", "suggestion", "argument", "belief", "view", "announcement", "comment", "remark", "insistence",
            "admission", "promise", "pledge", "prediction", "estimate", "charge", "denial", "fear", "hope", "assessment",
            "conclusion", "finding", "testimony", "speculation", "rumor", "rumour", "assurance", "contention", "complaint",
            "concern", "message", "confirmation", "acknowledgment", "acknowledgement", "threat", "vow", "insinuation");

    /** Nouns of a view that report with a copula besides the nouns of saying: "her position is that ...", "his bet is that ...". */
    static final Set<String> COPULAR_NOUNS = Set.of("position", "stance", "bet", "point", "thinking", "reasoning", "response",
            "answer", "line", "advice", "opinion", "goal", "aim", "plan", "proposal", "idea", "theory", "case");

    /** Sources that are evidence, not speakers: "a poll shows Clinton with a lead" needs no clause. */
    static final Set<String> EVIDENCE = Set.of("poll", "survey", "study", "report", "analysis", "data", "research",
            "video", "footage", "document", "record", "investigation", "review", "audit", "census", "figure", "test",
            "experiment", "estimate", "model", "projection", "forecast", "average", "email", "memo", "number", "statistic",
            "result", "filing", "tally");

    /** Verbs by which an actor puts out a survey, report or study ("released a survey that shows"). */
    static final Set<String> PUBLISHING_VERBS = Set.of("release", "publish", "issue", "conduct", "commission", "produce",
            "unveil", "present", "compile", "carry");

    /** Verbs that put words out when their object is a text: "released an ad", "sent a letter", "issued a statement". */
    static final Set<String> ISSUING_VERBS = Set.of("release", "issue", "publish", "send", "unleash", "fire", "air", "run",
            "pen", "retweet");

    /**
     * Texts whose putting out is an act of saying: "a statement", "a flurry of tweets", "an ad". Not footage
     * ("released video of the shooting"), nor a message, mostly figurative ("sends a strong message").
     */
    static final Set<String> TEXT_NOUNS = Set.of("statement", "letter", "ad", "advertisement", "memo", "tweet",
            "report", "study", "survey", "poll", "analysis", "plan", "proposal", "op-ed", "editorial",
            "column", "article", "feature", "story", "essay", "book", "documentary", "commercial", "spot",
            "transcript", "note", "email", "e-mail", "post", "paper", "manifesto");

    /**
     * Accounts whose offering is an act of saying: "offered no proof that ...", "offered his assessment of",
     * "offered insights into". Not help or money ("offered loans").
     */
    static final Set<String> ACCOUNT_NOUNS = Set.of("proof", "evidence", "detail", "explanation", "advice", "thought",
            "insight", "assessment", "account", "apology", "assurance", "reassurance", "rationale", "justification",
            "prediction", "critique", "rebuttal", "retort", "praise", "testimony", "answer", "opinion", "view",
            "condolence", "defense", "defence", "reason", "indication", "hint", "clue", "specifics", "example", "argument");

    /** Verbs by which evidence reports: "the study found ...". */
    static final Set<String> EVIDENCE_VERBS = Set.of("show", "find", "reveal", "indicate", "suggest", "confirm", "conclude",
            "estimate", "project", "predict");

    /** Verbs whose content may be an infinitive: "pledged to push for ...", "urged Congress to act". */
    static final Set<String> INFINITIVE = Set.of("pledge", "vow", "promise", "threaten", "urge", "ask", "demand",
            "agree", "propose", "warn", "insist", "recommend", "claim", "exhort", "tell", "advise", "remind", "encourage", "implore",
            "beg", "challenge", "invite", "order", "instruct",
            // an aim held: "hopes to offset the emissions", "expects to win the seat"
            "hope", "expect");

    /** Verbs of saying that also report a noun phrase: "noted the risk", "announced a recall", "confirmed the deal". */
    static final Set<String> NOUN_PHRASE_CONTENT = Set.of("note", "mention", "acknowledge", "admit", "confirm", "announce",
            "report", "reveal", "disclose", "predict", "estimate", "stress", "emphasize", "emphasise", "highlight",
            "underline", "underscore", "reiterate", "repeat", "propose", "suggest", "recall", "concede", "forecast",
            // "demanded an apology", "urged restraint": what was asked for
            "demand", "urge");

    /**
     * Words standing for what was said, the object of any verb of saying: "said something odd". Not "nothing" or
     * "little": "said nothing new" reports no words.
     */
    static final Set<String> WORDS_PRONOUNS = Set.of("something", "anything", "everything");

    /** Nouns that make "put the number at ..." a cue: the speaker gives a figure. */
    static final Set<String> FIGURE_NOUNS = Set.of("number", "figure", "toll", "total", "count", "cost", "tally", "size",
            "estimate", "death", "loss");

    /**
     * Verbs (with their particle, "speak out") whose stance or topic follows a preposition: "spoke of having
     * killed ...", "railed against the tax code", "weighed in on the dispute", "voted against the bill".
     */
    static final Map<String, Set<String>> PREPOSITIONAL_VERBS = Map.ofEntries(
            Map.entry("speak", Set.of("of", "about", "on", "against")),
            Map.entry("speak out", Set.of("about", "against", "on", "for")),
            Map.entry("speak up", Set.of("for", "about", "against")),
            Map.entry("talk", Set.of("about", "of")),
            Map.entry("comment", Set.of("on", "about", "upon")),
            Map.entry("remark", Set.of("on", "upon")),
            Map.entry("write", Set.of("about", "of")),
            Map.entry("tweet", Set.of("about")),
            Map.entry("testify", Set.of("about", "on", "against")),
            Map.entry("complain", Set.of("about", "of", "over")),
            Map.entry("warn", Set.of("about", "of", "against")),
            Map.entry("boast", Set.of("about", "of")),
            Map.entry("brag", Set.of("about", "of")),
            Map.entry("joke", Set.of("about")),
            Map.entry("rail", Set.of("against", "at")),
            Map.entry("rant", Set.of("about", "against")),
            Map.entry("inveigh", Set.of("against")),
            Map.entry("fulminate", Set.of("against")),
            Map.entry("lash out", Set.of("at", "against")),
            Map.entry("hit back", Set.of("at")),
            Map.entry("push back", Set.of("on", "against")),
            Map.entry("weigh in", Set.of("on", "about")),
            Map.entry("sound off", Set.of("on", "about")),
            Map.entry("argue", Set.of("for", "against", "about", "over")),
            Map.entry("advocate", Set.of("for")),
            Map.entry("lobby", Set.of("for", "against")),
            Map.entry("plead", Set.of("for")),
            Map.entry("protest", Set.of("against")),
            Map.entry("object", Set.of("to")),
            Map.entry("apologize", Set.of("for")),
            Map.entry("apologise", Set.of("for")),
            Map.entry("ask", Set.of("about")),
            Map.entry("inquire", Set.of("about")),
            Map.entry("worry", Set.of("about", "over")),
            Map.entry("fret", Set.of("about", "over")),
            Map.entry("disagree", Set.of("with", "on", "about", "over")),
            Map.entry("elaborate", Set.of("on")),
            Map.entry("muse", Set.of("about", "on")),
            Map.entry("opine", Set.of("on", "about")),
            Map.entry("hint", Set.of("at")),
            Map.entry("allude", Set.of("to")),
            Map.entry("insist", Set.of("on")),
            Map.entry("harp", Set.of("on")),
            Map.entry("gripe", Set.of("about")),
            Map.entry("grumble", Set.of("about")),
            Map.entry("spar", Set.of("over", "about")),
            Map.entry("clash", Set.of("over")),
            Map.entry("bicker", Set.of("over", "about")),
            Map.entry("quarrel", Set.of("over", "about")),
            Map.entry("vote", Set.of("against")),
            Map.entry("point", Set.of("to")),
            Map.entry("refer", Set.of("to")),
            Map.entry("respond", Set.of("to")),
            Map.entry("reply", Set.of("to")),
            Map.entry("agree", Set.of("with")),
            Map.entry("side", Set.of("with", "against")),
            Map.entry("care", Set.of("about")),
            Map.entry("believe", Set.of("in")),
            Map.entry("decide", Set.of("against")),
            Map.entry("rule", Set.of("against")));

    /**
     * Verbs that put a topic to an addressee named between them and its preposition: "asked him about his
     * taxes", "pressed the governor on the budget", "grilled the nominee over his record". Alone ("pressed on"),
     * most of them report nothing.
     */
    static final Map<String, Set<String>> ADDRESSED_TOPIC_VERBS = Map.ofEntries(
            Map.entry("ask", Set.of("about", "on", "over")),
            Map.entry("press", Set.of("on", "about", "over", "for")),
            Map.entry("grill", Set.of("on", "about", "over")),
            Map.entry("quiz", Set.of("on", "about", "over")),
            Map.entry("question", Set.of("on", "about", "over")),
            Map.entry("query", Set.of("on", "about", "over")),
            Map.entry("lecture", Set.of("on", "about")),
            Map.entry("confront", Set.of("about", "over")),
            Map.entry("tell", Set.of("about")),
            Map.entry("warn", Set.of("about", "of", "against")),
            Map.entry("remind", Set.of("of", "about")));

    /** Particles between a verb and its preposition: "spoke out against", "weighed in on". */
    static final Set<String> PARTICLES = Set.of("out", "in", "up", "back", "off");

    /**
     * Nouns of saying and of stance whose content follows a preposition: "his criticism of the plan",
     * "concerns about the cost", "calls for an inquiry", "her support for the bill".
     */
    static final Map<String, Set<String>> PREPOSITIONAL_NOUNS = Map.ofEntries(
            Map.entry("criticism", Set.of("of", "for")),
            Map.entry("condemnation", Set.of("of")),
            Map.entry("denunciation", Set.of("of")),
            Map.entry("claim", Set.of("of", "about")),
            Map.entry("allegation", Set.of("of", "about", "against")),
            Map.entry("accusation", Set.of("of", "against")),
            Map.entry("comment", Set.of("on", "about")),
            Map.entry("remark", Set.of("on", "about")),
            Map.entry("statement", Set.of("on", "about")),
            Map.entry("concern", Set.of("about", "over")),
            Map.entry("worry", Set.of("about", "over")),
            Map.entry("fear", Set.of("of", "about", "over")),
            Map.entry("question", Set.of("about", "over")),
            Map.entry("doubt", Set.of("about", "over")),
            Map.entry("skepticism", Set.of("about", "of", "over", "toward", "towards")),
            Map.entry("scepticism", Set.of("about", "of", "over", "toward", "towards")),
            Map.entry("misgiving", Set.of("about", "over")),
            Map.entry("reservation", Set.of("about")),
            Map.entry("complaint", Set.of("about", "over", "against")),
            Map.entry("warning", Set.of("about", "of", "against")),
            Map.entry("opposition", Set.of("to")),
            Map.entry("objection", Set.of("to")),
            Map.entry("praise", Set.of("for", "of")),
            Map.entry("call", Set.of("for")),
            Map.entry("plea", Set.of("for")),
            Map.entry("appeal", Set.of("for")),
            Map.entry("outrage", Set.of("over", "at", "about")),
            Map.entry("anger", Set.of("over", "at", "about")),
            Map.entry("frustration", Set.of("with", "over", "about")),
            Map.entry("disdain", Set.of("for")),
            Map.entry("contempt", Set.of("for")),
            Map.entry("admiration", Set.of("for")),
            Map.entry("assessment", Set.of("of")),
            Map.entry("view", Set.of("on", "about")),
            Map.entry("opinion", Set.of("on", "about", "of")),
            Map.entry("denial", Set.of("of")),
            Map.entry("rejection", Set.of("of")),
            Map.entry("testimony", Set.of("about", "on")),
            Map.entry("speculation", Set.of("about", "over")),
            Map.entry("rumor", Set.of("of", "about")),
            Map.entry("rumour", Set.of("of", "about")),
            Map.entry("supporter", Set.of("of")),
            Map.entry("backer", Set.of("of")),
            Map.entry("proponent", Set.of("of")),
            Map.entry("advocate", Set.of("of", "for")),
            Map.entry("champion", Set.of("of")),
            Map.entry("defender", Set.of("of")),
            Map.entry("opponent", Set.of("of")),
            Map.entry("critic", Set.of("of")),
            Map.entry("foe", Set.of("of")),
            Map.entry("skeptic", Set.of("of")),
            Map.entry("sceptic", Set.of("of")));

    /** Nouns naming someone by a stance, which hold it for the subject of a copula: "she is a longtime critic of the plan". */
    /** Verbs that answer, as a stance only towards words ("responded to the criticism", not "to a fire"). */
    static final Set<String> ANSWERING_VERBS = Set.of("respond", "reply");
    /** What is answered besides the nouns of saying: "did not respond to requests for comment". */
    static final Set<String> REQUEST_NOUNS = Set.of("request", "query", "inquiry", "enquiry", "letter", "email", "tweet",
            "attack", "criticism", "charge", "question", "invitation", "subpoena", "demand");

    static final Set<String> AGENT_NOUNS = Set.of("supporter", "backer", "proponent", "advocate", "champion", "defender",
            "opponent", "critic", "foe", "skeptic", "sceptic");

    /**
     * Stance nouns that are an attribution even when no one is named: acts of saying ("allegations of
     * fraud", "criticism of the plan"). A feeling ("concern about") or a view is only one with its holder.
     */
    static final Set<String> SPEECH_NOUNS = Set.of("criticism", "condemnation", "denunciation", "claim", "allegation",
            "accusation", "comment", "remark", "statement", "complaint", "warning", "call", "plea", "question",
            "skepticism", "scepticism", "reservation", "outrage", "disdain", "contempt", "assessment", "speculation",
            "rumor", "rumour", "testimony", "denial");

    /** Verbs that state a stance noun's attitude for their subject: "expressed concern about", "raised questions about". */
    static final Set<String> LIGHT_VERBS = Set.of("express", "voice", "raise", "air", "level", "lodge", "register", "make",
            "renew", "signal", "show", "share");

    private ReportingLexicon() {}

    static Frame frame(String lemma) {
        return VERBS.get(lemma);
    }

    /** The frame of a verb with its particle ("lay", "out"), or null when the pair reports nothing. */
    static Frame phrasalFrame(String lemma, String particle) {
        return PHRASAL.get(lemma + " " + particle);
    }
}
