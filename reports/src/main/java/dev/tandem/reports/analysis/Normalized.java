package dev.tandem.reports.analysis;

import dev.tandem.results.Result;
import dev.tandem.results.ResultsFile;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;

/**
 * A result and the reference it is divided by, chosen within its own file (docs/results-schema.md:
 * ratios never cross files). Throughput times take the workload's native build when the file has
 * it; every other time-like metric (and a throughput time without native) takes the file's
 * calibration kernel; bytes, counts and dimensionless values stay absolute,
 * because machine speed does not move them.
 *
 * @param reference the reference result, or null when {@code kind} is ABSOLUTE
 */
public record Normalized(Result result, Result reference, Reference kind) {

    private static final Set<String> SPEED_FREE_UNITS = Set.of("bytes", "count", "1");
    private static final String THROUGHPUT = "throughput";

    public static Normalized of(ResultsFile file, Result result) {
        if (SPEED_FREE_UNITS.contains(result.unit())) return new Normalized(result, null, Reference.ABSOLUTE);
        // Native is the reference only where it does the engine's work: throughput's kernels. In
        // whole-process start-up, native's row is fork/exec of a tiny binary (0.7 ms here, 1.0 ms in
        // the next run): as the denominator of a 200-800 ms JVM start its noise moved every engine's
        // ratio by 30% between runs of unchanged code. There the calibration kernel (21 ms, +-1%) is.
        if (THROUGHPUT.equals(file.harness()) && !Result.NATIVE.equals(result.engine())
                && !Result.CALIBRATION.equals(result.workload())) {
            Optional<Result> nativeRun = file.scored(result.metric())
                    .filter(r -> Result.NATIVE.equals(r.engine()) && r.workload().equals(result.workload())
                            && r.sizeText().equals(result.sizeText()))
                    // Prefer identical params; a native build has no engine params, so any will do.
                    .min(Comparator.comparing(r -> r.configuration().equals(result.configuration()) ? 0 : 1));
            if (nativeRun.isPresent()) return new Normalized(result, nativeRun.get(), Reference.NATIVE);
        }
        if (!Result.CALIBRATION.equals(result.workload())) {
            Optional<Result> calibration = file.scored()
                    .filter(r -> Result.CALIBRATION.equals(r.workload()))
                    // The same metric first (process wall over the bare-JVM probe's wall: both
                    // multi-threaded JVM starts, so a busy second core moves both), then the
                    // same engine, then native's kernel.
                    .min(Comparator.comparing((Result r) -> r.metric().equals(result.metric()) ? 0 : 1)
                            .thenComparing(r -> r.engine().equals(result.engine()) ? 0 : Result.NATIVE.equals(r.engine()) ? 1 : 2));
            if (calibration.isPresent()) return new Normalized(result, calibration.get(), Reference.CALIBRATION);
        }
        return new Normalized(result, null, Reference.ABSOLUTE);
    }

    public Normalized absolute() {
        return new Normalized(result, null, Reference.ABSOLUTE);
    }

    /** median(result) / median(reference), or the median itself when absolute. */
    public double value() {
        return reference == null ? result.median() : result.median() * unitScale() / reference.median();
    }

    /**
     * What makes a ratio dimensionless when result and reference have different time units
     * (total-load in ms over a calibration kernel in ns): multiply the result by it.
     */
    public double unitScale() {
        return reference == null ? 1 : nanos(result.unit()) / nanos(reference.unit());
    }

    private static double nanos(String unit) {
        return switch (unit) {
            case "ms" -> 1e6;
            case "us", "µs" -> 1e3;
            case "s" -> 1e9;
            default -> 1; // ns, and units that are not times (then both sides share it)
        };
    }
}
