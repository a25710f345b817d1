package org.claimgraph.assertions;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.claimgraph.doc.Span;
import org.claimgraph.language.FunctionWords;

/**
 * "She said Trump favors a strongman approach", "Merrill says Machado promised to ...": a report whose
 * source opens what another source said is that speaker's account of a third party, not an
 * attribution the article makes; so is a report inside what "according to" gives. The outer report keeps the
 * whole clause.
 */
final class EmbeddedReports {
    private EmbeddedReports() {}

    private static final Set<String> PERSONAL_PRONOUNS = FunctionWords.inPersons("subject-pronoun", "1sg", "1pl", "3sg", "3sg-neuter", "3pl");

    /**
     * Drops from {@code found} every report whose source and cue stand in the content that follows
     * another's cue, the source opening it (after "that").
     */
    static void drop(SentenceView v, List<Attribution> found) {
        found.removeIf(a -> a.source != null && found.stream().anyMatch(b -> b != a && (opens(v, b, a) || namesWithin(v, b, a) || accountWithin(v, b, a))));
    }

    /**
     * "Police have said they will not release the videos, according to the family's lawyers", "Clinton plans to visit
     * on Sunday, according to an aide": a report inside what "according to" gives is that source's account.
     */
    private static boolean accountWithin(SentenceView v, Attribution outer, Attribution inner) {
        if (!v.lower(outer.cueStart).equals("according")) return false;
        for (Span part : outer.content) {
            if (part.start() <= inner.source.start() && inner.cue.end() <= part.end()) return true;
        }
        return false;
    }

    /**
     * "It is denouncing what it calls “a coordinated attack”", "condemned what he called a “brazen breach”": a
     * name the speaker of another report gives to what that report is about (a pronoun the source, the
     * relative pronoun a content part of its own) is part of that report's words. A third party's name
     * stays its own ("denounced what the prime minister called ...").
     */
    private static boolean namesWithin(SentenceView v, Attribution outer, Attribution inner) {
        if (inner.content.size() < 2 || inner.content.get(0).end() > inner.source.start()) return false;
        if (!PERSONAL_PRONOUNS.contains(inner.source.of(v.doc).toLowerCase(Locale.ROOT))) return false;
        for (Span part : outer.content) {
            if (part.start() <= inner.content.get(0).start() && inner.cue.end() <= part.end()) return true;
        }
        return false;
    }

    private static boolean opens(SentenceView v, Attribution outer, Attribution inner) {
        Span source = inner.source;
        for (Span part : outer.content) {
            if (part.start() < outer.cue.end() || source.start() < part.start() || inner.cue.end() > part.end()) continue;
            for (int k = 0; k < v.n && v.start(k) < source.start(); k++) {
                if (v.start(k) >= part.start() && !v.lower(k).equals("that")) return false;
            }
            return true;
        }
        return false;
    }
}
