package org.claimgraph.reader;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lines that open a reader comment ("by: NAME from: PLACE", "Avatar NAME says:", "NAME says: DATE",
 * a date on the next line) and the lines that open or head a comment section ("Leave a reply", "12 comments").
 */
final class CommentHeaders {
    private CommentHeaders() {}

    /** A comment's author, date (ISO, or as written; may be null) and how many lines its header takes. */
    record Header(String author, String date, int lines) {}

    /** Lines that open or head a comment section. */
    static final String COMMENT_MARKER_RE =
            "^(?:this forum has been closed|comments are closed|comments? sorting|leave a (?:comment|reply)|post a comment"
                    + "|add (?:a )?comment|join the (?:discussion|conversation)|(?:show|view|hide) comments|\\d+\\s+(?:comments?|responses?|replies)"
                    + "|comments?(?:\\s*\\(\\d+\\))?)\\W*$";
    private static final Pattern COMMENT_MARKER = Pattern.compile(COMMENT_MARKER_RE, Pattern.CASE_INSENSITIVE);
    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern COMMENT_BY = Pattern.compile("^by:\\s*(\\S.{0,60}?)(?:\\s+from:\\s*(.{0,60}))?\\s*$", CI);
    private static final Pattern COMMENT_SAYS = Pattern.compile(
            "^(?:\\d{1,3}[.)]\\s+)?(?:avatar\\s+)?(\\S.{0,60}?)\\s+(?:says|said|wrote|writes)\\s*:\\s*(.*)$", CI);
    private static final Pattern NOT_IN_NAME = Pattern.compile(".*[.!?\"“”:].*");
    private static final Pattern RELATIVE_DATE = Pattern.compile("\\d+\\s+(?:minutes?|hours?|days?|weeks?|months?|years?)\\s+ago", CI);

    static boolean isMarker(String line) {
        return COMMENT_MARKER.matcher(line).lookingAt();
    }

    /** The comment header at line i, or null. */
    static Header at(PageLines p, int i) {
        String line = p.line(i);
        if (line.indexOf(':') < 0) return null;   // both forms need one: a cheap test before the expressions
        Matcher m = COMMENT_BY.matcher(line);
        String author;
        String rest = "";
        if (m.matches()) {
            author = m.group(1).strip();
        } else {
            m = COMMENT_SAYS.matcher(line);
            if (!m.matches() || PageLines.words(m.group(1)) > 6 || NOT_IN_NAME.matcher(m.group(1)).matches()) return null;
            author = m.group(1).strip();
            rest = m.group(2).strip();
            if (!rest.isEmpty() && DateParser.whole(rest) == null) return null;
        }
        if (!rest.isEmpty()) return new Header(author, date(rest), 1);
        int next = p.nextNonBlank(i + 1);
        if (next < p.size()) {
            String date = p.line(next);
            if (DateParser.whole(date) != null || RELATIVE_DATE.matcher(date).matches()) {
                return new Header(author, date(date), next - i + 1);
            }
        }
        return new Header(author, null, 1);
    }

    /** A comment's date as ISO date and time when it parses, else as written. */
    static String date(String written) {
        DateParser.Found f = DateParser.whole(written);
        return f != null ? f.withTime() : written;
    }
}
