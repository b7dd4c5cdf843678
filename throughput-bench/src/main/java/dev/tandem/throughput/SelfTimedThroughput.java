package dev.tandem.throughput;

import dev.tandem.lab.engine.Engine;
import dev.tandem.lab.engine.EngineException;
import dev.tandem.lab.engine.Plan;
import dev.tandem.lab.engine.RunReport;
import dev.tandem.lab.workload.Validation;
import dev.tandem.lab.workload.Workload;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Throughput of an engine that times itself in its own process (node's runner, the native
 * driver): {@code setup()} then {@code warmup + measure} calls of {@code run(n)} in one process,
 * the first {@code warmup} counted as warm-up. Every call's checksum is checked.
 */
final class SelfTimedThroughput {

    private SelfTimedThroughput() {
    }

    static Measurement run(Engine engine, Workload workload, Settings settings, PrintStream out) {
        Workload.Size size = workload.size(settings.size());
        int warm = settings.warmupFor(engine.id());
        int measure = settings.measureFor(engine.id());
        List<Double> series = new ArrayList<>();
        List<Boolean> warmup = new ArrayList<>();
        for (int f = 0; f < settings.forks(); f++) {
            RunReport report;
            try {
                report = engine.run(Plan.library(workload.library(), size.n(), warm + measure));
            } catch (EngineException e) {
                return Measurement.failed(e.getMessage());
            }
            Validation.Verdict v = Validation.library(size, report);
            if (!v.validated()) {
                return Measurement.failed(v.reason());
            }
            List<RunReport.CallResult> runs = report.rounds().getFirst().calls("run");
            for (int i = 0; i < runs.size(); i++) {
                series.add((double) runs.get(i).nanos());
                warmup.add(i < warm);
                out.printf("    %s %d: %.1f ms%n", i < warm ? "warm-up" : "measure", i < warm ? i + 1 : i - warm + 1,
                        runs.get(i).nanos() / 1e6);
            }
        }
        return new Measurement(series, warmup, null);
    }
}
