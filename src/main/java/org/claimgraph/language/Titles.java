package org.claimgraph.language;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The one list of titles ("Sen.", "foreign minister", "spokesman"), read from {@code titles.tsv}: each form with
 * what it serves. The sentence splitter asks for abbreviations, the name finder for the titles before a name,
 * the actor stage for roles and leaders' titles. Loaded once; read-only afterwards.
 */
public final class Titles {
    static final String RESOURCE = "org/claimgraph/language/titles.tsv";

    /** What a form serves (the second column of the list). */
    public enum Use {
        /** Stands before a person's name and is no part of it ("Foreign Minister Sergei X"). */
        NAME,
        /** A position recorded as a person's role. */
        ROLE,
        /** A role of a head of state or government. */
        LEADER,
        /** An abbreviated title and nothing else. */
        ABBREVIATION,
        /** May stand before a title and belong to it as stated ("Deputy Foreign Minister", "former President"). */
        MODIFIER
    }

    private static final class Holder {
        static final Titles SHARED = new Titles(WordLists.lines(RESOURCE));
    }

    private final Map<Use, List<String>> byUse = new EnumMap<>(Use.class);
    /** Abbreviations without their final full stop, lower case: "sen", "lt.-gen". */
    private final Set<String> abbreviations = new HashSet<>();

    Titles(List<String> lines) {
        for (Use u : Use.values()) byUse.put(u, new ArrayList<>());
        for (String line : lines) {
            String[] f = line.split("\t");
            if (f.length != 2) throw new IllegalStateException(RESOURCE + ": want 'form<TAB>uses': " + line);
            String form = f[0].strip().toLowerCase(Locale.ROOT);
            for (String use : f[1].strip().split(" +")) byUse.get(Use.valueOf(use.toUpperCase(Locale.ROOT))).add(form);
            if (form.length() > 1 && form.endsWith(".") && form.indexOf(' ') < 0) abbreviations.add(form.substring(0, form.length() - 1));
        }
    }

    public static Titles shared() { return Holder.SHARED; }

    /** The forms that serve {@code use}, lower case, in the list's order. */
    public List<String> forms(Use use) { return List.copyOf(byUse.get(use)); }

    /** True for an abbreviated title given without its full stop, in any case: "Sen", "GEN", "Lt.-Gen". */
    public boolean isAbbreviation(String word) { return abbreviations.contains(word.toLowerCase(Locale.ROOT)); }
}
