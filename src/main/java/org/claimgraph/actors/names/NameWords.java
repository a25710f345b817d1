package org.claimgraph.actors.names;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.claimgraph.language.CalendarWords;
import org.claimgraph.language.WordLists;

/**
 * The small word lists the rule finders read (each a resource file beside the gazetteers), loaded once.
 * Entries match as written: "de" is a connector, "De" is not.
 */
final class NameWords {
    private NameWords() {}

    static final Set<String> CONNECTORS = set("connectors.txt");
    static final Set<String> PARTICLES = set("particles.txt");
    static final Set<String> LEGAL_FORMS = set("legal-forms.txt");
    /** Last words of a company's name: its first word alone names the company ("Velmor Mining Ltd" ... "Velmor"). */
    static final Set<String> COMPANY_SUFFIXES = union(LEGAL_FORMS, set("company-suffixes.txt"));
    /** Head words only companies end in, which take no "of" complement (unlike "Bank of X", "Group of Seven"). */
    static final Set<String> COMPANY_HEADS = union(LEGAL_FORMS, set("company-heads.txt"));
    static final Set<String> PLACE_NOUNS = set("place-nouns.txt");
    static final Set<String> EVENT_WORDS = set("event-words.txt");
    /** Months as datelines and dates write them, abbreviated (without the dot) or in full. */
    static final Set<String> MONTHS = Set.copyOf(CalendarWords.monthForms());
    static final Set<String> COMPANY_KINDS = set("company-kinds.txt");
    /** Company roles as word sequences, longest first so that "chief executive officer" wins over "chief executive". */
    static final List<String[]> COMPANY_ROLES = WordLists.lines(NameModel.DIR + "company-roles.txt").stream()
            .map(line -> line.split("\\s+")).sorted(Comparator.comparingInt((String[] r) -> r.length).reversed()).toList();
    static final Set<String> HYPHEN_MODIFIERS = set("hyphen-modifiers.txt");
    /** "beat", "drew", "lost": a match's result between the sides named around it. */
    static final Set<String> RESULT_WORDS = set("result-words.txt");

    private static Set<String> set(String file) { return Set.copyOf(WordLists.lines(NameModel.DIR + file)); }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }
}
