package org.claimgraph.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A plain-text table: a title, a header row, aligned columns. */
final class Report {
    private final String title;
    private final List<String[]> rows = new ArrayList<>();

    Report(String title, String... header) {
        this.title = title;
        rows.add(header);
    }

    Report row(Object... cells) {
        String[] r = new String[cells.length];
        for (int i = 0; i < cells.length; i++) r[i] = format(cells[i]);
        rows.add(r);
        return this;
    }

    void print(PrintStream out) {
        int columns = rows.stream().mapToInt(r -> r.length).max().orElse(0);
        int[] width = new int[columns];
        for (String[] r : rows) for (int i = 0; i < r.length; i++) width[i] = Math.max(width[i], r[i].length());
        out.println();
        out.println("== " + title);
        for (int k = 0; k < rows.size(); k++) {
            String[] r = rows.get(k);
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < r.length; i++) {
                if (i > 0) line.append(" | ");
                line.append(i == 0 ? pad(r[i], width[i]) : padLeft(r[i], width[i]));
            }
            out.println(line.toString().stripTrailing());
            if (k == 0) {
                StringBuilder rule = new StringBuilder();
                for (int i = 0; i < columns; i++) rule.append(i > 0 ? "-+-" : "").append("-".repeat(width[i]));
                out.println(rule);
            }
        }
        out.flush();
    }

    static String format(Object o) {
        if (o == null) return "-";
        if (o instanceof Double d) {
            if (d.isNaN()) return "-";
            double a = Math.abs(d);
            return String.format(Locale.ROOT, a >= 1000 ? "%,.0f" : a >= 10 ? "%.1f" : "%.2f", d);
        }
        if (o instanceof Long || o instanceof Integer) return String.format(Locale.ROOT, "%,d", ((Number) o).longValue());
        return o.toString();
    }

    static String mib(long bytes) { return bytes < 0 ? "-" : String.format(Locale.ROOT, "%,.0f MiB", bytes / 1048576.0); }

    /** A share (0..1) as a whole percentage; "-" when unknown. */
    static String percent(double share) { return Double.isNaN(share) ? "-" : String.format(Locale.ROOT, "%.0f%%", 100 * share); }

    static String verdict(boolean met) { return met ? "OK" : "MISSED"; }

    private static String pad(String s, int w) { return s + " ".repeat(w - s.length()); }

    private static String padLeft(String s, int w) { return " ".repeat(w - s.length()) + s; }
}
