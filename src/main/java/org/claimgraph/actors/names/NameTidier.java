package org.claimgraph.actors.names;

import static org.claimgraph.actors.names.Shapes.isNameWord;

import opennlp.tools.util.Span;
import org.claimgraph.doc.MentionType;

/**
 * Trims what cannot begin or end a name off a rule's span ("He also", "Critics of X", "France is", a title or a
 * demonym before a person), and drops spans that name no actor: only titles and demonyms, an event, a plural
 * acronym, a date, a web address or handle.
 */
final class NameTidier {
    private final Gazetteer gazetteer;
    private final PersonNameSpans persons;

    NameTidier(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.persons = new PersonNameSpans(gazetteer);
    }

    /** The span tidied, or null when nothing is left or it names no actor. */
    Span tidy(NerTokens nt, Span raw, boolean checkedWords) {
        Span t = trimmed(nt, raw, checkedWords);
        if (t == null) return null;
        String[] w = nt.words;
        MentionType type = NameModel.typeOf(t.getType());
        boolean single = t.length() == 1;
        if (onlyDescriptive(w, t) || !checkedWords && describedPerson(w, t, type)
                || single && (Shapes.isPluralAcronym(w[t.getStart()]) || Shapes.isMonthBeforeDay(w, t.getStart()))
                || namesEvent(w, t, type)) return null;
        return t;
    }

    private Span trimmed(NerTokens nt, Span c, boolean checkedWords) {
        int from = c.getStart();
        int to = c.getEnd();
        // Rules check the words they take themselves; the part of speech of a word opening a line says little there.
        while (from < to && !(checkedWords ? isNameWord(nt.words[from]) && !gazetteer.isNotName(nt.words[from])
                : canStartName(nt, from))) from++;
        if (from == to) return null;
        // "Frenchman Jules Marot": a name after a demonym that means a person is that person's.
        MentionType type = NameModel.typeOf(c.getType());
        if (to - from > 1 && persons.isPersonDemonym(nt.words[from])) {
            from++;
            type = MentionType.PERSON;
        }
        // "Full-back Tom Reid", "Russian Dmitri Orlov": a person's name starts after a title or demonym.
        while (type == MentionType.PERSON && to - from > 1) {
            int title = gazetteer.longestTitleOrNominee(nt.words, from).length();
            String first = nt.words[from];
            int skip = title > 0 ? title : gazetteer.isDemonym(first) && !gazetteer.isGivenName(first) ? 1 : 0;
            if (skip == 0 || from + skip >= to) break;
            from += skip;
        }
        to = trimmedEnd(nt.words, from, to);
        if (from == to) return null;
        for (int k = from; k < to; k++) {
            String w = nt.words[k];
            if (w.contains("://") || w.startsWith("@") || w.startsWith("#")) return null;
        }
        return new Span(from, to, NameModel.typeName(type));
    }

    /** Where the name from {@code from} ends at the latest {@code to}: before a lone dash, a non-name word or a title. */
    private int trimmedEnd(String[] w, int from, int to) {
        // A dash standing alone separates two things: "Steers - Select".
        for (int k = from + 1; k < to; k++) {
            if (w[k].equals("-") || w[k].equals("--") || w[k].equals("\u2013") || w[k].equals("\u2014")) {
                to = k;
                break;
            }
        }
        while (to > from && (!isNameWord(w[to - 1]) || gazetteer.isNotName(w[to - 1]))) to--;
        // "Agency Vice" of "Agency Vice Minister X": a name does not end in the first words of a title running on after it.
        for (int k = from + 1; k < to; k++) {
            if (k + gazetteer.longestTitleOrNominee(w, k).length() > to) return k;
        }
        return to;
    }

    /** Capitalized only because it opens the sentence, a quote or a list item: "Critics", "Meanwhile", "He". */
    private static boolean isOpening(NerTokens nt, int k) {
        return k == 0 || "PUNCT".equals(nt.pos[k - 1]) && !",".equals(nt.words[k - 1]);
    }

    private boolean canStartName(NerTokens nt, int k) {
        String word = nt.words[k];
        if (!isNameWord(word) || gazetteer.isNotName(word)) return false;
        if (gazetteer.longestName(nt.words, k).length() > 0 || gazetteer.isGivenName(word)) return true;
        String pos = nt.pos[k];
        if (nt.casing() != Casing.NORMAL) return true;
        boolean opening = isOpening(nt, k);
        boolean alone = k + 1 >= nt.size() || !isNameWord(nt.words[k + 1]);
        // The tagger calls unknown names VERB or NOUN ("Sven/VERB Diermeier"): only alone do those words drop.
        // An adjective opening the sentence alone is capitalized for that reason only ("Violent crime has soared").
        if ("VERB".equals(pos) || "NOUN".equals(pos) || "ADJ".equals(pos)) return !(opening && alone);
        return !nt.isFunctionWord(k);
    }

    /**
     * "Euro Swiss francs", "Ottoman Turkish": what reads as a person but ends in a demonym, after a word
     * that is no given name, describes things of a people. "Dawn French" keeps her given name, so stays.
     */
    private boolean describedPerson(String[] w, Span c, MentionType type) {
        return type == MentionType.PERSON && c.length() >= 2 && gazetteer.isDemonym(w[c.getEnd() - 1])
                && !gazetteer.isGivenName(w[c.getStart()]);
    }

    /** "Kazakh", "Chinese Ambassador": demonyms and titles describe an actor, they do not name one. */
    private boolean onlyDescriptive(String[] w, Span c) {
        // "General Staff", "Joint Staff": title words ending in an organization's head name that organization;
        // a title phrase of the list ("Chief of Staff") stays a title.
        if (gazetteer.isOrgHead(w[c.getEnd() - 1]) && gazetteer.longestTitle(w, c.getStart()).length() != c.length()) return false;
        for (int k = c.getStart(); k < c.getEnd(); k++) {
            if (!gazetteer.isDemonym(w[k]) && !gazetteer.isTitleWord(w[k]) && !NameWords.CONNECTORS.contains(w[k])) return false;
        }
        return true;
    }

    /**
     * "the Hamlet Cup", "the Kestrel Open", "Norby Classic tennis tournament": a name ending in an event word
     * names an event. Persons with a known given name ("Tony Masters") stay.
     */
    private boolean namesEvent(String[] w, Span c, MentionType type) {
        if (type == MentionType.PERSON && gazetteer.isGivenName(w[c.getStart()])) return false;
        return NameWords.EVENT_WORDS.contains(w[c.getEnd() - 1]);
    }
}
