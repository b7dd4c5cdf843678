package dev.tandem.results.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The one median bootstrap: the lab's results-file intervals (one median, 95%) and the report's
 * (products and quotients of medians, any level) cover the true value as often as they claim.
 */
class BootstrapTest {

    @Test
    void oneSampleGivesTheDegenerateInterval() {
        Summary s = Bootstrap.median(new double[] {42});
        assertEquals(new Summary(42, 42, 42, "median-bootstrap"), s);
    }

    @Test
    void constantSamplesHaveNoSpread() {
        Summary s = Bootstrap.median(new double[] {7, 7, 7, 7, 7, 7});
        assertEquals(7, s.median());
        assertEquals(7, s.ciLow());
        assertEquals(7, s.ciHigh());
    }

    @Test
    void twoValuesGiveAnIntervalBetweenThem() {
        // Resamples of {1, 3} have medians 1, 2 or 3 with probabilities 1/4, 1/2, 1/4, so the 2.5th and
        // 97.5th percentiles of 10,000 of them are the extremes.
        Summary s = Bootstrap.median(new double[] {1, 3});
        assertEquals(2, s.median());
        assertEquals(1, s.ciLow());
        assertEquals(3, s.ciHigh());
    }

    @Test
    void theSameSamplesGiveTheSameInterval() {
        double[] xs = normalSample(31, 1);
        assertEquals(Bootstrap.median(xs), Bootstrap.median(xs.clone()));
    }

    @Test
    void intervalWidthMatchesTheMediansAsymptoticStandardError() {
        // The median of n normal(0, 1) draws has standard error sqrt(pi / 2) / sqrt(n) = 1.2533 / sqrt(n),
        // so a 95% interval is about 2 * 1.96 * 1.2533 / sqrt(n) wide: 0.2457 for n = 400.
        double[] xs = normalSample(400, 7);
        Summary s = Bootstrap.median(xs);
        double width = s.ciHigh() - s.ciLow();
        assertEquals(0.2457, width, 0.06, "width " + width);
        assertTrue(s.ciLow() <= s.median() && s.median() <= s.ciHigh());
    }

    @Test
    void intervalCoversTheTrueMedianAboutNinetyFivePercentOfTheTime() {
        int trials = 200;
        int covered = 0;
        for (int t = 0; t < trials; t++) {
            Summary s = Bootstrap.median(normalSample(41, 1000 + t), 2000, t);
            if (s.ciLow() <= 0 && 0 <= s.ciHigh()) {
                covered++;
            }
        }
        // Binomial(200, 0.95) lies in [180, 198] with probability above 0.999; the percentile
        // bootstrap of a median is a little conservative for small n, hence the high upper bound.
        assertTrue(covered >= 180 && covered <= 199, "covered " + covered + " of " + trials);
    }

    @Test
    void resamplesMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> Bootstrap.median(new double[] {1, 2}, 0, 1));
    }

    private static double[] normalSample(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] xs = new double[n];
        for (int i = 0; i < n; i++) {
            // Box-Muller from two uniforms in (0, 1].
            double u1 = 1 - random.nextDouble();
            double u2 = random.nextDouble();
            xs[i] = Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
        }
        return xs;
    }

    // Ratios of medians and other levels, as the report and the gate use them.

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
