package dev.tandem.lab.results;

import dev.tandem.lab.engine.EngineException;
import dev.tandem.results.Metric;
import dev.tandem.results.Result;
import dev.tandem.results.ResultSet;
import dev.tandem.lab.engine.Plan;
import dev.tandem.lab.engine.RunReport;
import dev.tandem.lab.engine.nativecode.NativeEngine;
import dev.tandem.lab.workload.Manifest;
import dev.tandem.lab.workload.Validation;
import dev.tandem.lab.workload.Workload;
import java.util.Map;

/**
 * The machine-speed reference for harnesses without a native counterpart (start-up, density):
 * the native build of a fixed kernel ({@code nbody} at its quick size) timed in the same run and
 * written as workload {@code calibration}. The report divides time-like results by it when it
 * compares runs, so a slower machine does not look like a regression.
 */
public final class Calibration {

    public static final String WORKLOAD = Result.CALIBRATION;
    static final String KERNEL = "nbody";
    static final int REPS = 5;

    private Calibration() {
    }

    /** Measures the kernel and adds it to {@code set}, or records why it could not. */
    public static void measure(ResultSet set) {
        NativeEngine engine = new NativeEngine();
        String unavailable = engine.unavailableReason().orElse(null);
        if (unavailable != null) {
            set.skip(engine.id(), WORKLOAD, unavailable);
            return;
        }
        Workload w = Manifest.load().workload(KERNEL);
        Workload.Size size = w.size("quick");
        try {
            RunReport report = engine.run(Plan.library(w.library(), size.n(), REPS));
            Validation.Verdict v = Validation.library(size, report);
            if (!v.validated()) {
                set.fail(engine.id(), WORKLOAD, v.reason());
                return;
            }
            double[] samples = report.rounds().getFirst().calls("run").stream().mapToDouble(c -> c.nanos()).toArray();
            set.add(Result.of(engine.id(), WORKLOAD, "quick", Metric.TIME, samples,
                    Map.of("kernel", KERNEL, "n", size.n()), null));
        } catch (EngineException e) {
            set.fail(engine.id(), WORKLOAD, e.getMessage());
        }
    }
}
