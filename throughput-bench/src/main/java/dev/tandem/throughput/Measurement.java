package dev.tandem.throughput;

import java.util.List;

/**
 * One engine on one workload: every iteration in order (warm-up first), which ones are warm-up,
 * or why it failed.
 *
 * @param series  the time of every iteration in nanoseconds, in the order they ran (all forks)
 * @param warmup  for each entry of {@code series}, whether it was a warm-up iteration
 * @param failure the one-line reason it scores nothing, or null
 */
record Measurement(List<Double> series, List<Boolean> warmup, String failure) {

    static Measurement failed(String reason) {
        return new Measurement(List.of(), List.of(), reason);
    }

    double[] measured() {
        return java.util.stream.IntStream.range(0, series.size()).filter(i -> !warmup.get(i))
                .mapToDouble(series::get).toArray();
    }
}
