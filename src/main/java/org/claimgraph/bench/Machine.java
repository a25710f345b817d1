package org.claimgraph.bench;

import java.lang.management.ManagementFactory;

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

    /** The CPU model from /proc/cpuinfo where there is one (Linux); "unknown" elsewhere. */
    private static String cpuModel() {
        try (var lines = java.nio.file.Files.lines(java.nio.file.Path.of("/proc/cpuinfo"))) {
            return lines.filter(l -> l.startsWith("model name")).map(l -> l.substring(l.indexOf(':') + 1).strip())
                    .findFirst().orElse("unknown");
        } catch (java.io.IOException | RuntimeException e) {
            return "unknown";
        }
    }
}
