package dev.tandem.results.stats;

import java.util.Arrays;

/**
 * Descriptive statistics of a sample, for the lab and the report alike. Inputs are never modified.
 * Every quantile (a median, a percentile, a bootstrap interval's ends) is the one rule here: linear
 * interpolation between order statistics, R's "type 7" and NumPy's default.
 */
public final class Statistics {

    private Statistics() {
    }

    /** The median; the mean of the two middle values for an even count. */
    public static double median(double[] samples) {
        return quantile(samples, 0.5);
    }

    /** The {@code p}-th percentile (0..100): {@link #quantile} at {@code p / 100}. */
    public static double percentile(double[] samples, double p) {
        if (p < 0 || p > 100 || Double.isNaN(p)) {
            throw new IllegalArgumentException("percentile must be in 0..100, got " + p);
        }
        return quantile(samples, p / 100.0);
    }

    /** The {@code p}-quantile (0..1) by linear interpolation between order statistics: position {@code (n - 1) * p}. */
    public static double quantile(double[] samples, double p) {
        requireSamples(samples);
        if (p < 0 || p > 1 || Double.isNaN(p)) {
            throw new IllegalArgumentException("quantile must be in 0..1, got " + p);
        }
        double[] sorted = samples.clone();
        Arrays.sort(sorted);
        return quantileOfSorted(sorted, p);
    }

    /** {@link #quantile} of samples already in ascending order (no copy, no sort). */
    static double quantileOfSorted(double[] sorted, double p) {
        double position = (sorted.length - 1) * p;
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

    /** The unbiased sample variance (divisor n - 1). */
    public static double variance(double[] samples) {
        if (samples.length < 2) {
            throw new IllegalArgumentException("variance needs at least 2 values, got " + samples.length);
        }
        double mean = mean(samples);
        double sum = 0;
        for (double v : samples) {
            sum += (v - mean) * (v - mean);
        }
        return sum / (samples.length - 1);
    }

    public static double min(double[] samples) {
        requireSamples(samples);
        return Arrays.stream(samples).min().orElseThrow();
    }

    public static double max(double[] samples) {
        requireSamples(samples);
        return Arrays.stream(samples).max().orElseThrow();
    }

    /** exp(mean(log x)) of positive values: how ratios are averaged (2x faster and 2x slower cancel). */
    public static double geometricMean(double[] values) {
        requireSamples(values);
        for (double v : values) {
            if (!(v > 0)) {
                throw new IllegalArgumentException("geometric mean needs positive values, got " + v);
            }
        }
        return Math.exp(mean(log(values)));
    }

    /** Natural logs of positive values. */
    public static double[] log(double[] values) {
        double[] logs = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            if (!(values[i] > 0)) {
                throw new IllegalArgumentException("log of a non-positive value " + values[i]);
            }
            logs[i] = Math.log(values[i]);
        }
        return logs;
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
