package org.claimgraph.language;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the word lists and rule tables shipped as class-path resources: one entry a line, blank lines
 * and lines opening with '#' left out, each line stripped. A missing resource is a build error, so it fails loudly.
 */
public final class WordLists {
    private WordLists() {}

    /** The lines of {@code resource} (a class-path path such as "org/claimgraph/assertions/factuality.tsv"). */
    public static List<String> lines(String resource) {
        List<String> out = new ArrayList<>();
        try (InputStream in = WordLists.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("word list not on the classpath: " + resource);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                line = line.strip();
                if (!line.isEmpty() && !line.startsWith("#")) out.add(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
