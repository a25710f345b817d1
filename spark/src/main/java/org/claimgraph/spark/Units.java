package org.claimgraph.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
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
                for (String file : hadoopFiles(arg, conf)) units.add(new Unit(units.size(), file, file, -1, true));
                continue;
            }
            InputWalker.Expansion local = InputWalker.expand(List.of(arg));
            for (Input in : local.inputs()) {
                if (in.isStdin()) rejected.add("- (standard input cannot be read by a cluster job)");
                else units.add(new Unit(units.size(), in.given(), in.path().toAbsolutePath().toString(), in.recordOffset(), false));
            }
            for (InputWalker.Rejection r : local.rejected()) rejected.add(r.given() + " (" + r.reason() + ")");
            ignored += local.ignored();
        }
        return new Listing(units, rejected, ignored);
    }

    private static List<String> hadoopFiles(String arg, Configuration conf) {
        try {
            Path pattern = new Path(arg);
            FileSystem fs = pattern.getFileSystem(conf);
            FileStatus[] matched = fs.globStatus(pattern);
            if (matched == null || matched.length == 0) throw new IllegalArgumentException(arg + ": no such file");
            List<String> files = new ArrayList<>();
            Arrays.sort(matched, Comparator.comparing(s -> s.getPath().toString()));
            for (FileStatus s : matched) walk(fs, s, files);
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + arg + ": " + e.getMessage(), e);
        }
    }

    private static void walk(FileSystem fs, FileStatus status, List<String> files) throws IOException {
        if (status.getPath().getName().startsWith(".") || status.getPath().getName().startsWith("_")) return;
        if (!status.isDirectory()) {
            files.add(status.getPath().toString());
            return;
        }
        FileStatus[] children = fs.listStatus(status.getPath());
        Arrays.sort(children, Comparator.comparing(s -> s.getPath().getName()));
        for (FileStatus c : children) walk(fs, c, files);
    }
}
