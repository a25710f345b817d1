package org.claimgraph.doc;

/**
 * Text from outside (a file name, a user name) made safe to print on one line of a terminal or log:
 * control, format and line-separator characters become escapes (\n, \t, \u202E...), so a name cannot
 * end a line early and forge the line after it, nor reorder what a terminal shows.
 */
public final class Printable {
    private Printable() {}

    public static String escape(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String esc = escape(c);
            if (esc != null && out == null) out = new StringBuilder(s.length() + 8).append(s, 0, i);
            if (out != null) {
                if (esc != null) out.append(esc); else out.append(c);
            }
        }
        return out == null ? s : out.toString();
    }

    private static String escape(char c) {
        switch (c) {
            case '\n': return "\\n";
            case '\r': return "\\r";
            case '\t': return "\\t";
            default:
        }
        int type = Character.getType(c);
        boolean unsafe = type == Character.CONTROL || type == Character.FORMAT
                || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
        return unsafe ? String.format("\\u%04X", (int) c) : null;
    }
}
