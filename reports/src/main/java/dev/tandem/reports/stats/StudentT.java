package dev.tandem.reports.stats;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * Student's t distribution for any positive, possibly fractional, degrees of freedom (as Welch's
 * approximation gives them), from Commons Math. The quantile is solved to {@link #ACCURACY}: the
 * gate's intervals are compared with thresholds at 1e-2, so the library's default of 1e-9 would do,
 * but the tighter one costs nothing noticeable and keeps results equal to the reference values.
 */
public final class StudentT {

    static final double ACCURACY = 1e-14;

    private StudentT() {
    }

    public static double cdf(double t, double df) {
        return distribution(df).cumulativeProbability(t);
    }

    /** The t with cdf(t) = p, for 0 < p < 1. */
    public static double quantile(double p, double df) {
        if (!(p > 0 && p < 1)) throw new IllegalArgumentException("probability must be in (0, 1), got " + p);
        return distribution(df).inverseCumulativeProbability(p);
    }

    private static TDistribution distribution(double df) {
        if (!(df > 0)) throw new IllegalArgumentException("degrees of freedom must be positive, got " + df);
        return new TDistribution(null, df, ACCURACY);
    }
}
