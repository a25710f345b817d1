package org.claimgraph.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.claimgraph.actors.ActorReplay;
import scala.collection.Iterator;
import scala.runtime.AbstractFunction1;
import scala.runtime.AbstractFunction2;
import scala.runtime.BoxedUnit;

/**
 * The driver's replay of the first pass's clusters (see {@link ActorReplay}), fed each partition's records
 * as its task ends, so that it runs while later tasks still extract: in input order, a partition that ends
 * early waits for those before it, and is dropped once replayed. Spark calls it from its scheduler's thread;
 * the job's own thread takes each partition's answers as they are ready ({@link #await}).
 */
final class OrderedReplay extends AbstractFunction2<Object, List<DocResult>, BoxedUnit> {
    /** What a task sends the driver: its partition's records without the documents. */
    static final class Records extends AbstractFunction1<Iterator<DocResult>, List<DocResult>> implements Serializable {
        @Override
        public List<DocResult> apply(Iterator<DocResult> results) {
            List<DocResult> records = new ArrayList<>();
            while (results.hasNext()) records.add(results.next().withoutDocument());
            return records;
        }
    }

    private final ActorReplay replay = new ActorReplay();
    private final Map<Integer, List<DocResult>> waiting = new HashMap<>();
    /** The answers to each replayed partition's documents that got any (key {@link DocResult#key}), until taken. */
    private final Map<Integer, Map<String, Map<String, String>>> answers = new HashMap<>();
    private int next;
    private long answered;
    private long nanos;

    @Override
    public synchronized BoxedUnit apply(Object partition, List<DocResult> records) {
        long start = System.nanoTime();
        waiting.put((Integer) partition, records);
        for (List<DocResult> ready; (ready = waiting.remove(next)) != null; next++) {
            Map<String, Map<String, String>> given = new HashMap<>();
            for (DocResult r : ready) {
                if (!r.ok()) continue;
                Map<String, String> a = replay.next(r.clusters());
                if (!a.isEmpty()) given.put(r.key(), a);
            }
            answered += given.size();
            answers.put(next, given);
        }
        nanos += System.nanoTime() - start;
        notifyAll();
        return BoxedUnit.UNIT;
    }

    /**
     * The answers to partition {@code partition}'s documents, once it and all before it are replayed; null when
     * the first pass ended ({@code ended}) without them: it failed.
     */
    synchronized Map<String, Map<String, String>> await(int partition, BooleanSupplier ended) throws InterruptedException {
        while (next <= partition) {
            if (ended.getAsBoolean()) return null;
            wait(100);
        }
        return answers.remove(partition);
    }

    /** Documents that got answers. */
    synchronized long answered() { return answered; }

    /** Seconds spent replaying. */
    synchronized double seconds() { return nanos / 1e9; }
}
