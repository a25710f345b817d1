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
import java.util.stream.Stream;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Builds a new database from N-Quads parts (what {@code claimgraph spark} writes) with TDB2's sequential
 * bulk loader, in the store's four-index {@link GraphStore#LAYOUT}, then its full-text index. Jena 6.0.0's
 * phased and parallel loaders refuse that layout ("No such index: GPOS"), and its xloader command loaded
 * only the first of several quads files; the sequential loader loads the nodes, then each index in turn.
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

    /** Loads {@code parts} into a new database {@code db} (absent or an empty directory), with its text index. */
    public static Result load(Path db, List<Path> parts, MonitorOutput progress) {
        Path target = db.toAbsolutePath().normalize();
        Path targetText = SearchIndex.directoryFor(target);
        if (!isAbsentOrEmpty(target)) throw new IllegalArgumentException(db + " is not empty: load makes a new database (ingest adds to one)");
        if (!isAbsentOrEmpty(targetText)) throw new IllegalArgumentException(targetText + " is not empty: remove it or load elsewhere");
        Path staging = target.resolveSibling("." + target.getFileName() + ".loading");
        Path stagingText = SearchIndex.directoryFor(staging);
        deleteTree(staging);           // left by a load that was killed
        deleteTree(stagingText);
        try {
            long quads = loadInto(staging, parts, progress);
            try (GraphStore store = GraphStore.open(staging)) {
                // Opening notices the text index is missing and builds it from the store.
            }
            deleteTree(target);        // an empty directory the user made
            Files.move(stagingText, targetText);
            Files.move(staging, target);
            return new Result(quads, parts.size());
        } catch (IOException e) {
            deleteTree(staging);
            deleteTree(stagingText);
            throw new UncheckedIOException("cannot move the loaded database into " + db + ": " + e.getMessage(), e);
        } catch (RuntimeException | Error e) {
            deleteTree(staging);
            deleteTree(stagingText);
            throw e;
        }
    }

    private static long loadInto(Path dir, List<Path> parts, MonitorOutput progress) {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(dir.toString(), GraphStore.LAYOUT);
        try {
            DataLoader loader = LoaderFactory.sequentialLoader(dsg, progress);
            loader.startBulk();
            try {
                loader.load(parts.stream().map(Path::toString).toList());
                loader.finishBulk();
            } catch (RuntimeException e) {
                loader.finishException(e);
                throw e;
            }
            return loader.countQuads();
        } finally {
            TDBInternal.expel(dsg);
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
