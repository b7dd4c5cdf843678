package dev.tandem.reports.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class NiceLogAxisTest {

    @Test
    void ratiosGetOneTwoFiveTicks() {
        assertEquals(List.of(1.0, 2.0, 5.0, 10.0, 20.0, 50.0), NiceLogAxis.ticks(0.8, 60));
    }

    @Test
    void aNarrowRangeGetsEvenSteps() {
        assertEquals(List.of(32.0, 34.0, 36.0, 38.0, 40.0, 42.0, 44.0, 46.0), NiceLogAxis.ticks(31, 47));
    }

    @Test
    void aWideRangeGetsPowersOfTen() {
        assertEquals(List.of(1.0, 10.0, 100.0, 1000.0, 10000.0, 100000.0, 1000000.0), NiceLogAxis.ticks(0.5, 2e6));
    }
}
