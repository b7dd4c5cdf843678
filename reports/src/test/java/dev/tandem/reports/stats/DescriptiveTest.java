package dev.tandem.reports.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class DescriptiveTest {

    @Test
    void quantilesInterpolateLikeNumpy() {
        double[] x = {3, 1, 4, 1, 5, 9, 2, 6};
        assertEquals(3.5, Descriptive.median(x), 1e-12);
        assertEquals(1.75, Descriptive.quantile(x, 0.25), 1e-12);
        assertEquals(6.9, Descriptive.quantile(x, 0.9), 1e-12);
        assertArrayEquals(new double[] {3, 1, 4, 1, 5, 9, 2, 6}, x, "the input was modified");
    }

    @Test
    void meanVarianceAndGeometricMean() {
        assertEquals(2.5, Descriptive.mean(new double[] {1, 2, 3, 4}), 1e-12);
        assertEquals(5.0 / 3, Descriptive.variance(new double[] {1, 2, 3, 4}), 1e-12);
        assertEquals(2.82842712474619, Descriptive.geometricMean(new double[] {1, 2, 4, 8}), 1e-12);
    }

    @Test
    void refusesWhatHasNoAnswer() {
        assertThrows(IllegalArgumentException.class, () -> Descriptive.median(new double[0]));
        assertThrows(IllegalArgumentException.class, () -> Descriptive.variance(new double[] {1}));
        assertThrows(IllegalArgumentException.class, () -> Descriptive.geometricMean(new double[] {1, 0}));
    }
}
