package dev.tandem.reports.stats;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The percentile bootstrap of a product of medians: med(n1)·med(n2)… / (med(d1)·med(d2)…), each
 * sample resampled on its own (they are independent measurements). That one shape covers a single
 * median, a ratio to native, and the change of a normalized ratio between two runs. Seeded, so a
 * report or a gate decision is reproducible from its inputs.
 */
public final class Bootstrap {

    private final int resamples;
    private final long seed;

    public Bootstrap(int resamples, long seed) {
        if (resamples < 100) throw new IllegalArgumentException("bootstrap needs at least 100 resamples, got " + resamples);
        this.resamples = resamples;
        this.seed = seed;
    }

    public int resamples() {
        return resamples;
    }

    /**
     * Bootstrap replicates of the quotient. {@code stream} separates the random streams of unrelated
     * quantities (pass e.g. a key's hash): replicates that are later combined, as in a geometric mean
     * over workloads, must not share their resampling indices.
     */
    public double[] replicates(List<double[]> numerators, List<double[]> denominators, long stream) {
        SplittableRandom random = new SplittableRandom(seed ^ (stream * 0x9E3779B97F4A7C15L));
        double[] out = new double[resamples];
        int longest = 0;
        for (double[] s : numerators) longest = Math.max(longest, s.length);
        for (double[] s : denominators) longest = Math.max(longest, s.length);
        double[] scratch = new double[longest];
        for (int r = 0; r < resamples; r++) {
            double value = 1;
            for (double[] s : numerators) value *= resampledMedian(s, scratch, random);
            for (double[] s : denominators) value /= resampledMedian(s, scratch, random);
            out[r] = value;
        }
        return out;
    }

    public Interval medianInterval(double[] sample, double confidence) {
        return percentileInterval(replicates(List.of(sample), List.of(), 0), confidence);
    }

    /** The central interval holding {@code confidence} of the replicates. */
    public static Interval percentileInterval(double[] replicates, double confidence) {
        if (!(confidence > 0 && confidence < 1)) throw new IllegalArgumentException("confidence must be in (0, 1), got " + confidence);
        double[] sorted = replicates.clone();
        Arrays.sort(sorted);
        double alpha = (1 - confidence) / 2;
        return new Interval(Descriptive.quantileOfSorted(sorted, alpha), Descriptive.quantileOfSorted(sorted, 1 - alpha));
    }

    private static double resampledMedian(double[] sample, double[] scratch, SplittableRandom random) {
        int n = sample.length;
        if (n == 0) throw new IllegalArgumentException("bootstrap of an empty sample");
        for (int i = 0; i < n; i++) scratch[i] = sample[random.nextInt(n)];
        Arrays.sort(scratch, 0, n);
        return (n & 1) == 1 ? scratch[n / 2] : (scratch[n / 2 - 1] + scratch[n / 2]) / 2;
    }
}
