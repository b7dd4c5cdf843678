package dev.tandem.reports.stats;

import java.util.Arrays;

/** Plain descriptive statistics of a sample; none of them modifies its argument. */
public final class Descriptive {

    private Descriptive() {
    }

    public static double median(double[] values) {
        return quantile(values, 0.5);
    }

    /** The p-quantile with linear interpolation between order statistics (R's type 7, numpy's default). */
    public static double quantile(double[] values, double p) {
        if (values.length == 0) throw new IllegalArgumentException("quantile of an empty sample");
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return quantileOfSorted(sorted, p);
    }

    static double quantileOfSorted(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    public static double mean(double[] values) {
        if (values.length == 0) throw new IllegalArgumentException("mean of an empty sample");
        double sum = 0;
        for (double v : values) sum += v;
        return sum / values.length;
    }

    /** The unbiased sample variance (divisor n - 1). */
    public static double variance(double[] values) {
        if (values.length < 2) throw new IllegalArgumentException("variance needs at least 2 values, got " + values.length);
        double mean = mean(values);
        double sum = 0;
        for (double v : values) sum += (v - mean) * (v - mean);
        return sum / (values.length - 1);
    }

    /** exp(mean(log x)): the average of ratios that treats 2x faster and 2x slower symmetrically. */
    public static double geometricMean(double[] values) {
        return Math.exp(mean(log(values)));
    }

    public static double[] log(double[] values) {
        double[] logs = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            if (!(values[i] > 0)) throw new IllegalArgumentException("log of a non-positive value " + values[i]);
            logs[i] = Math.log(values[i]);
        }
        return logs;
    }
}
