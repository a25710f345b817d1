package org.claimgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.apache.jena.atlas.lib.Bytes;
import org.apache.jena.dboe.base.record.Record;
import org.apache.jena.dboe.base.record.RecordFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The loader's rows come out in each index's order, unsigned as TDB2 compares its keys, each distinct row
 * once, whether they stayed in memory or went to files: chunks of 1,000 rows here, two kept in memory.
 */
class IdRowsTest {
    private static final int CHUNK = 1_000;

    @Test
    void rowsComeOutSortedInEachIndexOrderFromMemoryAndFiles(@TempDir Path dir) throws Exception {
        Random random = new Random(7);
        List<long[]> given = new ArrayList<>();
        try (IdRows rows = new IdRows("GSPO", 2L * CHUNK * 4 * Long.BYTES, dir, "quads", CHUNK)) {
            for (int i = 0; i < 10_500; i++) {
                // few graphs and predicates (long runs of equal first columns), ids with the top bit set too
                long[] row = {random.nextInt(7), random.nextLong(), random.nextInt(20) - 10, i % 50 == 0 ? Long.MIN_VALUE + i : random.nextLong()};
                if (i % 97 == 0 && !given.isEmpty()) row = given.get(random.nextInt(given.size())).clone();   // given twice
                given.add(row);
                rows.add(row[0], row[1], row[2], row[3]);
            }
            try (Stream<Path> files = Files.list(dir)) {
                assertEquals(9, files.count(), "ten full chunks: one kept in memory beside the one being filled, nine in files");
            }
            RecordFactory records = new RecordFactory(4 * Long.BYTES, 0);
            for (String index : List.of("POSG", "GSPO", "OSPG", "SPOG")) {
                List<long[]> expected = given.stream().map(r -> permuted(r, index)).sorted(IdRowsTest::unsigned).toList();
                List<long[]> distinct = new ArrayList<>();
                for (long[] r : expected) if (distinct.isEmpty() || unsigned(distinct.get(distinct.size() - 1), r) != 0) distinct.add(r);
                List<long[]> actual = new ArrayList<>();
                try (RowMerge merged = rows.sorted(index, records)) {
                    merged.forEachRemaining(r -> actual.add(ids(r)));
                }
                assertTrue(distinct.size() < given.size());
                assertEquals(distinct.size(), actual.size(), index);
                for (int i = 0; i < actual.size(); i++) assertTrue(Arrays.equals(distinct.get(i), actual.get(i)), index + " row " + i);
            }
        }
    }

    private static long[] permuted(long[] gspo, String index) {
        long[] row = new long[4];
        for (int i = 0; i < 4; i++) row[i] = gspo["GSPO".indexOf(index.charAt(i))];
        return row;
    }

    private static int unsigned(long[] a, long[] b) {
        for (int i = 0; i < a.length; i++) {
            int c = Long.compareUnsigned(a[i], b[i]);
            if (c != 0) return c;
        }
        return 0;
    }

    private static long[] ids(Record r) {
        long[] row = new long[4];
        for (int i = 0; i < 4; i++) row[i] = Bytes.getLong(r.getKey(), i * Long.BYTES);
        return row;
    }
}
