package dev.tandem.lab.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

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
}
