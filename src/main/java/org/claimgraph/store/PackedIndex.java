package org.claimgraph.store;

import java.util.Iterator;

import org.apache.jena.dboe.base.record.Record;
import org.apache.jena.dboe.base.record.RecordFactory;
import org.apache.jena.dboe.trans.bplustree.BPlusTree;
import org.apache.jena.dboe.trans.bplustree.BPlusTreeParams;
import org.apache.jena.dboe.trans.bplustree.rewriter.BPlusTreeRewriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.TDBException;
import org.apache.jena.tdb2.loader.base.CoLib;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.store.tupletable.TupleIndexRecord;
import org.apache.jena.tdb2.sys.SystemTDB;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * One index of a new database written bottom-up from its records in order, in full blocks, as TDB2's
 * xloader does ({@code ProcBuildIndexX}), here from records sorted in this JVM.
 */
final class PackedIndex {
    private PackedIndex() {}

    /** The record layout of the index {@code name} of {@code dsg}: its tuple's ids, no value. */
    static RecordFactory records(DatasetGraph dsg, String name) {
        return ((TupleIndexRecord) index(dsg, name)).getRangeIndex().getRecordFactory();
    }

    /** Writes the (empty) index {@code name} of {@code dsg} from {@code sorted}, ascending and distinct, in a transaction of its own. */
    static void write(DatasetGraph dsg, String name, Iterator<Record> sorted) {
        TupleIndexRecord index = (TupleIndexRecord) index(dsg, name);
        RecordFactory factory = index.getRangeIndex().getRecordFactory();
        BPlusTreeParams params = new BPlusTreeParams(BPlusTreeParams.calcOrder(SystemTDB.BlockSize, factory), factory);
        BPlusTree tree = (BPlusTree) index.getRangeIndex();
        CoLib.executeWrite(index, () -> BPlusTreeRewriter.packIntoBPlusTree(sorted, params, factory,
                tree.getStateManager().getBufferChannel(), tree.getNodeManager().getBlockMgr(), tree.getRecordsMgr().getBlockMgr()));
    }

    private static TupleIndex index(DatasetGraph dsg, String name) {
        TupleIndex index = TDBInternal.findIndex(dsg, name);
        if (index == null) throw new TDBException("no index " + name + " in the new database");
        return index;
    }
}
