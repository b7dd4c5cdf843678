package dev.tandem.reports.analysis;

import dev.tandem.results.Result;
import dev.tandem.results.stats.Statistics;
import java.util.Arrays;

/**
 * The values of a result that vary the way whole runs do, which is what an interval comparing two
 * runs must be built from.
 *
 * <p>A JIT engine's iterations inside one JVM share that JVM's compiled code, and which code C2 or
 * Graal ends up with is decided once per JVM, by timing: the AOT tier's {@code crc32} settles at
 * 26.0 ms in most JVMs and at 34.6 ms in some (2 of 13 quick runs on the project's machine, 2 of 6
 * with the other core busy), with ten iterations within ±0.5% of each other either way. Ten such iterations
 * give a tight interval around one JVM's mode, and a gate built on them calls the other mode a
 * significant regression (it failed CI on unchanged code that way). So where a result says its
 * samples are {@code forks} × {@code iterations} (the throughput harness: measured iterations in
 * fork order), the replicates are the per-fork medians, and the number of forks is the sample size.
 *
 * <p>Every other result's samples are replicates as they are: a fresh process per sample (cold
 * start-up phases, whole-process runs) or rounds of thousands of loads (deserialize).
 */
public final class Replicates {

    private Replicates() {
    }

    public static double[] of(Result result) {
        double[] samples = result.samples();
        if (!perFork(result)) return samples;
        int forks = result.count("forks"), perFork = result.count("iterations");
        double[] medians = new double[forks];
        for (int f = 0; f < forks; f++) {
            medians[f] = Statistics.median(Arrays.copyOfRange(samples, f * perFork, (f + 1) * perFork));
        }
        return medians;
    }

    /** Whether {@link #of} groups this result's samples by fork (the gate says so when it refuses one). */
    public static boolean perFork(Result result) {
        int forks = result.count("forks"), perFork = result.count("iterations");
        return forks >= 1 && perFork >= 1 && result.samples().length == forks * perFork;
    }
}
