package dev.tandem.reports.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tandem.results.Result;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WarmupCurveTest {

    private static List<double[]> series(double... ns) {
        List<double[]> points = new ArrayList<>();
        for (int i = 0; i < ns.length; i++) points.add(new double[] {i, ns[i]});
        return points;
    }

    @Test
    void peakIsWhereTheCurveStaysWithinTenPercent() {
        // Falls from 10 ms to about 1 ms; from iteration 4 on every point is within 10% of the final level.
        WarmupCurve c = WarmupCurve.of(series(10e6, 6e6, 3e6, 1.5e6, 1.05e6, 1.0e6, 0.98e6, 1.02e6, 1.0e6));
        assertEquals(1.0e6, c.peak());
        assertEquals(4, c.peakIndex());
        assertEquals((10 + 6 + 3 + 1.5), c.msToPeak(), 1e-9);
    }

    @Test
    void aLateSpikeMovesThePeakPastIt() {
        WarmupCurve c = WarmupCurve.of(series(5e6, 1e6, 1e6, 1e6, 1.5e6, 1e6, 1e6, 1e6, 1e6));
        assertEquals(5, c.peakIndex());
    }

    @Test
    void aForkedResultIsReadInItsFirstFork() {
        // Two forks of 2 warm-up + 3 measured iterations: the second fork's warm-up (8 ms) is not part of the curve.
        List<double[]> series = series(9e6, 2e6, 1e6, 1e6, 1e6, 8e6, 3e6, 1e6, 1e6, 1e6);
        java.util.TreeMap<String, String> params = new java.util.TreeMap<>(java.util.Map.of("forks", "2", "warmup", "2", "iterations", "3"));
        Result r = new Result("tandem-aot-memory", "crc32", "quick", "time", "ns", new double[] {1e6, 1e6, 1e6, 1e6, 1e6, 1e6},
                1e6, null, "median", params, true, series);
        WarmupCurve c = WarmupCurve.of(r);
        assertEquals(5, c.times().length);
        assertEquals(2, c.peakIndex());
        assertEquals(11, c.msToPeak(), 1e-9);
    }

    @Test
    void aFlatCurveIsAtPeakFromTheStart() {
        WarmupCurve c = WarmupCurve.of(series(1e6, 1.01e6, 0.99e6, 1e6));
        assertEquals(0, c.peakIndex());
        assertEquals(0, c.msToPeak());
    }
}
