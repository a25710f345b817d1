package org.claimgraph;

import java.nio.file.Path;

/** Where the project's own test inputs are: the seed articles are test data, never training data. */
public final class TestData {
    private TestData() {}

    public static Path home() { return Path.of(System.getProperty("claimgraph.home", ".")); }

    public static Path seeds() { return home().resolve("seeds"); }

    public static Path seed(String prefix) {
        try (var files = java.nio.file.Files.list(seeds())) {
            return files.filter(f -> f.getFileName().toString().startsWith(prefix)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no seed " + prefix));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public static Path queries() { return home().resolve("queries"); }
}
