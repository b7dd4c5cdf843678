package dev.tandem.throughput;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.results.Metric;
import dev.tandem.results.Result;
import dev.tandem.results.ResultSet;
import dev.tandem.results.Environment;
import dev.tandem.lab.engine.nativecode.NativeEngine;
import dev.tandem.lab.engine.UnavailableEngine;
import dev.tandem.lab.workload.Manifest;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How measurements become results: metrics, series, time to peak, failures. No engine runs here. */
class ThroughputHarnessTest {

    private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());
    private final Settings settings = new Settings(List.of(), "quick", 1, 2, 3, 1, 2);

    @Test
    void aMeasurementBecomesATimeWithItsWholeSeriesAndATimeToPeak() {
        ResultSet set = emptySet();
        Measurement m = new Measurement(List.of(90e6, 30e6, 10e6, 11e6, 10.5e6), List.of(true, true, false, false, false), null);
        ThroughputHarness.record(set, new UnavailableEngine("graalwasm", "-"), Manifest.load().workload("nbody"), settings, m, QUIET);
        Result time = set.getResults().get(0);
        assertEquals(Metric.TIME.id(), time.metric());
        assertArrayEquals(new double[] {10e6, 11e6, 10.5e6}, time.samples());
        assertEquals(10.5e6, time.median());
        assertEquals(5, time.series().size());
        assertEquals(90e6, time.series().get(0)[1]);
        Result ttp = set.getResults().get(1);
        assertEquals("time-to-peak", ttp.metric());
        assertEquals(120.0, ttp.median(), 1e-9, "90 + 30 ms before the series stays within 10% of 10.5 ms");
        assertEquals(30000, time.params().get("n"));
    }

    @Test
    void nativeHasNoTimeToPeak() {
        ResultSet set = emptySet();
        Measurement m = new Measurement(List.of(10e6, 10e6), List.of(true, false), null);
        ThroughputHarness.record(set, new NativeEngine(), Manifest.load().workload("nbody"), settings, m, QUIET);
        assertEquals(List.of("time"), set.getResults().stream().map(Result::metric).toList());
    }

    @Test
    void aFailedMeasurementScoresNothing() {
        ResultSet set = emptySet();
        ThroughputHarness.record(set, new NativeEngine(), Manifest.load().workload("nbody"), settings,
                Measurement.failed("checksum mismatch at n=1: expected 2, got 3"), QUIET);
        assertTrue(set.getResults().isEmpty());
        assertEquals("checksum mismatch at n=1: expected 2, got 3", set.getFailures().get(0).reason());
    }

    @Test
    void interpretersGetFewerIterations() {
        assertEquals(1, settings.warmupFor("chicory-interp"));
        assertEquals(2, settings.warmupFor("graalwasm"));
    }

    private static ResultSet emptySet() {
        return new ResultSet("throughput", "quick", new Environment("jdk", List.of(), "cpu", 2, 1, "os", "rev", false,
                "2026-01-01T00:00:00Z", Map.of()));
    }
}
