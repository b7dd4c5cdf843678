package dev.tandem.deserialize;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.deserialize.load.LoadConfig;
import dev.tandem.deserialize.load.LoadReport;
import dev.tandem.results.Environment;
import dev.tandem.results.Result;
import dev.tandem.results.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LoadResultsTest {

    private static final LoadConfig TANDEM = new LoadConfig(10, 100, 1, 0, true, LoadConfig.TANDEM, 0, 1);
    private static final LoadConfig NAIVE = new LoadConfig(10, 100, 1, 0, true, LoadConfig.NAIVE, 0, 1);

    /** A round whose n-th load takes 1000·(n+1)^(k−1) ns. */
    static LoadReport.Round round(double k, int registered, boolean unloaded) {
        List<Integer> before = new ArrayList<>();
        List<Long> nanos = new ArrayList<>();
        for (int n = 0; n < 100; n++) {
            before.add(n);
            nanos.add(Math.round(1_000 * Math.pow(n + 1, k - 1)));
        }
        return new LoadReport.Round(before, nanos, 5_000_000, 3_000_000, 1_000_000, registered, 7_000_000, unloaded);
    }

    static LoadReport report(double k, int registered, List<String> failures, boolean unloaded) {
        return new LoadReport(List.of(round(k, registered, unloaded)), 5, failures, List.of("-Xmx1g"));
    }

    static ResultSet emptySet() {
        return new ResultSet("deserialize", "quick", new Environment("25", List.of(), "cpu", 2, 1L << 34, "Linux", "abc",
                false, "2026-11-23T00:00:00Z", Map.of()));
    }

    @Test
    void oneConfigurationGivesFiveMetrics() {
        ResultSet set = emptySet();
        // Two forks, the second of two rounds: three rounds in all.
        LoadResults.record(set, TANDEM, 1_400_000, List.of(report(1.0, 100, List.of(), true),
                new LoadReport(List.of(round(1.0, 100, true), round(1.0, 100, true)), 5, List.of(), List.of("-Xmx1g"))));
        assertEquals(List.of("load", "total-load", "memory", "unload", "scaling-exponent"),
                set.getResults().stream().map(Result::metric).toList());
        Result load = set.getResults().get(0);
        assertEquals(300, load.samples().length, "every round's loads");
        assertEquals(300, load.series().size());
        assertArrayEquals(new double[] {5.0, 5.0, 5.0}, set.getResults().get(1).samples(), "total-load in ms, one per round");
        Result memory = set.getResults().get(2);
        assertEquals(4_000_000.0, memory.median(), "heap + metaspace");
        assertEquals(3_000_000L, memory.params().get("heapBytes"));
        assertEquals(7.0, set.getResults().get(3).median(), "unload in ms");
        Result exponent = set.getResults().get(4);
        assertEquals("1", exponent.unit());
        assertEquals(1.0, exponent.median(), 1e-9);
        assertEquals(3, exponent.samples().length, "one exponent per round");
        assertEquals(2, exponent.params().get("forks"));
        assertEquals(1_400_000L, exponent.params().get("fileBytes"));
        assertEquals("loglog-robust-block-bootstrap", exponent.stat());
        assertEquals(100, exponent.size());
    }

    @Test
    void aFailedCheckScoresNothing() {
        ResultSet set = emptySet();
        assertNull(LoadResults.record(set, TANDEM, 1_400_000,
                List.of(report(1.0, 100, List.of("module 3: run() returned 1, expected 2"), true))));
        assertTrue(set.getResults().isEmpty());
        assertEquals("f10 N=100 threads=1 batch=all unwind=on registry=tandem: module 3: run() returned 1, expected 2",
                set.getFailures().getFirst().reason());
    }

    /**
     * Every round must leave N modules in the registry with unwind info (none without): a naive run
     * whose JVM kept nothing would be timing something other than registration.
     */
    @Test
    void aRoundThatDidNotRegisterEveryModuleIsAFailure() {
        ResultSet set = emptySet();
        assertNull(LoadResults.record(set, NAIVE, 1_400_000, List.of(report(2.0, 0, List.of(), true))));
        assertTrue(set.getFailures().getFirst().reason().endsWith("the unwind registry held 0 modules after loading, expected 100"));
        ResultSet ok = emptySet();
        assertEquals(2.0, LoadResults.record(ok, NAIVE, 1_400_000, List.of(report(2.0, 100, List.of(), true))).exponent(), 1e-9);
        ResultSet off = emptySet();
        LoadConfig unwindOff = new LoadConfig(10, 100, 1, 0, false, LoadConfig.TANDEM, 0, 1);
        assertNull(LoadResults.record(off, unwindOff, 1_400_000, List.of(report(1.0, 100, List.of(), true))));
        assertTrue(off.getFailures().getFirst().reason().endsWith("expected 0 (no unwind info)"));
    }

    @Test
    void modulesThatStayLoadedGetAnUnloadFailureAndTheOtherMetrics() {
        ResultSet set = emptySet();
        LoadResults.record(set, TANDEM, 1_400_000, List.of(report(1.0, 100, List.of(), false)));
        assertEquals(4, set.getResults().size());
        assertTrue(set.getResults().stream().noneMatch(r -> r.metric().equals("unload")));
        assertTrue(set.getFailures().getFirst().reason().endsWith("unload: modules still loaded after 50 full collections"));
    }
}
