package dev.tandem.results.stats;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The one bootstrap of medians, for the lab's {@code ci95} and the report's intervals alike: the
 * percentile bootstrap of a product of medians, med(n1)·med(n2)… / (med(d1)·med(d2)…), each sample
 * resampled on its own (they are independent measurements). One shape covers a single median (a
 * results file's {@code ci95}), a ratio to native, and the change of a normalized ratio between two
 * runs. It assumes nothing about the distribution, which suits timings (skewed, often bimodal with
 * JIT tiers).
 *
 * <p>The rules, each written once here:
 * <ul>
 *   <li>resamples: {@link #RESAMPLES}; a sample of more than {@link #LARGE_SAMPLE} values (deserialize's
 *       per-module load times) gets {@link #LARGE_SAMPLE_RESAMPLES}, because each resample sorts them all;</li>
 *   <li>seed: {@link #SEED}, a {@link SplittableRandom} per quantity, its stream chosen by
 *       {@code seed ^ (stream * golden ratio)} so that replicates combined later (a geometric mean over
 *       workloads) do not share resampling indices; stream 0 is the seed itself;</li>
 *   <li>quantile: {@link Statistics#quantile}'s type 7, at (1 - confidence) / 2 and its complement.</li>
 * </ul>
 * Seeded, so a results file, a report or a gate decision is reproducible from its inputs.
 */
public final class Bootstrap {

    /** How results' {@code stat} names a median with this interval. */
    public static final String STAT = "median-bootstrap";
    public static final int RESAMPLES = 10_000;
    public static final long SEED = 0x7A4DE_1AB5L;
    /** Above this many samples a median's interval uses {@link #LARGE_SAMPLE_RESAMPLES}. */
    public static final int LARGE_SAMPLE = 5_000;
    public static final int LARGE_SAMPLE_RESAMPLES = 1_000;
    /** Fewer resamples than this cannot place a 95% interval's ends. */
    public static final int MIN_RESAMPLES = 100;

    private static final Bootstrap STANDARD = new Bootstrap(RESAMPLES, SEED);
    private static final Bootstrap LARGE = new Bootstrap(LARGE_SAMPLE_RESAMPLES, SEED);

    private final int resamples;
    private final long seed;

    public Bootstrap(int resamples, long seed) {
        if (resamples < MIN_RESAMPLES) {
            throw new IllegalArgumentException("bootstrap needs at least " + MIN_RESAMPLES + " resamples, got " + resamples);
        }
        this.resamples = resamples;
        this.seed = seed;
    }

    /** The standard rule: {@link #RESAMPLES} resamples (fewer for a large sample) from {@link #SEED}. */
    public static Bootstrap standard(int sampleCount) {
        return sampleCount > LARGE_SAMPLE ? LARGE : STANDARD;
    }

    public int resamples() {
        return resamples;
    }

    public long seed() {
        return seed;
    }

    /** The median and its 95% interval by the standard rule: what a results file's median and ci95 are. */
    public static Summary median(double[] samples) {
        return standard(samples.length).medianSummary(samples);
    }

    /** The median and its 95% interval from {@code resamples} resamples seeded with {@code seed}. */
    public static Summary median(double[] samples, int resamples, long seed) {
        return new Bootstrap(resamples, seed).medianSummary(samples);
    }

    /** The median and its 95% interval. One sample gives the degenerate interval [x, x]: there is no spread. */
    public Summary medianSummary(double[] samples) {
        double median = Statistics.median(samples);
        if (samples.length == 1) {
            return new Summary(median, median, median, STAT);
        }
        Interval ci = medianInterval(samples, 0.95);
        return new Summary(median, ci.low(), ci.high(), STAT);
    }

    public Interval medianInterval(double[] sample, double confidence) {
        return percentileInterval(replicates(List.of(sample), List.of(), 0), confidence);
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

    /** The central interval holding {@code confidence} of the replicates. */
    public static Interval percentileInterval(double[] replicates, double confidence) {
        if (!(confidence > 0 && confidence < 1)) throw new IllegalArgumentException("confidence must be in (0, 1), got " + confidence);
        double[] sorted = replicates.clone();
        Arrays.sort(sorted);
        double alpha = (1 - confidence) / 2;
        return new Interval(Statistics.quantileOfSorted(sorted, alpha), Statistics.quantileOfSorted(sorted, 1 - alpha));
    }

    private static double resampledMedian(double[] sample, double[] scratch, SplittableRandom random) {
        int n = sample.length;
        if (n == 0) throw new IllegalArgumentException("bootstrap of an empty sample");
        for (int i = 0; i < n; i++) scratch[i] = sample[random.nextInt(n)];
        Arrays.sort(scratch, 0, n);
        return (n & 1) == 1 ? scratch[n / 2] : (scratch[n / 2 - 1] + scratch[n / 2]) / 2;
    }
}
