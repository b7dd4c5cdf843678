package dev.tandem.truffle.bench;

import dev.tandem.runtime.ExportedFunction;
import dev.tandem.runtime.Imports;
import dev.tandem.runtime.LinkException;
import dev.tandem.truffle.TruffleTier;
import dev.tandem.wasm.ModuleException;
import dev.tandem.wasm.Wasm;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Compiled against interpreted: the loop-heavy kernel of src/test/resources/wasm/kernel.wat (an
 * LCG reading and writing a 16 KiB table in linear memory) run by the Truffle tier with Graal
 * compiling it, and with {@code engine.Compilation=false} (Truffle's interpreter only).
 *
 * <p>The forks inherit the launching JVM's flags, so start JMH with the JVMCI flags (the
 * truffle-wasm README has the command; {@code run-benchmark.sh} does it). Warm-up allows for the
 * Graal compiler warming itself up (2-3 s on two cores). Every iteration's result is checked
 * against the same checksum computed in Java: a wrong answer fails the run instead of scoring.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 6, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
public class LoopKernelBenchmark {

    /** "compiled": Truffle's default tiers; "interpreted": {@code engine.Compilation=false}. */
    @Param({"compiled", "interpreted"})
    public String mode;

    @Param({"1000000"})
    public int rounds;

    private TruffleTier tier;
    private ExportedFunction kernel;
    private int expected;
    private int last;

    @Setup(Level.Trial)
    public void setUp() throws IOException, ModuleException, LinkException {
        tier = new TruffleTier(mode.equals("interpreted") ? Map.of("engine.Compilation", "false") : Map.of());
        byte[] bytes;
        try (InputStream in = LoopKernelBenchmark.class.getResourceAsStream("/wasm/kernel.wasm")) {
            bytes = in.readAllBytes();
        }
        kernel = tier.compile(Wasm.load(bytes)).instantiate(Imports.none()).function("kernel");
        expected = reference(rounds);
    }

    @Benchmark
    public int kernel() {
        last = (Integer) kernel.call(rounds)[0];
        return last;
    }

    @TearDown(Level.Iteration)
    public void verify() {
        if (last != expected) {
            throw new IllegalStateException("kernel(" + rounds + ") returned " + last + ", expected " + expected);
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        tier.close();
    }

    /** kernel.wat in Java: each call starts from zeroed memory, as the benchmark's instance did once. */
    static int reference(int n) {
        int[] table = new int[4096];
        int x = 12345;
        int acc = 0;
        for (int i = 0; i < n; i++) {
            x = x * 1103515245 + 12345;
            table[i & 4095] ^= x;
            acc += table[(x >>> 16) & 4095];
        }
        return acc;
    }
}
