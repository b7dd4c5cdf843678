package dev.tandem.reports.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The bootstrap's intervals cover the true value as often as they claim, on distributions with known medians. */
class BootstrapTest {

    private static double gaussian(SplittableRandom r) {
        return Math.sqrt(-2 * Math.log(1 - r.nextDouble())) * Math.cos(2 * Math.PI * r.nextDouble());
    }

    /** Fraction of 400 samples (n = 41) of N(10, 2) whose median interval contains 10. */
    private static double coverage(double confidence) {
        SplittableRandom random = new SplittableRandom(42);
        Bootstrap bootstrap = new Bootstrap(1000, 7);
        int covered = 0, trials = 400;
        for (int t = 0; t < trials; t++) {
            double[] x = new double[41];
            for (int i = 0; i < x.length; i++) x[i] = 10 + 2 * gaussian(random);
            if (bootstrap.medianInterval(x, confidence).contains(10)) covered++;
        }
        return covered / (double) trials;
    }

    @Test
    void ninetyFivePercentIntervalsCoverTheTrueMedianAboutNinetyFivePercentOfTheTime() {
        double c = coverage(0.95);
        // 400 trials give a binomial spread of about ±0.011; the percentile bootstrap of a median is also
        // known to undercover a little at small n (this seed gives 0.925). Far off either way is a bug.
        assertTrue(c >= 0.90 && c <= 0.98, "coverage " + c);
    }

    @Test
    void eightyPercentIntervalsCoverLessOften() {
        double c = coverage(0.80);
        assertTrue(c >= 0.72 && c <= 0.87, "coverage " + c);
        assertTrue(c < coverage(0.95) - 0.08, "80% intervals cover as often as 95% ones");
    }

    @Test
    void ratioOfMediansOfKnownLognormals() {
        SplittableRandom random = new SplittableRandom(3);
        double[] a = new double[30], b = new double[30];
        for (int i = 0; i < 30; i++) {
            a[i] = 200 * Math.exp(0.05 * gaussian(random));
            b[i] = 100 * Math.exp(0.05 * gaussian(random));
        }
        Interval ci = Bootstrap.percentileInterval(new Bootstrap(2000, 1).replicates(List.of(a), List.of(b), 0), 0.95);
        assertTrue(ci.contains(2.0), "interval " + ci + " misses the true ratio 2");
        assertTrue(ci.high() - ci.low() < 0.15, "interval " + ci + " is wider than 5% noise explains");
    }

    @Test
    void sameSeedSameAnswerOtherStreamOtherAnswer() {
        double[] x = {5, 1, 4, 2, 3, 8, 7, 6, 9};
        Bootstrap b = new Bootstrap(200, 11);
        assertArrayEquals(b.replicates(List.of(x), List.of(), 1), b.replicates(List.of(x), List.of(), 1));
        assertFalse(java.util.Arrays.equals(b.replicates(List.of(x), List.of(), 1), b.replicates(List.of(x), List.of(), 2)));
    }

    @Test
    void percentileIntervalOfKnownReplicates() {
        double[] r = new double[101];
        for (int i = 0; i <= 100; i++) r[i] = 100 - i;
        Interval ci = Bootstrap.percentileInterval(r, 0.90);
        assertEquals(5, ci.low(), 1e-12);
        assertEquals(95, ci.high(), 1e-12);
    }
}
