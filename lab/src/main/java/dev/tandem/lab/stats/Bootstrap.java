package dev.tandem.lab.stats;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The percentile bootstrap for the median: resample the sample with replacement many times, take
 * each resample's median, and read the 2.5th and 97.5th percentiles of those medians. It assumes
 * nothing about the distribution, which suits timings (skewed, often bimodal with JIT tiers).
 * The generator is seeded, so the same samples always give the same interval.
 */
public final class Bootstrap {

    public static final String STAT = "median-bootstrap";
    public static final int DEFAULT_RESAMPLES = 10_000;
    static final long SEED = 0x7A4DE_1AB5L;

    private Bootstrap() {
    }

    public static Summary median(double[] samples) {
        return median(samples, DEFAULT_RESAMPLES, SEED);
    }

    /**
     * The median and its 95% percentile-bootstrap interval from {@code resamples} resamples. One
     * sample gives the degenerate interval [x, x]: there is no spread to resample.
     */
    public static Summary median(double[] samples, int resamples, long seed) {
        Statistics.requireSamples(samples);
        if (resamples < 1) {
            throw new IllegalArgumentException("resamples must be at least 1, got " + resamples);
        }
        double median = Statistics.median(samples);
        int n = samples.length;
        if (n == 1) {
            return new Summary(median, median, median, STAT);
        }
        SplittableRandom random = new SplittableRandom(seed);
        double[] medians = new double[resamples];
        double[] resample = new double[n];
        for (int b = 0; b < resamples; b++) {
            for (int i = 0; i < n; i++) {
                resample[i] = samples[random.nextInt(n)];
            }
            Arrays.sort(resample);
            medians[b] = Statistics.sortedPercentile(resample, 50);
        }
        Arrays.sort(medians);
        return new Summary(median, Statistics.sortedPercentile(medians, 2.5), Statistics.sortedPercentile(medians, 97.5), STAT);
    }
}
