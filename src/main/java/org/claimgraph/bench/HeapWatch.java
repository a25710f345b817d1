package org.claimgraph.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;

/**
 * Watches this JVM's heap: the heap in use after each garbage collection (what the program really
 * holds, with time stamps, to see whether it stays steady) and the peak of each heap pool (an upper
 * bound of the heap ever in use).
 */
final class HeapWatch implements AutoCloseable {
    record Sample(long atMs, long usedAfterGc) {}

    private final long start = System.nanoTime();
    private final List<Sample> afterGc = new ArrayList<>();
    private final List<NotificationEmitter> emitters = new ArrayList<>();
    private final NotificationListener listener = this::onGc;

    HeapWatch() {
        for (MemoryPoolMXBean pool : heapPools()) pool.resetPeakUsage();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter e) {
                e.addNotificationListener(listener, null, null);
                emitters.add(e);
            }
        }
    }

    private void onGc(Notification n, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) return;
        var info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData()).getGcInfo();
        long used = 0;
        for (MemoryPoolMXBean pool : heapPools()) {
            MemoryUsage u = info.getMemoryUsageAfterGc().get(pool.getName());
            if (u != null) used += u.getUsed();
        }
        synchronized (afterGc) {
            afterGc.add(new Sample((System.nanoTime() - start) / 1_000_000, used));
        }
    }

    /** Sum of the heap pools' peaks since this watch started: no more heap than this was ever in use. */
    long peakUsed() {
        long peak = 0;
        for (MemoryPoolMXBean pool : heapPools()) peak += pool.getPeakUsage().getUsed();
        return peak;
    }

    static long usedNow() { return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(); }

    List<Sample> afterGc() {
        synchronized (afterGc) {
            return List.copyOf(afterGc);
        }
    }

    long maxAfterGc() { return afterGc().stream().mapToLong(Sample::usedAfterGc).max().orElse(-1); }

    /** The heap in use after the last collection at or before {@code atMs}; -1 when none ran yet. */
    long afterGcAt(long atMs) {
        long used = -1;
        for (Sample s : afterGc()) if (s.atMs() <= atMs) used = s.usedAfterGc();
        return used;
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
    }

    @Override
    public void close() {
        for (NotificationEmitter e : emitters) {
            try {
                e.removeNotificationListener(listener);
            } catch (javax.management.ListenerNotFoundException ignored) {
                // already gone
            }
        }
    }
}
