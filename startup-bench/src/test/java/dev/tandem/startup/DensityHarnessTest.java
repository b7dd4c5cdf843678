package dev.tandem.startup;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tandem.lab.engine.chicory.ChicoryEngine;
import dev.tandem.results.Result;
import dev.tandem.results.ResultSet;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.List;
import org.junit.jupiter.api.Test;

class DensityHarnessTest {

    @Test
    void bytesPerInstanceLeaveOutTheLinearMemories() {
        ResultSet set = StartupHarnessTest.emptySet();
        // 4 instances: 1,000,000 heap + 24,000 off-heap + 0 metaspace, of which 4 x 131,072 linear memory.
        DensityMain.Report r = new DensityMain.Report(List.of(10L, 20L, 30L, 40L), 1_000_000, 24_000, 0, 4 * 131_072);
        DensityHarness.record(set, ChicoryEngine.interpreter(), 4, r, new PrintStream(OutputStream.nullOutputStream()));
        Result bytes = set.getResults().get(1);
        assertEquals("bytes-per-instance", bytes.metric());
        assertEquals((1_024_000 - 4 * 131_072) / 4.0, bytes.median());
        assertEquals(4, bytes.size(), "the size of a density result is K");
        Result time = set.getResults().get(0);
        assertEquals("instantiate", time.metric());
        assertArrayEquals(new double[] {10.0, 20.0, 30.0, 40.0}, time.samples());
        assertEquals(131_072L, time.params().get("linearMemoryBytesPerInstance"));
    }

    @Test
    void heapGrowsWithTheNumberOfInstances() {
        assertEquals("-Xmx562m", DensityHarness.heapFor(100));
        assertEquals("-Xmx5512m", DensityHarness.heapFor(10_000));
    }

    @Test
    void aRealChildReportsEveryInstantiation() throws Exception {
        DensityMain.Report r = DensityHarness.measure(ChicoryEngine.interpreter(), 10,
                dev.tandem.lab.workload.Manifest.load().hello().command());
        assertEquals(10, r.instantiateNanos().size());
        assertEquals(10 * 131_072L, r.linearMemoryBytes(), "hello has two pages");
    }
}
