package org.claimgraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class MachineTest {
    @Test
    void stealIsTheShareOfAllTicksBetweenTwoReadings() {
        Machine.CpuTicks earlier = new Machine.CpuTicks(1_000, 100);
        assertEquals(0.25, new Machine.CpuTicks(1_400, 200).stealShareSince(earlier), 1e-9);
        assertEquals(0.0, new Machine.CpuTicks(1_400, 100).stealShareSince(earlier), 1e-9);
        assertTrue(Double.isNaN(new Machine.CpuTicks(1_000, 100).stealShareSince(earlier)), "no time passed: unknown, not 0");
        assertTrue(Double.isNaN(new Machine.CpuTicks(-1, -1).stealShareSince(earlier)), "unreadable /proc/stat: unknown");
    }

    @Test
    void procStatIsReadOnLinux() {
        assumeTrue(Files.isReadable(Path.of("/proc/stat")));
        Machine.CpuTicks now = Machine.CpuTicks.now();
        assertTrue(now.total() > 0, "ticks since boot");
        assertTrue(now.steal() >= 0 && now.steal() <= now.total(), "steal is a part of all ticks");
    }
}
