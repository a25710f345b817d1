package org.claimgraph.reader;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.claimgraph.doc.ZoneKind;

/**
 * Lines that name who wrote the article: "By X", "Posted by:", "Edited by:" bylines and a "-- Name"
 * signature. Each becomes a BYLINE and offers its name as the author.
 */
final class Bylines {
    private Bylines() {}

    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern BYLINE = Pattern.compile(
            "^(?:(?:posted|written|edited|reported|compiled|story|text|words)\\s+by|by|author|authors|byline|reporter|reporters|editor)"
                    + "\\s*:\\s*(.*)$|^by\\s+(\\S.*)$", CI);
    private static final Pattern EDITED_BY = Pattern.compile("^edited\\s+by\\b", CI);
    private static final Pattern SIGNATURE = Pattern.compile("^(?:--|—|–|―)\\s*(\\S.*)$");
    private static final Pattern NAME_END = Pattern.compile("\\s*(?:[,|•/]|\\s[-–—]\\s|\\s+on\\s+)");
    private static final Set<String> NAME_PARTICLES = Set.copyOf(WordPatterns.list("name-particles.txt"));

    /** "By X", "Posted by:", "Edited by:" lines: BYLINE, and the name as author with {@code rank}. */
    static boolean byline(ZonedPage p, int i, int rank) {
        String line = p.line(i);
        Matcher m = BYLINE.matcher(line);
        if (!m.matches()) return false;
        String rest = m.group(1) != null ? m.group(1) : m.group(2);
        String name = personName(rest);
        if (m.group(2) != null && name == null) return false;   // "By then, ..." is prose
        p.kind[i] = ZoneKind.BYLINE;
        p.offerAuthor(name, EDITED_BY.matcher(line).lookingAt() ? ZonedPage.AUTHOR_EDITOR : rank);
        return true;
    }

    /** "-- Name" alone on a line signs the article. */
    static boolean signature(ZonedPage p, int i) {
        Matcher m = SIGNATURE.matcher(p.line(i));
        if (!m.matches()) return false;
        String name = personName(m.group(1));
        if (name == null || !name.equals(m.group(1).strip())) return false;
        p.kind[i] = ZoneKind.BYLINE;
        p.offerAuthor(name, ZonedPage.AUTHOR_SIGNATURE);
        return true;
    }

    /** The name in a byline's rest ("Jim Davis, Reuters" -> "Jim Davis"), or null when it is no name. */
    static String personName(String rest) {
        if (rest == null) return null;
        String[] pieces = NAME_END.split(rest);
        if (pieces.length == 0) return null;   // separators only ("By: ,")
        String name = pieces[0].strip();
        if (name.isEmpty() || name.length() > 60) return null;
        String[] parts = name.split("\\s+");
        if (parts.length > 6) return null;
        boolean capital = false;
        for (String w : parts) {
            if (w.chars().anyMatch(Character::isDigit)) return null;
            if (Character.isUpperCase(w.codePointAt(0))) capital = true;
            else if (!NAME_PARTICLES.contains(w.toLowerCase(Locale.ROOT))) return null;
        }
        return capital ? name : null;
    }
}
