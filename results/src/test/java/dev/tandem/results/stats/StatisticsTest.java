package dev.tandem.results.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The lab's and the report's descriptive statistics, one class since they share one quantile rule. */
class StatisticsTest {

    @Test
    void medianOfAnOddCountIsTheMiddleValue() {
        assertEquals(3.0, Statistics.median(new double[] {5, 1, 3, 2, 4}));
    }

    @Test
    void medianOfAnEvenCountIsTheMeanOfTheTwoMiddleValues() {
        assertEquals(2.5, Statistics.median(new double[] {4, 1, 3, 2}));
    }

    @Test
    void percentilesInterpolateLinearlyBetweenOrderStatistics() {
        double[] xs = {10, 20, 30, 40, 50};
        assertEquals(10, Statistics.percentile(xs, 0));
        assertEquals(50, Statistics.percentile(xs, 100));
        assertEquals(20, Statistics.percentile(xs, 25));
        // position (5 - 1) * 0.1 = 0.4: 10 + 0.4 * (20 - 10)
        assertEquals(14, Statistics.percentile(xs, 10), 1e-12);
        // NumPy: np.percentile([10, 20, 30, 40, 50], 97.5) == 49.0
        assertEquals(49, Statistics.percentile(xs, 97.5), 1e-12);
    }

    @Test
    void inputsAreNotReordered() {
        double[] xs = {3, 1, 2};
        Statistics.median(xs);
        assertArrayEquals(new double[] {3, 1, 2}, xs);
    }

    @Test
    void geometricMeanOfRatios() {
        assertEquals(4.0, Statistics.geometricMean(new double[] {2, 8}), 1e-12);
        assertEquals(1.0, Statistics.geometricMean(new double[] {0.5, 2}), 1e-12);
    }

    @Test
    void meanMinMax() {
        double[] xs = {2, 9, 4};
        assertEquals(5, Statistics.mean(xs), 1e-12);
        assertEquals(2, Statistics.min(xs));
        assertEquals(9, Statistics.max(xs));
    }

    @Test
    void badInputsAreRefusedWithAReason() {
        assertEquals("no samples", assertThrows(IllegalArgumentException.class,
                () -> Statistics.median(new double[0])).getMessage());
        assertThrows(IllegalArgumentException.class, () -> Statistics.median(new double[] {1, Double.NaN}));
        assertThrows(IllegalArgumentException.class, () -> Statistics.percentile(new double[] {1}, 101));
        assertThrows(IllegalArgumentException.class, () -> Statistics.geometricMean(new double[] {1, 0}));
    }

    // The report's uses (quantiles in 0..1, variance, logs).

    @Test
    void quantilesInterpolateLikeNumpy() {
        double[] x = {3, 1, 4, 1, 5, 9, 2, 6};
        assertEquals(3.5, Statistics.median(x), 1e-12);
        assertEquals(1.75, Statistics.quantile(x, 0.25), 1e-12);
        assertEquals(6.9, Statistics.quantile(x, 0.9), 1e-12);
        assertArrayEquals(new double[] {3, 1, 4, 1, 5, 9, 2, 6}, x, "the input was modified");
    }

    @Test
    void meanVarianceAndGeometricMean() {
        assertEquals(2.5, Statistics.mean(new double[] {1, 2, 3, 4}), 1e-12);
        assertEquals(5.0 / 3, Statistics.variance(new double[] {1, 2, 3, 4}), 1e-12);
        assertEquals(2.82842712474619, Statistics.geometricMean(new double[] {1, 2, 4, 8}), 1e-12);
    }

    @Test
    void refusesWhatHasNoAnswer() {
        assertThrows(IllegalArgumentException.class, () -> Statistics.median(new double[0]));
        assertThrows(IllegalArgumentException.class, () -> Statistics.variance(new double[] {1}));
        assertThrows(IllegalArgumentException.class, () -> Statistics.geometricMean(new double[] {1, 0}));
    }
}
