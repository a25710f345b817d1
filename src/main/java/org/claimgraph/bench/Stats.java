package org.claimgraph.bench;

import java.util.Arrays;

/** Latency statistics over a sample of durations in nanoseconds, reported in milliseconds. */
record Stats(int count, double medianMs, double p95Ms, double p99Ms, double maxMs) {
    static Stats of(long[] nanos) {
        if (nanos.length == 0) return new Stats(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new Stats(sorted.length, ms(percentile(sorted, 50)), ms(percentile(sorted, 95)), ms(percentile(sorted, 99)),
                ms(sorted[sorted.length - 1]));
    }

    /** Nearest-rank percentile: the smallest value with at least p% of the sample at or below it. */
    static long percentile(long[] sorted, double p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    private static double ms(long nanos) { return nanos / 1e6; }
}
