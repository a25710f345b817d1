package org.claimgraph.assertions;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.claimgraph.doc.Token;
import org.claimgraph.language.FunctionWords;

/** The reporting verb a word is a form of, where the lemmatizer missed it: the lemmas the cues are looked up by. */
final class ReportingLemmas {
    /** Participles that serve as prepositions: "a letter regarding the vote" reports nothing by "regarding". */
    static final Set<String> PREPOSITIONAL_PARTICIPLES = FunctionWords.get("participle-prepositions");

    private ReportingLemmas() {}

    /**
     * "condemned" left as its own lemma, "endorsed" lemmatized "endors", "Warns" in a headline, "warning", "Said": the
     * reporting verb the word is a form of, when there is one; not "regarding", a preposition.
     */
    static String repaired(List<Token> t, String[] tags, boolean titled, int i) {
        String lemma = t.get(i).lemma();
        // a contraction's lemmas ("be+not" for "weren't"): the first word's
        int plus = lemma.indexOf('+');
        if (plus > 0) lemma = lemma.substring(0, plus);
        String w = t.get(i).text().toLowerCase(Locale.ROOT);
        boolean gerund = tags[i].equals("NOUN") && (TagRepairs.gerundAfterPreposition(t, i) || TagRepairs.coordinatedVerb(t, tags, i)
                || TagRepairs.verbBeforeThat(t, tags, i)) || tags[i].equals("ADJ") && TagRepairs.gerundAfterPreposition(t, i);
        // "Lawmaker urges/NOUN/urges retaliation": a noun in -s the lemmatizer did not know
        boolean unknownPlural = tags[i].equals("NOUN") && lemma.equals(w) && w.endsWith("s");
        if (!(tags[i].equals("VERB") || titled || progressive(t, i) || gerund || unknownPlural) || reporting(lemma)
                || PREPOSITIONAL_PARTICIPLES.contains(w)) return lemma;
        // "Said Jones:": a capitalized irregular form the lemmatizer left alone
        String irregular = ReportingLexicon.IRREGULAR_FORMS.get(w);
        if (irregular != null) return irregular;
        // "to declare/VERB/declar": a verb whose word is itself a reporting verb's lemma
        if (tags[i].equals("VERB") && reporting(w)) return w;
        // "warning", "worried" left as their own lemmas, "ruled" lemmatized "rul": the stem, with its "e" ("charging")
        // or "y" ("worried") restored, or its final consonant undoubled ("slamming", "quipped")
        for (String suffix : new String[] {"d", "ed", "s", "es", "ing", "ied", "ies"}) {
            if (!w.endsWith(suffix) || w.length() <= suffix.length() + 2) continue;
            String stem = w.substring(0, w.length() - suffix.length());
            if (suffix.equals("ied") || suffix.equals("ies")) stem += "y";
            if (reporting(stem)) return stem;
            if (suffix.equals("ing") && reporting(stem + "e")) return stem + "e";
            int last = stem.length() - 1;
            if (suffix.equals("ed") || suffix.equals("ing")) {
                if (stem.charAt(last) == stem.charAt(last - 1) && reporting(stem.substring(0, last))) return stem.substring(0, last);
            }
        }
        return lemma;
    }

    /** "is warning/NOUN members": a word in -ing right after a form of "be". */
    static boolean progressive(List<Token> t, int i) {
        return i > 0 && t.get(i).text().endsWith("ing") && t.get(i - 1).pos().startsWith("AUX") && t.get(i - 1).lemma().startsWith("be");
    }

    /** A verb the lexicon knows, by its frame or by the prepositions of its stance. */
    static boolean reporting(String lemma) {
        return ReportingLexicon.frame(lemma) != null || ReportingLexicon.PREPOSITIONAL_VERBS.containsKey(lemma);
    }
}
