package org.claimgraph.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.claimgraph.TestData;
import org.claimgraph.reader.WarcFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The job's units and how they are shared out among the partitions. */
class UnitsTest {
    @TempDir
    Path tmp;

    @Test
    void partitionsAreRunsOfAboutEqualBytes() throws Exception {
        int[] sizes = {100, 100, 100, 100, 100, 100, 600, 600};
        for (int i = 0; i < sizes.length; i++) Files.writeString(tmp.resolve("f" + i + ".txt"), "a".repeat(sizes[i]));
        List<Unit> units = Units.list(List.of(tmp.toString()), null).units();
        assertEquals(8, units.size());

        List<List<Unit>> slices = Units.slices(units, 4);
        List<Unit> joined = new ArrayList<>();
        slices.forEach(joined::addAll);
        assertEquals(units, joined, "consecutive runs, in input order");
        // By count (2 each) the last would hold 1,200 of the 1,800 bytes.
        for (List<Unit> slice : slices) assertTrue(bytes(slice) <= 1800 / 4 + 600 / 2, slices.toString());
        assertEquals(List.of(2, 2, 2), Units.slices(units.subList(0, 6), 3).stream().map(List::size).toList(), "equal files: equal counts");
    }

    @Test
    void aWarcArchivesPagesShareItsBytes() throws Exception {
        Path archive = WarcFixture.write(tmp.resolve("crawl.warc.gz"), WarcFixture.seeds(TestData.seeds()));
        List<Unit> pages = Units.list(List.of(archive.toString()), null).units();
        assertEquals(5, pages.size());
        assertEquals(Files.size(archive) - pages.get(0).offset(), bytes(pages), "from the first page (after the archive's own record) to the end");
        assertTrue(pages.stream().allMatch(p -> p.bytes() > 0));
    }

    private static long bytes(List<Unit> units) {
        return units.stream().mapToLong(Unit::bytes).sum();
    }
}
