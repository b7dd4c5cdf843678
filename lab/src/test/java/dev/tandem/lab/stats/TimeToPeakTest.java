package dev.tandem.lab.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TimeToPeakTest {

    private static final double MS = 1e6;

    @Test
    void sumsTheIterationsBeforeTheSeriesSettlesWithinTenPercent() {
        double[] series = {100 * MS, 50 * MS, 12 * MS, 10.9 * MS, 10 * MS, 9.5 * MS, 10.2 * MS};
        // 12 is above 11 (peak 10 + 10%); from 10.9 on every iteration is within the band.
        assertEquals(162.0, TimeToPeak.millis(series, 10 * MS).orElseThrow(), 1e-9);
    }

    @Test
    void aSeriesAtPeakFromTheStartTakesNoTime() {
        assertEquals(0.0, TimeToPeak.millis(new double[] {10 * MS, 10.5 * MS}, 10 * MS).orElseThrow());
    }

    @Test
    void aLateSlowIterationMovesTheSettlingPoint() {
        double[] series = {30 * MS, 10 * MS, 20 * MS, 10 * MS};
        assertEquals(60.0, TimeToPeak.millis(series, 10 * MS).orElseThrow(), 1e-9);
    }

    @Test
    void peakNotReachedWhenTheLastIterationIsOutsideTheBand() {
        assertTrue(TimeToPeak.millis(new double[] {30 * MS, 10 * MS, 20 * MS}, 10 * MS).isEmpty());
    }
}
