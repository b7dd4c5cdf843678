package dev.tandem.lab.stats;

import java.util.OptionalDouble;

/**
 * Time to peak for a JIT tier: the wall time from the first call until iterations stay within
 * 10% of peak, where peak is the median of the measured (post-warm-up) iterations. Wall time is the
 * sum of the iteration times before the first iteration from which every later one is within the
 * band; the harness's own gaps between iterations are not counted.
 */
public final class TimeToPeak {

    public static final double BAND = 0.10;

    private TimeToPeak() {
    }

    /**
     * @param iterationNanos every iteration in order, warm-up first
     * @param peakNanos      the peak (median of the measured iterations)
     * @return milliseconds until the series stays within the band, or empty when the last
     *         iteration is still outside it (peak not reached in this run)
     */
    public static OptionalDouble millis(double[] iterationNanos, double peakNanos) {
        double limit = peakNanos * (1 + BAND);
        int settled = iterationNanos.length;
        for (int i = iterationNanos.length - 1; i >= 0 && iterationNanos[i] <= limit; i--) {
            settled = i;
        }
        if (settled == iterationNanos.length) {
            return OptionalDouble.empty();
        }
        double sum = 0;
        for (int i = 0; i < settled; i++) {
            sum += iterationNanos[i];
        }
        return OptionalDouble.of(sum / 1e6);
    }
}
