package org.claimgraph.assertions;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

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

    private static void add(Frame frame, String... lemmas) {
        for (String l : lemmas) VERBS.put(l, frame);
    }

    static {
        add(Frame.CLAUSE, "say", "state", "add", "note", "stress", "emphasize", "emphasise", "claim", "assert", "argue",
                "insist", "explain", "announce", "report", "write", "tweet", "post", "declare", "allege", "contend",
                "counter", "maintain", "conclude", "reply", "respond", "answer", "recall", "testify", "charge",
                "complain", "concede", "admit", "acknowledge", "confirm", "reveal", "disclose", "predict", "estimate",
                "forecast", "calculate", "observe", "remark", "comment", "mention", "joke", "quip", "boast", "brag",
                "lament", "caution", "warn", "vow", "pledge", "promise", "propose", "suggest", "indicate", "imply",
                "hint", "signal", "agree", "retort", "exclaim", "underline", "underscore", "highlight",
                "affirm", "reiterate", "repeat", "reaffirm", "stipulate", "specify", "clarify", "speculate", "urge",
                "demand", "recount", "muse", "threaten", "shout", "yell", "scream", "whisper", "chant", "plead",
                "confess", "object", "opine", "proclaim", "protest", "swear", "scoff");
        add(Frame.ADDRESSEE, "tell", "inform", "assure", "reassure", "remind", "notify", "advise", "brief", "convince",
                "persuade", "ask", "exhort", "encourage", "implore", "beg", "challenge", "invite", "order", "instruct");
        add(Frame.OBJECT, "accuse", "blame", "criticize", "criticise", "deny", "dismiss", "praise", "condemn",
                "denounce", "reject", "dispute", "credit", "fault", "slam", "defend", "describe", "question", "cite", "characterize", "characterise", "label",
                "endorse", "applaud", "hail", "recommend", "blast", "brand", "dub", "mock", "tout", "decry", "deride",
                "lambaste", "bash", "oppose", "favor", "favour", "attack", "support", "back", "welcome", "commend", "rebuke",
                "chide", "scold", "assail", "ridicule", "berate", "castigate", "excoriate", "disparage", "belittle",
                "liken", "compare", "thank", "congratulate", "champion", "advocate", "discuss", "invoke", "reference", "promote",
                "echo", "bemoan", "deplore", "denigrate", "demonize", "demonise", "disavow", "repudiate", "renounce", "outline",
                "detail", "unveil", "chastise", "admire", "embrace", "view", "regard", "portray", "depict", "lampoon",
                "lambast", "downplay", "hype", "trumpet", "acclaim");
        add(Frame.INTENTION, "want", "plan", "intend", "seek", "aim", "refuse", "decline", "offer");
        add(Frame.COGNITION, "believe", "think", "feel", "know", "hope", "fear", "expect", "worry", "suspect",
                "assume", "doubt", "guess", "wonder", "learn", "find", "show", "reckon", "understand", "realize",
                "realise", "recognize", "recognise", "anticipate", "consider", "notice", "suppose", "presume", "imagine",
                "sense", "trust", "envision", "foresee", "surmise", "posit", "theorize", "hypothesize");
    }

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

    /** Sources that are evidence, not speakers: "a poll shows Clinton with a lead" needs no clause. */
    static final Set<String> EVIDENCE = Set.of("poll", "survey", "study", "report", "analysis", "data", "research",
            "video", "footage", "document", "record", "investigation", "review", "audit", "census", "figure", "test",
            "experiment", "estimate", "model", "projection", "forecast");

    /** Verbs by which evidence reports: "the study found ...". */
    static final Set<String> EVIDENCE_VERBS = Set.of("show", "find", "reveal", "indicate", "suggest", "confirm", "conclude",
            "estimate", "project", "predict");

    /** Verbs whose content may be an infinitive: "pledged to push for ...", "urged Congress to act". */
    static final Set<String> INFINITIVE = Set.of("pledge", "vow", "promise", "threaten", "urge", "ask", "demand",
            "agree", "propose", "warn", "insist", "recommend", "claim", "exhort", "tell", "advise", "remind", "encourage", "implore",
            "beg", "challenge", "invite", "order", "instruct");

    /** Nouns that make "put the number at ..." a cue: the speaker gives a figure. */
    static final Set<String> FIGURE_NOUNS = Set.of("number", "figure", "toll", "total", "count", "cost", "tally", "size",
            "estimate", "death", "loss");

    /** Verbs of speaking that report with "of" or "about": "spoke of having killed ...". */
    static final Set<String> SPEAK_VERBS = Set.of("speak", "talk", "write", "boast", "brag", "complain", "warn");

    private ReportingLexicon() {}

    static Frame frame(String lemma) {
        return VERBS.get(lemma);
    }
}
