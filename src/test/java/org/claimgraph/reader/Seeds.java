package org.claimgraph.reader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The demo corpus, found from the project home the build passes in (or the working directory). */
final class Seeds {
    private Seeds() {}

    static Path dir() {
        String home = System.getProperty("claimgraph.home");
        return (home == null ? Path.of("") : Path.of(home)).resolve("seeds");
    }

    /** The seed file whose name starts with the number given ("000"). */
    static Path seed(String number) {
        try (Stream<Path> files = Files.list(dir())) {
            return files.filter(p -> p.getFileName().toString().startsWith(number + "_")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no seed " + number + " in " + dir()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
