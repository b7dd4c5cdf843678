package dev.tandem.throughput;

import dev.tandem.lab.engine.Engines;
import dev.tandem.lab.engine.InProcessEngine;
import dev.tandem.lab.engine.PhaseClock;
import dev.tandem.lab.engine.WasiCommand;
import dev.tandem.lab.workload.Manifest;
import dev.tandem.lab.workload.RealProgram;
import dev.tandem.lab.workload.StdoutDigest;
import dev.tandem.lab.workload.Validation;
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
 * One whole run of a real program per JMH iteration ({@code SingleShotTime}): a fresh instance with a
 * fresh WASI state (argv, preopened directories), instantiated before the iteration and untimed, then
 * {@code _start} timed to its end. The module is prepared once per fork ({@code Level.Trial}), so the
 * iterations are the same program run again and again in one warmed engine, and their series is the
 * warm-up curve. After each iteration the output's SHA-256 and the exit status are checked against the
 * manifest: a wrong answer fails the run instead of scoring.
 *
 * <p>Timed: {@code _start} including writing stdout into a {@link StdoutDigest} (hashing a few
 * kilobytes of output is noise next to a run of 0.1-10 s).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class RealProgramBenchmark {

    @Param("chicory-compiler")
    public String engine;

    @Param("")
    public String program;

    @Param("quick")
    public String size;

    private InProcessEngine.PreparedModule module;
    private RealProgram.Size expected;
    private WasiCommand command;
    private InProcessEngine.WasmInstance instance;
    private StdoutDigest stdout;
    private int exit;

    @Setup(Level.Trial)
    public void prepare() throws Exception {
        InProcessEngine inProcess = Engines.inThisJvm(engine);
        RealProgram p = Manifest.load().realProgram(program);
        expected = p.size(size);
        command = p.command(size);
        module = inProcess.prepare(Files.readAllBytes(p.command()), new PhaseClock());
    }

    @Setup(Level.Iteration)
    public void instantiate() throws Exception {
        stdout = new StdoutDigest();
        instance = module.instantiate(stdout, command);
    }

    @Benchmark
    public int run() throws Exception {
        exit = instance.runCommand();
        return exit;
    }

    @TearDown(Level.Iteration)
    public void validate() {
        Validation.Verdict v = Validation.real(expected, stdout, exit);
        instance = null;
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
