package dev.tandem.lab.stats;

import java.util.Arrays;

/** Descriptive statistics of a sample. Inputs are never modified. */
public final class Statistics {

    private Statistics() {
    }

    /** The median; the mean of the two middle values for an even count. */
    public static double median(double[] samples) {
        return percentile(samples, 50);
    }

    /**
     * The {@code p}-th percentile (0..100) by linear interpolation between order statistics (the
     * "type 7" definition of R and NumPy's default): position {@code (n - 1) * p / 100}.
     */
    public static double percentile(double[] samples, double p) {
        requireSamples(samples);
        if (p < 0 || p > 100 || Double.isNaN(p)) {
            throw new IllegalArgumentException("percentile must be in 0..100, got " + p);
        }
        double[] sorted = samples.clone();
        Arrays.sort(sorted);
        return sortedPercentile(sorted, p);
    }

    /** {@link #percentile} of samples already in ascending order (no copy, no sort). */
    static double sortedPercentile(double[] sorted, double p) {
        double position = (sorted.length - 1) * p / 100.0;
        int below = (int) Math.floor(position);
        int above = Math.min(below + 1, sorted.length - 1);
        double fraction = position - below;
        return sorted[below] + fraction * (sorted[above] - sorted[below]);
    }

    public static double mean(double[] samples) {
        requireSamples(samples);
        double sum = 0;
        for (double s : samples) {
            sum += s;
        }
        return sum / samples.length;
    }

    public static double min(double[] samples) {
        requireSamples(samples);
        return Arrays.stream(samples).min().orElseThrow();
    }

    public static double max(double[] samples) {
        requireSamples(samples);
        return Arrays.stream(samples).max().orElseThrow();
    }

    /** The geometric mean of positive values (how ratios over workloads are averaged). */
    public static double geometricMean(double[] values) {
        requireSamples(values);
        double logSum = 0;
        for (double v : values) {
            if (!(v > 0)) {
                throw new IllegalArgumentException("geometric mean needs positive values, got " + v);
            }
            logSum += Math.log(v);
        }
        return Math.exp(logSum / values.length);
    }

    static void requireSamples(double[] samples) {
        if (samples == null || samples.length == 0) {
            throw new IllegalArgumentException("no samples");
        }
        for (double s : samples) {
            if (!Double.isFinite(s)) {
                throw new IllegalArgumentException("samples must be finite, got " + s);
            }
        }
    }
}
