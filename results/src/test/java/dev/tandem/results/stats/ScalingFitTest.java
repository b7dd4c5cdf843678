package dev.tandem.results.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The fit on synthetic load series whose exponent is known. */
class ScalingFitTest {

    /**
     * Per-module time c·k·(n+1)^(k−1) times log-normal noise that is correlated from one module to
     * the next (AR(1) in log space, as a slow phase of a shared machine would be).
     */
    static List<double[]> series(double k, int modules, double sigma, double correlation, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<double[]> points = new ArrayList<>();
        double noise = 0;
        for (int n = 0; n < modules; n++) {
            noise = correlation * noise + Math.sqrt(1 - correlation * correlation) * sigma * random.nextGaussian();
            points.add(new double[] {n, 50_000 * k * Math.pow(n + 1, k - 1) * Math.exp(noise)});
        }
        return points;
    }

    @ParameterizedTest(name = "k = {0}")
    @ValueSource(doubles = {1.0, 1.5, 2.0})
    void recoversTheExponentOfAPowerLaw(double k) {
        ScalingFit fit = ScalingFit.of(series(k, 2_000, 0.3, 0.5, 42));
        assertEquals(k, fit.exponent(), 0.05);
        assertTrue(fit.ciLow() <= k && k <= fit.ciHigh(), "interval " + fit.ciLow() + ".." + fit.ciHigh() + " misses " + k);
        assertTrue(fit.ciHigh() - fit.ciLow() < 0.2, "interval too wide: " + fit.ciLow() + ".." + fit.ciHigh());
        assertEquals(2_000, fit.points());
    }

    /**
     * What a busy machine adds: the first ten loads twenty times slower, and one load in fifty a
     * spike of fifty times. Least squares follows them; the robust fit does not.
     */
    @Test
    void spikesAndSlowFirstLoadsDoNotMoveTheExponent() {
        List<double[]> s = series(1.0, 1_000, 0.2, 0.3, 11);
        SplittableRandom random = new SplittableRandom(3);
        for (int i = 0; i < s.size(); i++) {
            double[] p = s.get(i);
            if (i < 10) {
                p[1] *= 20;
            } else if (random.nextInt(50) == 0) {
                p[1] *= 50;
            }
        }
        ScalingFit fit = ScalingFit.of(s);
        assertEquals(1.0, fit.exponent(), 0.03);
        assertEquals(fit.exponent(), ScalingFit.exponent(s), 1e-12);
        double[] lx = s.stream().mapToDouble(p -> Math.log(p[0] + 1)).toArray();
        double[] ly = s.stream().mapToDouble(p -> Math.log(p[1])).toArray();
        double leastSquares = 1 + ScalingFit.line(lx, ly, java.util.stream.IntStream.range(0, s.size()).toArray(), null)[0];
        assertTrue(Math.abs(leastSquares - 1.0) > 0.05, "the spikes should move least squares, it read " + leastSquares);
        assertTrue(fit.ciLow() <= 1.0 && 1.0 <= fit.ciHigh(), "interval " + fit.ciLow() + ".." + fit.ciHigh());
    }

    @Test
    void noiselessDataGiveTheExactExponentAndADegenerateInterval() {
        ScalingFit fit = ScalingFit.of(series(2.0, 500, 0, 0, 1));
        assertEquals(2.0, fit.exponent(), 1e-9);
        assertEquals(2.0, fit.ciLow(), 1e-9);
        assertEquals(2.0, fit.ciHigh(), 1e-9);
    }

    /**
     * With correlated noise the block bootstrap still covers the true exponent about as often as a
     * 95% interval should (91 of these 100 series); resampling single points covers it in 69.
     */
    @Test
    void theIntervalCoversTheTrueExponentUnderCorrelatedNoise() {
        int trials = 100;
        int covered = 0;
        for (int t = 0; t < trials; t++) {
            ScalingFit fit = ScalingFit.of(series(1.0, 1_000, 0.4, 0.5, 1_000 + t));
            if (fit.ciLow() <= 1.0 && 1.0 <= fit.ciHigh()) {
                covered++;
            }
        }
        assertTrue(covered >= 88, covered + " of " + trials + " intervals cover the true exponent");
    }

    @Test
    void theSameSeriesGivesTheSameInterval() {
        List<double[]> s = series(1.2, 300, 0.3, 0.5, 7);
        assertEquals(ScalingFit.of(s), ScalingFit.of(s));
    }

    @Test
    void refusesWhatCannotBeFitted() {
        assertEquals("a scaling fit needs at least 3 points, got 2", assertThrows(IllegalArgumentException.class,
                () -> ScalingFit.of(List.of(new double[] {0, 1}, new double[] {1, 1}))).getMessage());
        assertEquals("a scaling fit needs at least two distinct numbers of modules loaded", assertThrows(IllegalArgumentException.class,
                () -> ScalingFit.of(List.of(new double[] {3, 1}, new double[] {3, 2}, new double[] {3, 3}))).getMessage());
        assertEquals("point 1 is not (loaded >= 0, time > 0): (1.0, 0.0)", assertThrows(IllegalArgumentException.class,
                () -> ScalingFit.of(List.of(new double[] {0, 1}, new double[] {1, 0}, new double[] {2, 3}))).getMessage());
    }

    @Test
    void blocksAreTheSquareRootOfThePointCount() {
        assertEquals(100, ScalingFit.blockLength(10_000));
        assertEquals(32, ScalingFit.blockLength(1_000));
        assertEquals(1, ScalingFit.blockLength(1));
    }
}
