package dev.tandem.reports.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tandem.results.stats.Interval;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Welch's t-test on the two examples of its Wikipedia article; t, df and the interval of the mean
 * difference from scipy.stats.ttest_ind(equal_var=False).
 */
class WelchContrastTest {

    static final double[] A1 = {27.5, 21.0, 19.0, 23.6, 17.0, 17.9, 16.9, 20.1, 21.9, 22.6, 23.1, 19.6, 19.0, 21.7, 21.4};
    static final double[] A2 = {27.1, 22.0, 20.8, 23.4, 23.4, 23.5, 25.8, 22.0, 24.8, 20.2, 21.9, 22.1, 22.9, 20.5, 24.4};
    static final double[] A3 = {17.2, 20.9, 22.6, 18.1, 21.7, 21.4, 23.5, 24.2, 14.7, 21.8};
    static final double[] A4 = {21.5, 22.8, 21.0, 23.0, 21.6, 23.6, 22.5, 20.7, 23.4, 21.8, 20.7, 21.7, 21.5, 22.5, 23.6,
        21.5, 22.5, 23.5, 21.5, 21.8};

    @Test
    void equalSizesMatchScipy() {
        WelchContrast w = WelchContrast.difference(A1, A2);
        assertEquals(-2.455356398286006, w.t(), 1e-12);
        assertEquals(24.988529290231416, w.degreesOfFreedom(), 1e-9);
        Interval ci = w.interval(0.95);
        assertEquals(-3.984096267140929, ci.low(), 1e-9);
        assertEquals(-0.3492370661924069, ci.high(), 1e-9);
    }

    @Test
    void unequalSizesAndVariancesMatchScipy() {
        WelchContrast w = WelchContrast.difference(A3, A4);
        assertEquals(-1.5654335235985037, w.t(), 1e-12);
        assertEquals(9.904741248650831, w.degreesOfFreedom(), 1e-9);
        Interval ci = w.interval(0.99);
        assertEquals(-4.619078329902643, ci.low(), 1e-9);
        assertEquals(1.5690783299026458, ci.high(), 1e-9);
    }

    @Test
    void logContrastOfScaledSamplesIsTheScaleFactor() {
        double[] base = {10, 11, 9.5, 10.4, 10.1};
        double[] slower = new double[base.length];
        for (int i = 0; i < base.length; i++) slower[i] = base[i] * 1.3;
        WelchContrast w = WelchContrast.ofLogs(List.of(slower), List.of(base));
        assertEquals(Math.log(1.3), w.estimate(), 1e-12);
    }

    @Test
    void constantGroupsGiveAnExactInterval() {
        Interval ci = WelchContrast.difference(new double[] {2, 2, 2}, new double[] {1, 1}).interval(0.95);
        assertEquals(1, ci.low());
        assertEquals(1, ci.high());
    }

    @Test
    void oneSampleIsNotEnough() {
        assertThrows(IllegalArgumentException.class, () -> WelchContrast.difference(new double[] {1}, A1));
    }
}
