package dev.tandem.reports.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
    void aFlatCurveIsAtPeakFromTheStart() {
        WarmupCurve c = WarmupCurve.of(series(1e6, 1.01e6, 0.99e6, 1e6));
        assertEquals(0, c.peakIndex());
        assertEquals(0, c.msToPeak());
    }
}
