package org.claimgraph.spark;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;

import org.claimgraph.cli.Main;

/** The quads of a plain extract run and of a job's parts, as sorted N-Quads lines, to compare. */
final class Quads {
    private Quads() {}

    /** {@code claimgraph extract --format nq ARGS...} in this JVM. */
    static synchronized Set<String> extract(List<String> args) {
        PrintStream old = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            List<String> all = new ArrayList<>(List.of("extract", "--format", "nq"));
            all.addAll(args);
            Main.run(all.toArray(String[]::new));
        } finally {
            System.setOut(old);
        }
        return lines(out.toString(StandardCharsets.UTF_8));
    }

    /** Every quad of the part files in {@code dir}. */
    static Set<String> parts(Path dir) throws IOException {
        Set<String> all = new TreeSet<>();
        try (var files = Files.list(dir)) {
            for (Path f : files.filter(f -> f.getFileName().toString().matches("part-\\d{5}\\.nq\\.gz")).sorted().toList()) {
                try (InputStream in = new GZIPInputStream(Files.newInputStream(f))) {
                    all.addAll(lines(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                }
            }
        }
        return all;
    }

    private static Set<String> lines(String nquads) {
        Set<String> set = new TreeSet<>();
        for (String line : nquads.split("\n")) if (!line.isBlank()) set.add(line);
        return set;
    }
}
