package org.claimgraph.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.LongBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.jena.dboe.base.record.RecordFactory;

/**
 * Rows of a fixed number of node ids (a quad's four, a triple's three) in their 64-bit stored form, in
 * chunks of {@link #CHUNK_ROWS} rows (64 MB of quads): as many chunks as the memory budget holds stay in the heap, the
 * others go to a file of their own, so the memory a load needs does not grow with its size. Each id
 * is kept with its top bit flipped: a signed comparison of the longs then orders rows as TDB2's
 * B+trees order their bytes, unsigned ({@link RowSort}).
 */
final class IdRows implements AutoCloseable {
    /** Rows in a chunk: 64 MB of quads, 48 MB of triples; ten million quads make five chunks, sorted two at a time on two cores. */
    static final int CHUNK_ROWS = 1 << 21;
    private static final int FIRST_ROWS = 1 << 12;

    private final int chunkRows;

    final int width;
    /** The order of the columns as added, e.g. GSPO. */
    private final String columns;
    private final Path dir;
    private final String name;
    private final int chunksInMemory;
    private final List<long[]> inMemory = new ArrayList<>();
    private final List<Path> spilled = new ArrayList<>();
    private long[] current;
    private int used;
    private long rows;
    /** The order of the columns in the chunks in memory, after the last {@link #sorted}. */
    private String memoryOrder;

    /**
     * Rows of the ids of {@code columns} (GSPO, SPO) in that order; at most {@code memoryBytes} of them kept
     * in memory, the rest in files {@code name-N} in {@code dir}.
     */
    IdRows(String columns, long memoryBytes, Path dir, String name) {
        this(columns, memoryBytes, dir, name, CHUNK_ROWS);
    }

    /** As above, in chunks of {@code chunkRows} rows. */
    IdRows(String columns, long memoryBytes, Path dir, String name, int chunkRows) {
        this.chunkRows = chunkRows;
        this.columns = columns;
        this.memoryOrder = columns;
        this.width = columns.length();
        this.dir = dir;
        this.name = name;
        this.chunksInMemory = (int) Math.max(1, memoryBytes / ((long) chunkRows * width * Long.BYTES));
    }

    long size() { return rows; }

    void add(long a, long b, long c) {
        long[] row = room();
        row[used++] = a ^ Long.MIN_VALUE;
        row[used++] = b ^ Long.MIN_VALUE;
        row[used++] = c ^ Long.MIN_VALUE;
        rows++;
    }

    void add(long a, long b, long c, long d) {
        long[] row = room();
        row[used++] = a ^ Long.MIN_VALUE;
        row[used++] = b ^ Long.MIN_VALUE;
        row[used++] = c ^ Long.MIN_VALUE;
        row[used++] = d ^ Long.MIN_VALUE;
        rows++;
    }

    private long[] room() {
        if (current == null) current = new long[Math.min(FIRST_ROWS, chunkRows) * width];
        if (used == current.length && current.length < chunkRows * width) {
            current = Arrays.copyOf(current, Math.min(current.length * 2, chunkRows * width));   // a small load takes small chunks
        } else if (used == current.length) {
            if (inMemory.size() + 1 < chunksInMemory) {
                inMemory.add(current);
                current = new long[chunkRows * width];
            } else {
                Path file = dir.resolve(name + "-" + spilled.size());
                write(file, current, used);
                spilled.add(file);
            }
            used = 0;
        }
        return current;
    }

    /** A chunk in memory: its first {@code used} longs are rows. */
    record Chunk(long[] ids, int used) {}

    /**
     * The rows as the records of the index {@code index} (its name orders the columns, e.g. POSG), ascending:
     * the chunks in memory are put in that order and sorted on all cores, each chunk spilled to a file is
     * read, sorted and written again, and the runs are merged. The chunks in memory stay in that order.
     */
    RowMerge sorted(String index, RecordFactory records) {
        int[] inMemory = order(memoryOrder, index);
        chunksInMemory().parallelStream().forEach(c -> sort(c, inMemory));
        memoryOrder = index;
        List<Path> sortedFiles = new ArrayList<>();
        if (!spilled.isEmpty()) {
            long[] scratch = new long[chunkRows * width];
            int[] fromFile = order(columns, index);
            for (Path f : spilled) {
                Chunk c = new Chunk(scratch, read(f, scratch));
                sort(c, fromFile);
                Path s = f.resolveSibling(f.getFileName() + "-" + index);
                write(s, c.ids(), c.used());
                sortedFiles.add(s);
            }
        }
        return new RowMerge(width, records, chunksInMemory(), sortedFiles);
    }

    private void sort(Chunk c, int[] order) {
        RowSort.permute(c.ids(), c.used(), width, order);
        RowSort.sort(c.ids(), c.used(), width);
    }

    /** Where each column of {@code to} is in {@code from}. */
    private static int[] order(String from, String to) {
        int[] order = new int[to.length()];
        for (int i = 0; i < order.length; i++) order[i] = from.indexOf(to.charAt(i));
        return order;
    }

    private List<Chunk> chunksInMemory() {
        List<Chunk> all = new ArrayList<>();
        for (long[] c : inMemory) all.add(new Chunk(c, c.length));
        if (used > 0) all.add(new Chunk(current, used));
        return all;
    }

    private static void write(Path file, long[] ids, int used) {
        try (FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
            ByteBuffer buffer = ByteBuffer.allocateDirect(1 << 20);
            LongBuffer longs = buffer.asLongBuffer();
            for (int i = 0; i < used; ) {
                int n = Math.min(longs.capacity(), used - i);
                longs.clear();
                longs.put(ids, i, n);
                buffer.clear().limit(n * Long.BYTES);
                while (buffer.hasRemaining()) out.write(buffer);
                i += n;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the loader's rows to " + file + ": " + e.getMessage(), e);
        }
    }

    /** Reads a file {@link #write} wrote into {@code ids}; returns the longs read. */
    private static int read(Path file, long[] ids) {
        try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer buffer = ByteBuffer.allocateDirect(1 << 20);
            int n = 0;
            while (in.read(buffer) > 0) {
                buffer.flip();
                int whole = buffer.remaining() / Long.BYTES;
                buffer.asLongBuffer().get(ids, n, whole);
                n += whole;
                buffer.position(buffer.position() + whole * Long.BYTES).compact();
            }
            return n;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the loader's rows from " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        inMemory.clear();
        current = null;
    }
}
