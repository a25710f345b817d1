package org.claimgraph.store;

/**
 * Rows of {@code width} longs laid end to end in one array, put in an index's column order and sorted
 * in place, comparing columns left to right as signed longs ({@link IdRows} flips the ids' top bit, so
 * this is the unsigned order of TDB2's keys). A quicksort on whole rows: no object per row, and the
 * rows stay where the cache finds them.
 */
final class RowSort {
    private static final int INSERTION_ROWS = 12;

    private RowSort() {}

    /**
     * Reorders the columns of the first {@code used} longs of {@code ids}: column {@code i} of a row becomes
     * its column {@code order[i]}.
     */
    static void permute(long[] ids, int used, int width, int[] order) {
        long[] row = new long[width];
        for (int at = 0; at < used; at += width) {
            System.arraycopy(ids, at, row, 0, width);
            for (int i = 0; i < width; i++) ids[at + i] = row[order[i]];
        }
    }

    /** Sorts the rows in the first {@code used} longs of {@code ids}. */
    static void sort(long[] ids, int used, int width) {
        sort(ids, width, 0, used / width, new long[width], new long[width]);
    }

    /** Compares the row at long {@code a} of {@code x} with the row at long {@code b} of {@code y}. */
    static int compare(long[] x, int a, long[] y, int b, int width) {
        for (int i = 0; i < width; i++) {
            int c = Long.compare(x[a + i], y[b + i]);
            if (c != 0) return c;
        }
        return 0;
    }

    /** Rows {@code lo} (included) to {@code hi} (excluded); recursion on the smaller side keeps the stack shallow. */
    private static void sort(long[] ids, int w, int lo, int hi, long[] pivot, long[] tmp) {
        while (hi - lo > INSERTION_ROWS) {
            medianToFront(ids, w, lo, lo + (hi - lo) / 2, hi - 1, tmp);
            System.arraycopy(ids, lo * w, pivot, 0, w);
            // Hoare's partition: rows lo..j are <= the pivot, j+1..hi-1 are >= it, and both sides are non-empty.
            int i = lo - 1;
            int j = hi;
            while (true) {
                do i++; while (compare(ids, i * w, pivot, 0, w) < 0);
                do j--; while (compare(ids, j * w, pivot, 0, w) > 0);
                if (i >= j) break;
                swap(ids, w, i, j, tmp);
            }
            if (j + 1 - lo < hi - j - 1) {
                sort(ids, w, lo, j + 1, pivot, tmp);
                lo = j + 1;
            } else {
                sort(ids, w, j + 1, hi, pivot, tmp);
                hi = j + 1;
            }
        }
        insertionSort(ids, w, lo, hi, tmp);
    }

    /** Puts the median of rows a, b and c at row a. */
    private static void medianToFront(long[] ids, int w, int a, int b, int c, long[] tmp) {
        if (compare(ids, b * w, ids, a * w, w) < 0) swap(ids, w, a, b, tmp);
        if (compare(ids, c * w, ids, b * w, w) < 0) {
            swap(ids, w, b, c, tmp);
            if (compare(ids, b * w, ids, a * w, w) < 0) swap(ids, w, a, b, tmp);
        }
        swap(ids, w, a, b, tmp);   // the median was at b
    }

    private static void insertionSort(long[] ids, int w, int lo, int hi, long[] tmp) {
        for (int i = lo + 1; i < hi; i++) {
            System.arraycopy(ids, i * w, tmp, 0, w);
            int j = i - 1;
            while (j >= lo && compare(ids, j * w, tmp, 0, w) > 0) j--;
            if (j + 1 < i) {
                System.arraycopy(ids, (j + 1) * w, ids, (j + 2) * w, (i - j - 1) * w);
                System.arraycopy(tmp, 0, ids, (j + 1) * w, w);
            }
        }
    }

    private static void swap(long[] ids, int w, int a, int b, long[] tmp) {
        System.arraycopy(ids, a * w, tmp, 0, w);
        System.arraycopy(ids, b * w, ids, a * w, w);
        System.arraycopy(tmp, 0, ids, b * w, w);
    }
}
