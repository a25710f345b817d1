package org.claimgraph.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.claimgraph.reader.Input;
import org.claimgraph.reader.InputWalker;

/**
 * The job's inputs, listed on the driver in input order. Local paths are walked exactly as
 * {@code extract} walks them ({@link InputWalker}: the same files, the same names, the pages of WARC
 * archives), so both give the same documents. A Hadoop URI (scheme://...) or glob names files on that
 * file system: its directories are listed recursively in name order, hidden entries left out.
 */
final class Units {
    /** The units, and the inputs refused while listing them ("name (reason)"). */
    record Listing(List<Unit> units, List<String> rejected, int ignored) {}

    private Units() {}

    static Listing list(List<String> arguments, Configuration conf) {
        List<Unit> units = new ArrayList<>();
        List<String> rejected = new ArrayList<>();
        int ignored = 0;
        for (String arg : arguments) {
            if (arg.contains("://")) {
                for (FileStatus file : hadoopFiles(arg, conf)) {
                    String name = file.getPath().toString();
                    units.add(new Unit(units.size(), name, name, -1, true, file.getLen()));
                }
                continue;
            }
            InputWalker.Expansion local = InputWalker.expand(List.of(arg));
            List<Input> inputs = local.inputs();
            for (int i = 0; i < inputs.size(); i++) {
                Input in = inputs.get(i);
                if (in.isStdin()) rejected.add("- (standard input cannot be read by a cluster job)");
                else units.add(new Unit(units.size(), in.given(), in.path().toAbsolutePath().toString(), in.recordOffset(), false,
                        bytes(in, i + 1 < inputs.size() ? inputs.get(i + 1) : null)));
            }
            for (InputWalker.Rejection r : local.rejected()) rejected.add(r.given() + " (" + r.reason() + ")");
            ignored += local.ignored();
        }
        return new Listing(units, rejected, ignored);
    }

    /**
     * The units in at most {@code n} runs of consecutive units of about equal bytes (a document's work grows with its
     * length): counted by units, the last of 4 partitions of the bench's first 300 articles held 474 KB against
     * 204-335 KB, and the job waited for it.
     */
    static List<List<Unit>> slices(List<Unit> units, int n) {
        long total = 0;
        for (Unit u : units) total += weight(u);
        List<List<Unit>> slices = new ArrayList<>();
        List<Unit> slice = new ArrayList<>();
        long sum = 0;
        for (Unit u : units) {
            long w = weight(u);
            // A unit whose middle passes the next boundary opens the next slice.
            if (!slice.isEmpty() && slices.size() < n - 1 && (sum + w / 2) * n > total * (slices.size() + 1)) {
                slices.add(slice);
                slice = new ArrayList<>();
            }
            slice.add(u);
            sum += w;
        }
        slices.add(slice);
        return slices;
    }

    private static long weight(Unit u) { return Math.max(1, u.bytes()); }

    /** A file's length; a WARC page's, up to the next page of its archive ({@code next}) or the archive's end. */
    private static long bytes(Input in, Input next) {
        try {
            if (in.isArchived() && next != null && next.isArchived() && next.path().equals(in.path())) return next.recordOffset() - in.recordOffset();
            return Files.size(in.path()) - Math.max(0, in.recordOffset());
        } catch (IOException e) {
            return 1;   // its reader reports it
        }
    }

    private static List<FileStatus> hadoopFiles(String arg, Configuration conf) {
        try {
            Path pattern = new Path(arg);
            FileSystem fs = pattern.getFileSystem(conf);
            FileStatus[] matched = fs.globStatus(pattern);
            if (matched == null || matched.length == 0) throw new IllegalArgumentException(arg + ": no such file");
            List<FileStatus> files = new ArrayList<>();
            Arrays.sort(matched, Comparator.comparing(s -> s.getPath().toString()));
            for (FileStatus s : matched) walk(fs, s, files);
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + arg + ": " + e.getMessage(), e);
        }
    }

    private static void walk(FileSystem fs, FileStatus status, List<FileStatus> files) throws IOException {
        if (status.getPath().getName().startsWith(".") || status.getPath().getName().startsWith("_")) return;
        if (!status.isDirectory()) {
            files.add(status);
            return;
        }
        FileStatus[] children = fs.listStatus(status.getPath());
        Arrays.sort(children, Comparator.comparing(s -> s.getPath().getName()));
        for (FileStatus c : children) walk(fs, c, files);
    }
}
