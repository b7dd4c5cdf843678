package dev.tandem.reports.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Slopes, standard errors and intervals from scipy.stats.linregress on the logs. */
class LogLogFitTest {

    @Test
    void exactPowerLawGivesItsExponent() {
        double[] x = {1, 2, 4, 8, 16, 32, 64}, y = new double[x.length];
        for (int i = 0; i < x.length; i++) y[i] = 3 * Math.pow(x[i], 1.5);
        LogLogFit fit = LogLogFit.of(x, y);
        assertEquals(1.5, fit.slope(), 1e-12);
        assertEquals(Math.log(3), fit.intercept(), 1e-12);
        assertEquals(0, fit.slopeStandardError(), 1e-12);
    }

    @Test
    void noisyDataMatchesScipy() {
        double[] x = {1, 2, 3, 5, 8, 13, 21, 34};
        double[] y = {2.1, 5.9, 10.2, 22.8, 45.1, 95.0, 180.2, 370.5};
        LogLogFit fit = LogLogFit.of(x, y);
        assertEquals(1.4691554089973808, fit.slope(), 1e-12);
        assertEquals(0.7454812615741058, fit.intercept(), 1e-12);
        assertEquals(0.008285335794800884, fit.slopeStandardError(), 1e-12);
        Interval ci = fit.slopeInterval(0.95);
        assertEquals(1.4488819226503669, ci.low(), 1e-9);
        assertEquals(1.4894288953443948, ci.high(), 1e-9);
    }
}
