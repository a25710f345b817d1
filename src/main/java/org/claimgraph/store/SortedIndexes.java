package org.claimgraph.store;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.AsyncParser;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.params.StoreParams;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.tdb2.xloader.BulkLoaderX;
import org.apache.jena.tdb2.xloader.ProcBuildIndexX;
import org.apache.jena.tdb2.xloader.XLoaderFiles;

/**
 * Fills a new, empty TDB2 database and its text index from N-Quads parts in one parse: each quad's
 * terms get node ids in the node table, the quad becomes a row of ids in a file ({@link QuadRows}), and
 * the text index gets the quads it holds; then each index of {@link GraphStore#LAYOUT} is built from
 * the rows sorted in its order (GNU sort on two threads) by TDB2's xloader step, its B+tree written
 * bottom-up in full blocks instead of an insert per quad. Jena 6.0.0's xloader command loaded only the
 * first of several quads files, and its phased and parallel loaders refuse the four-index layout;
 * the index step works on any layout the database was made with.
 * <p>
 * The parse is ours, so a part that is not N-Quads is refused before any index is built, naming the
 * part and line. The index step ends the JVM if sort fails (as on a full disk).
 */
final class SortedIndexes {
    private static final int SORT_THREADS = 2;
    /** Terms whose node id is kept in memory during the parse (TDB2's default is 200,000). */
    private static final int TERM_CACHE = 1_000_000;

    private SortedIndexes() {}

    /**
     * Loads {@code parts} into the new database {@code dir} and text index {@code textDir}; {@code tmp}, an
     * empty directory, holds the row and sort files. Returns the quads read.
     */
    static long load(Path dir, Path textDir, Path tmp, List<Path> parts, Consumer<String> stage) {
        TDBInternal.expel(DatabaseMgr.connectDatasetGraph(dir.toString(), GraphStore.LAYOUT)); // writes the layout to tdb.cfg
        BulkLoaderX.CompressDataFiles = false;   // the rows are read once per index: gzip cost more CPU than the disk it saved
        BulkLoaderX.CompressSortIndexFiles = false;
        XLoaderFiles files = new XLoaderFiles(tmp.toString());
        stage.accept("parsing " + parts.size() + " parts: node table, rows of node ids, text index");
        long quads = rows(dir, textDir, files, parts, stage);
        for (String index : Stream.concat(Stream.of(GraphStore.LAYOUT.getQuadIndexes()), Stream.of(GraphStore.LAYOUT.getTripleIndexes())).toList()) {
            stage.accept("index " + index);
            ProcBuildIndexX.exec(dir.toString(), index, SORT_THREADS, null, files);
        }
        return quads;
    }

    private static long rows(Path dir, Path textDir, XLoaderFiles files, List<Path> parts, Consumer<String> progress) {
        StoreParams params = StoreParams.builder("claimgraph-load", GraphStore.LAYOUT).node2NodeIdCacheSize(TERM_CACHE).build();
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(dir.toString(), params);
        try (TextIndexBuilder text = new TextIndexBuilder(textDir);
             OutputStream quadRows = new BufferedOutputStream(Files.newOutputStream(Path.of(files.quadsFile)), 1 << 16);
             OutputStream tripleRows = new BufferedOutputStream(Files.newOutputStream(Path.of(files.triplesFile)), 1 << 16)) {
            QuadRows sink = new QuadRows(TDBInternal.getDatasetGraphTDB(dsg).getQuadTable().getNodeTupleTable().getNodeTable(),
                    text, quadRows, tripleRows, progress);
            dsg.executeWrite(() -> {
                for (Path part : parts) parse(part, sink);
                sink.flush();
            });
            text.commit();
            return sink.count();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the loader's row files in " + files.TMPDIR + ": " + e.getMessage(), e);
        } finally {
            TDBInternal.expel(dsg);
        }
    }

    /** Parses on a thread of its own, handing this one batches of quads: the parse and the rest of the pass each take a core. */
    private static void parse(Path part, QuadRows sink) {
        try {
            // A file name, not a Path: RIOT then reads .nq.gz through gunzip.
            AsyncParser.asyncParseSources(List.of(RDFParser.source(part.toString()).errorHandler(ErrorHandlerFactory.errorHandlerExceptionOnError())), sink);
        } catch (RiotException e) {
            throw new IllegalArgumentException(part + ": not valid N-Quads: " + e.getMessage(), e);
        }
    }
}
