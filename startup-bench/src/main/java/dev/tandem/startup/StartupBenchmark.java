package dev.tandem.startup;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tandem.lab.engine.Engines;
import dev.tandem.lab.engine.InProcessEngine;
import dev.tandem.lab.engine.PhaseClock;
import dev.tandem.lab.engine.RunReport;
import dev.tandem.lab.workload.Hello;
import dev.tandem.lab.workload.Manifest;
import dev.tandem.lab.workload.Validation;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
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
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.runner.IterationType;

/**
 * One start-up sequence of {@code hello} per iteration: prepare (decode, validate, compile or
 * load, as the engine splits it), instantiate, first call of {@code _start}. Cold start is this
 * with many forks and one iteration each; warm start is one fork with warm-up iterations. Each
 * iteration appends its phases to the file named by {@code -Dtandem.startup.log}; its output is
 * checked after it, so a wrong answer fails the run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class StartupBenchmark {

    static final String LOG_PROPERTY = "tandem.startup.log";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Param("chicory-interp")
    public String engine;

    private InProcessEngine inProcess;
    private Hello hello;
    private byte[] wasm;
    private Path log;
    private boolean warmup;
    private InProcessEngine.PreparedModule module;
    private ByteArrayOutputStream stdout;
    private List<RunReport.Phase> phases;

    @Setup(Level.Trial)
    public void load() throws IOException {
        inProcess = Engines.inThisJvm(engine);
        hello = Manifest.load().hello();
        wasm = Files.readAllBytes(hello.command());
        String file = System.getProperty(LOG_PROPERTY);
        if (file == null) {
            throw new IllegalStateException("-D" + LOG_PROPERTY + " is not set (the harness sets it)");
        }
        log = Path.of(file);
    }

    @Setup(Level.Iteration)
    public void iteration(IterationParams params) {
        warmup = params.getType() == IterationType.WARMUP;
        stdout = new ByteArrayOutputStream();
    }

    @Benchmark
    public Object sequence() throws Exception {
        PhaseClock clock = new PhaseClock();
        module = inProcess.prepare(wasm, clock);
        clock.start();
        InProcessEngine.WasmInstance instance = module.instantiate(stdout);
        clock.lap(RunReport.Phase.INSTANTIATE);
        InProcessEngine.ExportCall start = instance.function("_start");
        clock.start();
        start.call();
        clock.lap(PhaseRecord.FIRST_CALL);
        phases = clock.phases();
        return instance;
    }

    @TearDown(Level.Iteration)
    public void record() throws Exception {
        Validation.Verdict v = Validation.helloOutput(hello, stdout.toString(StandardCharsets.UTF_8));
        if (module != null) {
            module.close();
            module = null;
        }
        if (!v.validated()) {
            throw new IllegalStateException(v.reason());
        }
        String line = JSON.writeValueAsString(new PhaseRecord(warmup, phases)) + "\n";
        Files.writeString(log, line, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
}
