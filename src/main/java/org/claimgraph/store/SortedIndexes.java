package org.claimgraph.store;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.apache.jena.dboe.sys.Names;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.AsyncParser;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Fills a new, empty TDB2 database and its text index from N-Quads parts in one parse: each quad's
 * terms get node ids in the node table, the quad becomes a row of ids ({@link IdRows}), and the text
 * index gets the quads it holds; then each index of {@link GraphStore#LAYOUT} is written bottom-up in
 * full blocks ({@link PackedIndex}) from the rows sorted in its order in this JVM ({@link RowSort},
 * {@link RowMerge}). Jena 6.0.0's xloader command loaded only the first of several quads files, and
 * its phased and parallel loaders refuse the four-index layout; its index step sorted rows of hex text
 * with GNU sort, which took half the load's CPU.
 * <p>
 * The parse is ours, so a part that is not N-Quads is refused before any index is built, naming the
 * part and line.
 */
final class SortedIndexes {
    /** The share of the heap the rows of quads may take; beyond it they go to files. */
    private static final int HEAP_SHARE_OF_ROWS = 3;

    private SortedIndexes() {}

    /**
     * Loads {@code parts} into the new database {@code dir} and text index {@code textDir}; {@code tmp}, an
     * empty directory, holds the rows that do not fit in memory. Returns the quads read.
     */
    static long load(Path dir, Path textDir, Path tmp, List<Path> parts, Consumer<String> stage) {
        TDBInternal.expel(DatabaseMgr.connectDatasetGraph(dir.toString(), GraphStore.LAYOUT)); // writes the layout to tdb.cfg
        long memory = Runtime.getRuntime().maxMemory() / HEAP_SHARE_OF_ROWS;
        try (IdRows quads = new IdRows(Names.primaryIndexQuads, memory, tmp, "quads");
             IdRows triples = new IdRows(Names.primaryIndexTriples, memory / 4, tmp, "triples");
             TextIndexBuilder text = new TextIndexBuilder(textDir)) {
            stage.accept("parsing " + parts.size() + " parts: node table, rows of node ids, text index");
            long read = rows(dir, text, quads, triples, parts, stage);
            text.finish();
            DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(dir.toString());
            try {
                for (String index : GraphStore.LAYOUT.getQuadIndexes()) index(dsg, index, quads, stage);
                for (String index : GraphStore.LAYOUT.getTripleIndexes()) index(dsg, index, triples, stage);
            } finally {
                TDBInternal.expel(dsg);
            }
            stage.accept("text index");
            text.await();
            return read;
        }
    }

    private static void index(DatasetGraph dsg, String index, IdRows rows, Consumer<String> stage) {
        stage.accept("index " + index);
        if (rows.size() == 0) return;
        try (RowMerge sorted = rows.sorted(index, PackedIndex.records(dsg, index))) {
            PackedIndex.write(dsg, index, sorted);
        }
    }

    /** The pass over the parts; the text index goes on indexing the quads handed to it after. */
    private static long rows(Path dir, TextIndexBuilder text, IdRows quads, IdRows triples, List<Path> parts, Consumer<String> progress) {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(dir.toString(), GraphStore.LAYOUT);
        try {
            QuadRows sink = new QuadRows(TDBInternal.getDatasetGraphTDB(dsg).getQuadTable().getNodeTupleTable().getNodeTable(),
                    text, quads, triples, progress);
            dsg.executeWrite(() -> {
                for (Path part : parts) parse(part, sink);
            });
            return sink.count();
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
