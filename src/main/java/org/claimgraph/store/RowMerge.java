package org.claimgraph.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;

import org.apache.jena.atlas.lib.Bytes;
import org.apache.jena.dboe.base.record.Record;
import org.apache.jena.dboe.base.record.RecordFactory;

/**
 * The B+tree records of sorted runs of rows (chunks in memory, files of chunks), merged into one
 * ascending sequence, each distinct row once: what {@code sort --unique} gave xloader's index step.
 */
final class RowMerge implements Iterator<Record>, AutoCloseable {
    /** Longs a run read from a file holds at a time: 1 MB, less when there are many runs. */
    private static final int READ_LONGS = 1 << 17;
    /** Longs all the runs read from files hold at a time (twice: as bytes and as longs): 64 MB. */
    private static final int READ_LONGS_IN_ALL = 1 << 23;
    private static final int READ_LONGS_AT_LEAST = 1 << 12;

    private final int width;
    private final RecordFactory records;
    private final PriorityQueue<Run> runs;
    private final List<Run> all = new ArrayList<>();
    private final long[] last;
    private boolean started;
    private Record next;

    RowMerge(int width, RecordFactory records, List<IdRows.Chunk> sorted, List<Path> sortedFiles) {
        this.width = width;
        this.records = records;
        this.last = new long[width];
        this.runs = new PriorityQueue<>(Math.max(1, sorted.size() + sortedFiles.size()),
                (a, b) -> RowSort.compare(a.ids, a.at, b.ids, b.at, width));
        for (IdRows.Chunk c : sorted) all.add(new Run(c.ids(), c.used(), null));
        int read = Math.max(READ_LONGS_AT_LEAST, Math.min(READ_LONGS, READ_LONGS_IN_ALL / Math.max(1, sortedFiles.size())));
        for (Path f : sortedFiles) all.add(new Run(new long[read - read % width], 0, f));
        for (Run r : all) if (r.advance(width)) runs.add(r);
    }

    @Override
    public boolean hasNext() {
        while (next == null && !runs.isEmpty()) {
            Run r = runs.poll();
            if (!started || RowSort.compare(r.ids, r.at, last, 0, width) != 0) {
                started = true;
                System.arraycopy(r.ids, r.at, last, 0, width);
                next = record(last);
            }
            if (r.advance(width)) runs.add(r);
        }
        return next != null;
    }

    @Override
    public Record next() {
        if (!hasNext()) throw new NoSuchElementException();
        Record r = next;
        next = null;
        return r;
    }

    /** The row's key as TDB2 stores it: each id's eight bytes, big-endian, top bit restored. */
    private Record record(long[] row) {
        byte[] key = new byte[width * Long.BYTES];
        for (int i = 0; i < width; i++) Bytes.setLong(row[i] ^ Long.MIN_VALUE, key, i * Long.BYTES);
        return records.create(key);
    }

    @Override
    public void close() {
        for (Run r : all) r.close();
    }

    /** A sorted run: a chunk in memory, or a file read a block at a time into {@code ids}. */
    private static final class Run {
        final long[] ids;
        final Path path;
        final FileChannel file;
        final ByteBuffer buffer;
        int at;
        int end;
        private boolean begun;

        Run(long[] ids, int used, Path path) {
            this.ids = ids;
            this.end = used;
            this.path = path;
            try {
                this.file = path == null ? null : FileChannel.open(path, StandardOpenOption.READ);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the loader's sorted rows in " + path + ": " + e.getMessage(), e);
            }
            this.buffer = path == null ? null : ByteBuffer.allocateDirect(ids.length * Long.BYTES);
        }

        /** Moves to the next row; false at the end. */
        boolean advance(int width) {
            if (begun) at += width;
            begun = true;
            if (at < end) return true;
            if (file == null) return false;
            end = fill();
            at = 0;
            return end > 0;
        }

        private int fill() {
            try {
                buffer.clear();
                while (buffer.hasRemaining() && file.read(buffer) > 0) {
                    // a block is whole rows: keep reading until it is full or the file ends
                }
                buffer.flip();
                int n = buffer.remaining() / Long.BYTES;
                buffer.asLongBuffer().get(ids, 0, n);
                return n;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the loader's sorted rows: " + e.getMessage(), e);
            }
        }

        /** Closes and deletes the file: it was this merge's alone. */
        void close() {
            try {
                if (file != null) file.close();
                if (path != null) Files.delete(path);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
