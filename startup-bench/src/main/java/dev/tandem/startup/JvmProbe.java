package dev.tandem.startup;

import dev.tandem.lab.engine.EngineException;
import dev.tandem.lab.results.Calibration;
import dev.tandem.results.Metric;
import dev.tandem.results.Result;
import dev.tandem.results.ResultSet;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The whole-process harness's calibration: a bare JVM start ({@code java -cp <this classpath>
 * JvmProbe}, an empty main), timed once before each engine's runs and written as engine
 * {@code java}, workload {@code calibration}, metric {@code wall}; the gate divides process wall
 * times by it ({@code reports/}, "Ratios, normalization and the calibration kernel").
 *
 * <p>Why not the nbody kernel the other harnesses use: a JVM start is multi-threaded (compiler and
 * GC threads beside main) and the kernel is not. With the second core kept busy, this machine
 * started a bare JVM 1.9x slower (35 to 66 ms) and {@code tandem run} of hello.wasm 1.7x slower
 * (285 to 485 ms) while the single-threaded kernel kept its time; one quick run of unchanged code
 * saw exactly that for a minute, every JVM engine 1.6-1.9x slower, node and the kernel unchanged,
 * and the gate called it a regression. Timed between the engines, the probe moves with them.
 */
public final class JvmProbe {

    static final String ENGINE = "java";

    private final MeasureTool measure;
    private final Path stdout;
    private final List<Double> wallMs = new ArrayList<>();
    private String failure;

    JvmProbe(MeasureTool measure, Path stdout) {
        this.measure = measure;
        this.stdout = stdout;
    }

    public static void main(String[] args) {
        // Nothing: the time to here and back is the JVM's own start and exit.
    }

    /** One probe; {@code timed} false for the untimed first run that fills the page cache. */
    void run(boolean timed) {
        if (failure != null) return;
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), JvmProbe.class.getName());
        try {
            MeasureTool.Sample s = measure.run(command, stdout);
            if (s.status() != 0) {
                failure = "the bare JVM probe exited with status " + s.status();
            } else if (timed) {
                wallMs.add(s.wallNanos() / 1e6);
            }
        } catch (EngineException e) {
            failure = "the bare JVM probe failed: " + e.getMessage();
        }
    }

    /** Times more probes until there are {@code n}. */
    void topUp(int n) {
        while (failure == null && wallMs.size() < n) run(true);
    }

    /** Adds the probe's result to {@code set}, or the reason it has none. */
    void record(ResultSet set) {
        if (failure != null || wallMs.isEmpty()) {
            set.fail(ENGINE, Calibration.WORKLOAD, failure != null ? failure : "no probe was timed");
            return;
        }
        set.add(Result.of(ENGINE, Calibration.WORKLOAD, "default", Metric.WALL, wallMs.stream().mapToDouble(Double::doubleValue).toArray(),
                Map.of("probe", "java -cp <lab classpath> " + JvmProbe.class.getName() + " (empty main), once before each engine"), null));
    }
}
