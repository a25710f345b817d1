package org.claimgraph.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/** The machine and JVM a benchmark ran on, so its numbers can be compared with others'. */
record Machine(int cores, long physicalMemory, String cpu, String os, String jvm, long maxHeap) {
    static Machine current() {
        long memory = ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getTotalMemorySize() : -1;
        return new Machine(Runtime.getRuntime().availableProcessors(), memory, cpuModel(),
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version") + " ("
                        + System.getProperty("java.vm.vendor") + ")",
                Runtime.getRuntime().maxMemory());
    }

    /** Runnable processes averaged over the last minute (Linux load average); above the core count, others compete for the CPU. */
    static double loadAverage() { return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(); }

    /**
     * Clock ticks of all cores since boot (Linux /proc/stat): all of them, and those the hypervisor gave to other
     * guests ("steal"). A virtual machine's latencies rise with the steal of its host, which load average does not
     * show; between two readings, {@link #stealShareSince} says how much of the CPU this machine did not get.
     */
    record CpuTicks(long total, long steal) {
        private static final CpuTicks UNKNOWN = new CpuTicks(-1, -1);

        static CpuTicks now() {
            try (var lines = Files.lines(Path.of("/proc/stat"))) {
                // "cpu  user nice system idle iowait irq softirq steal guest guest_nice": guest time is inside user.
                String[] f = lines.findFirst().orElse("").trim().split("\\s+");
                if (f.length < 9 || !f[0].equals("cpu")) return UNKNOWN;
                long total = 0;
                for (int i = 1; i <= 8; i++) total += Long.parseLong(f[i]);
                return new CpuTicks(total, Long.parseLong(f[8]));
            } catch (IOException | RuntimeException e) {
                return UNKNOWN;
            }
        }

        /** The share of all CPU time that was stolen between {@code earlier} and this reading; NaN when unknown. */
        double stealShareSince(CpuTicks earlier) {
            if (total < 0 || earlier.total < 0 || total <= earlier.total) return Double.NaN;
            return (steal - earlier.steal) / (double) (total - earlier.total);
        }
    }

    /** The CPU model from /proc/cpuinfo where there is one (Linux); "unknown" elsewhere. */
    private static String cpuModel() {
        try (var lines = Files.lines(Path.of("/proc/cpuinfo"))) {
            return lines.filter(l -> l.startsWith("model name")).map(l -> l.substring(l.indexOf(':') + 1).strip())
                    .findFirst().orElse("unknown");
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }
}
