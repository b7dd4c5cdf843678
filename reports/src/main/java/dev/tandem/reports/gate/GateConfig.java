package dev.tandem.reports.gate;

/**
 * The gate's knobs. A metric regresses when its change is significant at {@code confidence} and
 * larger than its group's threshold (a fraction: 0.10 = 10% worse).
 *
 * @param minSamples fewer samples than this on either side of a comparison: not gated (no honest interval)
 */
public record GateConfig(
        double throughputThreshold,
        double startupThreshold,
        double exponentLimit,
        double confidence,
        Method method,
        int resamples,
        long seed,
        int minSamples) {

    public enum Method { BOOTSTRAP, WELCH }

    public static GateConfig defaults() {
        return new GateConfig(0.10, 0.20, 1.15, 0.95, Method.BOOTSTRAP, 4000, 20261123L, 3);
    }

    public double threshold(GateGroup group) {
        return switch (group) {
            case THROUGHPUT -> throughputThreshold;
            case STARTUP -> startupThreshold;
            default -> throw new IllegalArgumentException(group + " has no relative threshold");
        };
    }

    public GateConfig withThresholds(double throughput, double startup) {
        return new GateConfig(throughput, startup, exponentLimit, confidence, method, resamples, seed, minSamples);
    }

    public GateConfig withExponentLimit(double limit) {
        return new GateConfig(throughputThreshold, startupThreshold, limit, confidence, method, resamples, seed, minSamples);
    }

    public GateConfig withStatistics(double confidence, Method method, int resamples, long seed) {
        return new GateConfig(throughputThreshold, startupThreshold, exponentLimit, confidence, method, resamples, seed, minSamples);
    }
}
