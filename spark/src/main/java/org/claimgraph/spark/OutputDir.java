package org.claimgraph.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;

/**
 * The job's output directory: a Hadoop URI (hdfs://, s3a://) is written through its file system, a local path
 * with java.nio. Hadoop's local file system would add a checksum file beside every file and start a
 * {@code chmod} process for each of them, two per part.
 */
record OutputDir(String location) implements Serializable {
    private boolean hadoop() { return location.contains("://") && !location.startsWith("file:"); }

    /** Creates the directory; refuses one that holds anything. */
    void prepare(Configuration conf) {
        try {
            if (hadoop()) {
                org.apache.hadoop.fs.Path out = new org.apache.hadoop.fs.Path(location);
                FileSystem fs = out.getFileSystem(conf);
                if (fs.exists(out) && fs.listStatus(out).length > 0) throw notEmpty();
                fs.mkdirs(out);
                return;
            }
            Path out = local();
            if (Files.isDirectory(out)) {
                try (Stream<Path> entries = Files.list(out)) {
                    if (entries.findAny().isPresent()) throw notEmpty();
                }
            }
            Files.createDirectories(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + location + ": " + e.getMessage(), e);
        }
    }

    /** A new file {@code name} in the directory (made where it is missing), replacing one of that name. */
    OutputStream create(String name) throws IOException {
        if (!hadoop()) return Files.newOutputStream(Files.createDirectories(local()).resolve(name));   // an executor on another machine
        org.apache.hadoop.fs.Path file = new org.apache.hadoop.fs.Path(location, name);
        return file.getFileSystem(new Configuration()).create(file, true);
    }

    void write(String name, String text) {
        try (OutputStream o = create(name)) {
            o.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path local() {
        return location.startsWith("file:") ? Path.of(java.net.URI.create(location)) : Path.of(location);
    }

    private IllegalArgumentException notEmpty() {
        return new IllegalArgumentException(location + " is not empty: give a new output directory");
    }
}
