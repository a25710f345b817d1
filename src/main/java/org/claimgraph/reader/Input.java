package org.claimgraph.reader;

import java.nio.file.Path;

/**
 * One thing to read: a file (named as the user gave it, or as found under a directory the user
 * gave) or standard input ({@code "-"}). An input the walker already knows it cannot read carries
 * the reason in {@code rejected}; {@link DocumentReader#read} then throws {@link InputRejected} with it.
 */
public record Input(String name, Path path, String rejected) {
    public static final String STDIN = "-";

    public static Input file(Path path) { return new Input(path.toString(), path, null); }

    public static Input stdin() { return new Input(STDIN, null, null); }

    public static Input rejected(String name, String reason) { return new Input(name, null, reason); }

    public boolean isStdin() { return path == null && rejected == null; }
}
