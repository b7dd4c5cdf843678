package dev.tandem.throughput;

import dev.tandem.lab.engine.Engines;
import dev.tandem.lab.engine.InProcessEngine;
import dev.tandem.lab.engine.PhaseClock;
import dev.tandem.lab.workload.Manifest;
import dev.tandem.lab.workload.Validation;
import dev.tandem.lab.workload.Workload;
import java.io.OutputStream;
import java.nio.file.Files;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * One {@code run(n)} call per JMH iteration ({@code SingleShotTime}): a workload call takes tens of
 * milliseconds to seconds, far above timer resolution, and one call per iteration is what makes
 * the per-iteration series a warm-up curve. The module is prepared, instantiated and set up once per
 * fork ({@code Level.Trial}); each iteration's checksum is checked after it ({@code Level.Iteration}),
 * so an engine that computes a wrong answer fails the run instead of scoring.
 *
 * <p>The harness ({@link ThroughputHarness}) sets the parameters and the forks' JVM flags per engine;
 * the defaults below exist only because JMH requires them.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ThroughputBenchmark {

    @Param("chicory-compiler")
    public String engine;

    @Param("nbody")
    public String workload;

    @Param("quick")
    public String size;

    private InProcessEngine.PreparedModule module;
    private InProcessEngine.ExportCall run;
    private Workload.Size expected;
    private int n;
    private long last;

    @Setup(Level.Trial)
    public void prepare() throws Exception {
        InProcessEngine inProcess = Engines.inThisJvm(engine);
        Workload w = Manifest.load().workload(workload);
        expected = w.size(size);
        n = expected.n();
        module = inProcess.prepare(Files.readAllBytes(w.library()), new PhaseClock());
        InProcessEngine.WasmInstance instance = module.instantiate(OutputStream.nullOutputStream());
        instance.function("setup").call();
        run = instance.function("run");
    }

    @Benchmark
    public long run() throws Exception {
        last = run.call(n);
        return last;
    }

    @TearDown(Level.Iteration)
    public void validate() {
        Validation.Verdict v = Validation.checksum(expected, last);
        if (!v.validated()) {
            throw new IllegalStateException(v.reason());
        }
    }

    @TearDown(Level.Trial)
    public void close() throws Exception {
        if (module != null) {
            module.close();
        }
    }
}
