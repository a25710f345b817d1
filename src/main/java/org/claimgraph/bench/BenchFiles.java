package org.claimgraph.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The bench's files: generated corpora, the files of a corpus, a store's size and copy. */
final class BenchFiles {
    private BenchFiles() {}

    static Path generated(CorpusGenerator generator, Path dir, int count, long seed) throws IOException {
        CrashTest.deleteTree(dir);
        generator.write(dir, "doc", 0, count, seed);
        return dir;
    }

    static List<Path> listFiles(Path dir) throws IOException {
        if (Files.isRegularFile(dir)) return List.of(dir);
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith(".")).sorted().toList();
        }
    }

    static long directorySize(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        } catch (IOException e) {
            return -1;
        }
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else if (!p.getFileName().toString().equals("tdb.lock")) Files.copy(p, target); // the lock names the process that held the original
            }
        }
    }
}
