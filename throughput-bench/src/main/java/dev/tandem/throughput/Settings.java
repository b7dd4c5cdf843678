package dev.tandem.throughput;

import dev.tandem.lab.Profile;
import java.util.List;
import java.util.Set;

/**
 * What a profile measures. {@code quick} checks the harness end to end in a few minutes (three
 * workloads at their quick size, a handful of iterations; its numbers are not for quoting);
 * {@code full} is every workload at its {@code default} size with enough iterations for the JIT
 * tiers to reach peak.
 *
 * @param workloads    the manifest workloads to run, empty for all
 * @param size         the manifest size
 * @param forks        JMH forks per (engine, workload)
 * @param warmup       warm-up iterations (one {@code run(n)} call each) for an engine that tiers up
 * @param measure      measured iterations for it
 * @param interpreterWarmup warm-up iterations for an interpreter-only engine (slow, and it has no peak to wait for)
 * @param interpreterMeasure measured iterations for it
 */
record Settings(List<String> workloads, String size, int forks, int warmup, int measure, int interpreterWarmup,
                int interpreterMeasure) {

    /** Engines that only interpret: they warm up little and are 50-500x slower, so they get fewer iterations. */
    static final Set<String> INTERPRETERS = Set.of("chicory-interp", "tandem-truffle-interp");

    static Settings of(Profile profile) {
        return switch (profile) {
            case QUICK -> new Settings(List.of("nbody", "crc32", "funcptr"), "quick", 1, 2, 3, 1, 2);
            case FULL -> new Settings(List.of(), "default", 1, 10, 10, 1, 3);
        };
    }

    int warmupFor(String engine) {
        return INTERPRETERS.contains(engine) ? interpreterWarmup : warmup;
    }

    int measureFor(String engine) {
        return INTERPRETERS.contains(engine) ? interpreterMeasure : measure;
    }
}
