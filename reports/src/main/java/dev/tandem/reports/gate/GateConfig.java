package dev.tandem.reports.gate;

import dev.tandem.results.stats.Bootstrap;

/**
 * The gate's knobs. A metric regresses when its change is significant and larger than its group's
 * threshold (a fraction: 0.10 = 10% worse).
 *
 * @param confidence the family-wise level: with BONFERRONI correction each of the m metrics judged is
 *     tested at 1 - (1 - confidence) / m, so that the chance of any false "significant" in a run of
 *     unchanged code stays below 1 - confidence instead of growing with the number of metrics
 * @param minSamples fewer samples than this on either side of a comparison: not gated (no honest interval)
 */
public record GateConfig(
        double throughputThreshold,
        double startupThreshold,
        double exponentLimit,
        double confidence,
        Method method,
        Correction correction,
        int resamples,
        long seed,
        int minSamples) {

    /**
     * WELCH: interval of the difference of mean logs, i.e. of the ratio of geometric means; exact for
     * lognormal noise at any sample size and at the extreme levels the correction asks for, and an
     * outlier widens it (the safe direction for a gate). BOOTSTRAP: percentile interval of the ratio
     * of medians, robust to outliers but optimistic at small sample sizes.
     */
    public enum Method { WELCH, BOOTSTRAP }

    public enum Correction { BONFERRONI, NONE }

    /**
     * 10% / 20% thresholds and the 1.15 exponent limit from issue 8; 99% family-wise, because a gate
     * that fails one CI run in twenty on unchanged code gets ignored (on synthetic runs with 15%
     * per-sample noise, 2 of 200 unchanged pairs fail at 99%, 4 of 100 at 95%, 64 of 100 uncorrected).
     * The bootstrap's resamples and seed are the one bootstrap's own ({@link Bootstrap}), the ones
     * every results file's ci95 was computed with.
     */
    public static GateConfig defaults() {
        return new GateConfig(0.10, 0.20, 1.15, 0.99, Method.WELCH, Correction.BONFERRONI, Bootstrap.RESAMPLES, Bootstrap.SEED, 3);
    }

    public double threshold(GateGroup group) {
        return switch (group) {
            case THROUGHPUT -> throughputThreshold;
            case STARTUP -> startupThreshold;
            default -> throw new IllegalArgumentException(group + " has no relative threshold");
        };
    }

    /** The level each of {@code judged} intervals is computed at. */
    public double perMetricConfidence(int judged) {
        if (correction == Correction.NONE || judged <= 1) return confidence;
        return 1 - (1 - confidence) / judged;
    }

    public GateConfig withThresholds(double throughput, double startup) {
        return new GateConfig(throughput, startup, exponentLimit, confidence, method, correction, resamples, seed, minSamples);
    }

    public GateConfig withExponentLimit(double limit) {
        return new GateConfig(throughputThreshold, startupThreshold, limit, confidence, method, correction, resamples, seed, minSamples);
    }

    public GateConfig withStatistics(double confidence, Method method, Correction correction, int resamples, long seed) {
        return new GateConfig(throughputThreshold, startupThreshold, exponentLimit, confidence, method, correction, resamples, seed, minSamples);
    }
}
