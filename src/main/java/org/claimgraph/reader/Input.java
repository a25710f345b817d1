package org.claimgraph.reader;

import java.nio.file.Path;

/**
 * One thing to read: a file (named as the user gave it, or as found under a directory the user
 * gave), a page inside a WARC archive (the archive's path and its record's byte offset), or standard
 * input ({@code "-"}). An input the walker already knows it cannot read carries the reason in
 * {@code rejected}; {@link DocumentReader#read} then throws {@link InputRejected} with it.
 */
public record Input(String given, Path path, String rejected, long recordOffset) {
    public static final String STDIN = "-";
    private static final long WHOLE_FILE = -1;

    /** A readable input: a path as given, or "-" with a null path for standard input. */
    public Input(String given, Path path) { this(given, path, null, WHOLE_FILE); }

    public static Input file(Path path) { return new Input(path.toString(), path); }

    public static Input stdin() { return new Input(STDIN, null); }

    public static Input rejected(String given, String reason) { return new Input(given, null, reason, WHOLE_FILE); }

    /** The page whose WARC record starts at byte {@code offset} of {@code archive}. */
    public static Input archived(Path archive, long offset) {
        return new Input(WarcArchive.given(archive.toString(), offset), archive, null, offset);
    }

    public boolean isStdin() { return path == null && rejected == null; }

    public boolean isArchived() { return recordOffset != WHOLE_FILE; }
}
