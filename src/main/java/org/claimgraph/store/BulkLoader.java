package org.claimgraph.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;


/**
 * Builds a new database from N-Quads parts (what {@code claimgraph spark} writes) in the store's
 * four-index {@link GraphStore#LAYOUT}, with its full-text index: one parse gives the terms their ids,
 * writes the quads as rows of ids and feeds the text index, then each index is built from the rows
 * sorted ({@link SortedIndexes}). The sequential loader this replaced inserted every quad into each
 * B+tree, then indexed the text quad by quad from the store.
 * <p>
 * A quad given twice is stored once but indexed twice: the first open of the database notices that
 * the counts differ and rebuilds the text index from the store ({@link SearchIndex}).
 * <p>
 * The database is built in a staging directory beside the target and renamed into place only when it
 * is whole, so a failed load leaves no directory that {@code serve} would open as a (partial) database.
 */
public final class BulkLoader {
    /** What was loaded: quads read (a quad given twice counts twice), from how many parts. */
    public record Result(long quads, int parts) {}

    private BulkLoader() {}

    /** The parts the arguments name: N-Quads files (.nq, .nq.gz) as given, and those directly inside folders, in name order. */
    public static List<Path> parts(List<String> arguments) {
        List<Path> parts = new ArrayList<>();
        for (String arg : arguments) {
            Path p = Path.of(arg);
            if (Files.isDirectory(p)) {
                List<Path> inside = new ArrayList<>();
                try (DirectoryStream<Path> dir = Files.newDirectoryStream(p)) {
                    for (Path f : dir) if (isPart(f) && Files.isRegularFile(f)) inside.add(f);
                } catch (IOException e) {
                    throw new IllegalArgumentException("cannot list " + arg + ": " + e.getMessage(), e);
                }
                if (inside.isEmpty()) throw new IllegalArgumentException(arg + ": no N-Quads parts (.nq, .nq.gz) in it");
                inside.sort(Comparator.comparing(f -> f.getFileName().toString()));
                parts.addAll(inside);
            } else if (!Files.isRegularFile(p)) {
                throw new IllegalArgumentException(arg + ": no such file");
            } else if (!isPart(p)) {
                throw new IllegalArgumentException(arg + ": not an N-Quads part (.nq or .nq.gz)");
            } else {
                parts.add(p);
            }
        }
        return parts;
    }

    private static boolean isPart(Path f) {
        String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".nq") || name.endsWith(".nq.gz");
    }

    /**
     * Loads {@code parts} into a new database {@code db} (absent or an empty directory), with its text index;
     * {@code stage} hears the name of each step as it starts.
     */
    public static Result load(Path db, List<Path> parts, Consumer<String> stage) {
        Path target = db.toAbsolutePath().normalize();
        Path targetText = SearchIndex.directoryFor(target);
        if (!isAbsentOrEmpty(target)) throw new IllegalArgumentException(db + " is not empty: load makes a new database (ingest adds to one)");
        if (!isAbsentOrEmpty(targetText)) throw new IllegalArgumentException(targetText + " is not empty: remove it or load elsewhere");
        Path staging = target.resolveSibling("." + target.getFileName() + ".loading");
        Path stagingText = SearchIndex.directoryFor(staging);
        Path sortFiles = target.resolveSibling("." + target.getFileName() + ".sorting");
        List<Path> scratch = List.of(staging, stagingText, sortFiles);
        scratch.forEach(BulkLoader::deleteTree);   // left by a load that was killed
        try {
            Files.createDirectories(sortFiles);
            long quads = SortedIndexes.load(staging, stagingText, sortFiles, parts, stage);
            deleteTree(sortFiles);
            deleteTree(target);        // an empty directory the user made
            Files.move(stagingText, targetText);
            Files.move(staging, target);
            return new Result(quads, parts.size());
        } catch (IOException e) {
            scratch.forEach(BulkLoader::deleteTree);
            throw new UncheckedIOException("cannot move the loaded database into " + db + ": " + e.getMessage(), e);
        } catch (RuntimeException | Error e) {
            scratch.forEach(BulkLoader::deleteTree);
            throw e;
        }
    }

    private static boolean isAbsentOrEmpty(Path dir) {
        if (!Files.exists(dir)) return true;
        if (!Files.isDirectory(dir)) return false;
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) return;
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + dir + ": " + e.getMessage(), e);
        }
    }
}
