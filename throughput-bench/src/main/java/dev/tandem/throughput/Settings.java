package dev.tandem.throughput;

import dev.tandem.lab.Profile;
import java.util.List;
import java.util.Set;

/**
 * What a profile measures. {@code quick} is the CI profile: three workloads at their quick size,
 * three forks per engine (the regression gate's replicates) of 5 measured iterations, a few minutes in all;
 * {@code full} is every workload at its {@code default} size with enough iterations for the JIT
 * tiers to reach peak (one {@code run(n)} call at the default size takes 0.4-0.7 s natively, and up
 * to a few seconds on the JIT tiers, so a handful of such calls is a long, steady measurement).
 *
 * <p>The interpreter-only engines run at {@code interpreterSize} ({@code quick} in both profiles):
 * at the default size one call takes 20-60 s there, and 18 workloads of that would not fit the
 * full profile's hour. Their ratio to native is then formed with native at that size, which the
 * harness also measures ({@link #sizesFor}); results carry their size, so nothing is mixed.
 *
 * @param workloads    the manifest workloads to run, empty for all
 * @param size         the manifest size
 * @param forks        JMH forks per (engine, workload)
 * @param warmup       warm-up iterations (one {@code run(n)} call each) for an engine that tiers up
 * @param measure      measured iterations for it
 * @param interpreterWarmup warm-up iterations for an interpreter-only engine (slow, and it has no peak to wait for)
 * @param interpreterMeasure measured iterations for it
 * @param interpreterSize the manifest size the interpreter-only engines run at
 */
record Settings(List<String> workloads, String size, int forks, int warmup, int measure, int interpreterWarmup,
                int interpreterMeasure, String interpreterSize) {

    /** Engines that only interpret: they warm up little and are 50-500x slower, so they get fewer iterations. */
    static final Set<String> INTERPRETERS = Set.of("chicory-interp", "tandem-truffle-interp");

    /**
     * Why this profile leaves an engine out, if it does. The {@code .twasm} engines run exactly the
     * classes {@code tandem-aot-memory} generates (only where they come from differs), so at the
     * default size they would spend minutes of the full profile's hour re-measuring the same code;
     * {@code quick} measures them, as do the start-up and deserialize harnesses.
     */
    java.util.Optional<String> leftOut(String engine) {
        if (size.equals("default") && engine.startsWith("tandem-aot-twasm")) {
            return java.util.Optional.of("runs the same generated classes as tandem-aot-memory; measured by the quick profile,"
                    + " start-up and deserialize, not again at the default size");
        }
        return java.util.Optional.empty();
    }

    /** The same settings with the interpreters at {@code size} too. */
    Settings(List<String> workloads, String size, int forks, int warmup, int measure, int interpreterWarmup,
             int interpreterMeasure) {
        this(workloads, size, forks, warmup, measure, interpreterWarmup, interpreterMeasure, size);
    }

    static Settings of(Profile profile) {
        return switch (profile) {
            // Three forks: the gate's sample is the fork (reports' Replicates: a JIT settles in its
            // mode once per JVM, so iterations inside one JVM are not replicates of a run).
            case QUICK -> new Settings(List.of("nbody", "crc32", "funcptr"), "quick", 3, 4, 5, 1, 3);
            case FULL -> new Settings(List.of(), "default", 1, 2, 3, 1, 2, "quick");
        };
    }

    /**
     * The sizes an engine runs at: the interpreters at theirs, native at every size some engine
     * runs at (it is every ratio's denominator), the others at {@link #size}.
     */
    List<String> sizesFor(String engine) {
        if (INTERPRETERS.contains(engine)) {
            return List.of(interpreterSize);
        }
        return engine.equals("native") && !interpreterSize.equals(size) ? List.of(size, interpreterSize) : List.of(size);
    }

    /** These settings measuring at {@code other} (what the measuring code reads as {@link #size}). */
    Settings at(String other) {
        return new Settings(workloads, other, forks, warmup, measure, interpreterWarmup, interpreterMeasure, interpreterSize);
    }

    int warmupFor(String engine) {
        return INTERPRETERS.contains(engine) ? interpreterWarmup : warmup;
    }

    int measureFor(String engine) {
        return INTERPRETERS.contains(engine) ? interpreterMeasure : measure;
    }
}
