package org.claimgraph.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Where a process's CPU went, by the role of its threads: each thread's counters since it started,
 * read from Linux's {@code /proc/PID/task/TID/schedstat} (nanoseconds on a CPU, nanoseconds ready to
 * run but waiting for one) every {@value #PERIOD_MS} ms while the process runs, since a thread's
 * counters vanish with it (so each thread's last moments are missed). On a machine whose cores are
 * all busy, the wait says which threads the others held back. Without /proc every figure is unknown
 * (NaN).
 */
final class ThreadCpu implements AutoCloseable {
    /** Thread roles, told apart by the names the JVM and claimgraph give their threads. */
    enum Role {
        MAIN("main thread (in ingest, the TDB2 writer)"),
        WORKERS("extraction workers"),
        JIT("JIT compilers"),
        GC_VM("garbage collector and VM"),
        OTHER("other threads");

        final String label;

        Role(String label) { this.label = label; }

        /** The role of a thread by its Linux name (at most 15 characters of the Java name). */
        static Role of(String name) {
            // The JVM's main thread keeps the process's name, "java".
            if (name.equals("java")) return MAIN;
            if (name.startsWith("claimgraph-work")) return WORKERS;
            if (name.startsWith("C1 Compiler") || name.startsWith("C2 Compiler")) return JIT;
            if (name.startsWith("GC Thread") || name.startsWith("VM ")) return GC_VM;
            return OTHER;
        }
    }

    /** Seconds on a CPU and seconds waiting for one. */
    record Usage(double cpuSeconds, double waitSeconds) {}

    private record Counters(String name, long runNs, long waitNs) {}

    private static final long PERIOD_MS = 200;

    private final Path tasks;
    private final Map<String, Counters> lastSeen = new HashMap<>();
    private final Thread sampler;

    /** Starts sampling the threads of process {@code pid} every {@value #PERIOD_MS} ms. */
    ThreadCpu(long pid) {
        tasks = Path.of("/proc", Long.toString(pid), "task");
        sampler = new Thread(this::sampleUntilClosed, "thread-cpu-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    private void sampleUntilClosed() {
        while (!Thread.currentThread().isInterrupted()) {
            sample();
            try {
                Thread.sleep(PERIOD_MS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private synchronized void sample() {
        try (Stream<Path> threads = Files.list(tasks)) {
            threads.forEach(task -> {
                try {
                    String name = Files.readString(task.resolve("comm")).strip();
                    String[] f = Files.readString(task.resolve("schedstat")).strip().split("\\s+");
                    lastSeen.put(task.getFileName().toString(), new Counters(name, Long.parseLong(f[0]), Long.parseLong(f[1])));
                } catch (IOException | RuntimeException e) {
                    // The thread ended between listing and reading (or close() interrupted the read): its last sample stands.
                }
            });
        } catch (IOException | RuntimeException e) {
            // The process has ended (or there is no /proc): the samples so far stand.
        }
    }

    /** Stops sampling. Called once the process has ended, the figures are its last reading's, at most {@value #PERIOD_MS} ms before the end. */
    @Override
    public void close() {
        sampler.interrupt();
        try {
            sampler.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Usage per role, every role present; NaN when nothing could be read. */
    synchronized Map<Role, Usage> byRole() {
        Map<Role, double[]> sums = new EnumMap<>(Role.class);
        for (Role r : Role.values()) sums.put(r, new double[2]);
        for (Counters c : lastSeen.values()) {
            double[] s = sums.get(Role.of(c.name()));
            s[0] += c.runNs() / 1e9;
            s[1] += c.waitNs() / 1e9;
        }
        Map<Role, Usage> out = new EnumMap<>(Role.class);
        boolean read = !lastSeen.isEmpty();
        sums.forEach((role, s) -> out.put(role, read ? new Usage(s[0], s[1]) : new Usage(Double.NaN, Double.NaN)));
        return out;
    }
}
