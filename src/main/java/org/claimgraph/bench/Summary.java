package org.claimgraph.bench;

/** The bench's closing table: each measure beside its target, and whether every target was met. */
final class Summary {
    final Report report;
    boolean allMet = true;

    Summary(CorpusInfo corpus) {
        report = new Report("Summary (on " + corpus.brief() + ")", "measure", "value", "target", "met");
    }

    void add(String measure, Object value, String target, boolean met) {
        report.row(measure, value, target, target == null ? "" : Report.verdict(met));
        allMet &= met;
    }
}
