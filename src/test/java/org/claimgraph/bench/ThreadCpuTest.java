package org.claimgraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.Test;

class ThreadCpuTest {
    @Test
    void rolesFollowTheThreadNamesLinuxShows() {
        assertEquals(ThreadCpu.Role.MAIN, ThreadCpu.Role.of("java"));
        assertEquals(ThreadCpu.Role.WORKERS, ThreadCpu.Role.of("claimgraph-work"), "'claimgraph-worker' cut to 15 characters");
        assertEquals(ThreadCpu.Role.JIT, ThreadCpu.Role.of("C2 CompilerThre"));
        assertEquals(ThreadCpu.Role.JIT, ThreadCpu.Role.of("C1 CompilerThre"));
        assertEquals(ThreadCpu.Role.GC_VM, ThreadCpu.Role.of("GC Thread#1"));
        assertEquals(ThreadCpu.Role.GC_VM, ThreadCpu.Role.of("VM Thread"));
        assertEquals(ThreadCpu.Role.OTHER, ThreadCpu.Role.of("Signal Dispatch"));
    }

    /**
     * A worker of this JVM burns half a CPU-second; the sampler must find it under the workers, and all
     * roles together no more than the whole process spent.
     */
    @Test
    void aBusyWorkerThreadsCpuIsCountedUnderItsRole() throws Exception {
        assumeTrue(Files.isReadable(Path.of("/proc/self/task")));
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        CountDownLatch spent = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        long[] cpuNs = new long[1];
        Thread worker = new Thread(() -> {
            while (threads.getCurrentThreadCpuTime() < 500_000_000L) Thread.onSpinWait();
            cpuNs[0] = threads.getCurrentThreadCpuTime();
            spent.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "claimgraph-worker");

        ThreadCpu threadCpu = new ThreadCpu(ProcessHandle.current().pid());
        worker.start();
        spent.await();
        Thread.sleep(600); // the sampler reads every 200 ms: let it see the worker after its work
        threadCpu.close();
        release.countDown();
        worker.join();

        Map<ThreadCpu.Role, ThreadCpu.Usage> byRole = threadCpu.byRole();
        assertEquals(ThreadCpu.Role.values().length, byRole.size(), "every role reported");
        double workers = byRole.get(ThreadCpu.Role.WORKERS).cpuSeconds();
        assertTrue(workers >= 0.45, "the worker's half CPU-second, found: " + workers);
        double all = byRole.values().stream().mapToDouble(ThreadCpu.Usage::cpuSeconds).sum();
        double process = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime() / 1e9;
        assertTrue(all >= cpuNs[0] / 1e9 - 0.25 && all <= process + 0.05, "all roles " + all + " s, process " + process + " s");
        assertTrue(byRole.get(ThreadCpu.Role.WORKERS).waitSeconds() >= 0, "waiting time is read too");
    }
}
