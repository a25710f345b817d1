package org.claimgraph.reader;

import java.nio.file.Path;

/** One input as the user named it: a file path, or "-" for standard input ({@code path} null). */
public record Input(String given, Path path) {
    public static final String STDIN = "-";

    public boolean isStdin() { return path == null; }
}
