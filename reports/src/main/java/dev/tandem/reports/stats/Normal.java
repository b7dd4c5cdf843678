package dev.tandem.reports.stats;

import org.apache.commons.math3.distribution.NormalDistribution;

/** The standard normal distribution's quantile, from Commons Math (no sampling, so no random generator). */
public final class Normal {

    private static final NormalDistribution STANDARD = new NormalDistribution(null, 0, 1);

    private Normal() {
    }

    /** The z with Φ(z) = p. */
    public static double quantile(double p) {
        if (!(p > 0 && p < 1)) throw new IllegalArgumentException("probability must be in (0, 1), got " + p);
        return STANDARD.inverseCumulativeProbability(p);
    }
}
