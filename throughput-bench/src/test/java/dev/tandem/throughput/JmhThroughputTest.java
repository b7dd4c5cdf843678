package dev.tandem.throughput;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.lab.engine.chicory.ChicoryEngine;
import dev.tandem.lab.engine.tandem.TandemTierEngine;
import dev.tandem.lab.jmh.JmhFailure;
import java.io.OutputStream;
import java.io.PrintStream;
import dev.tandem.lab.workload.Manifest;
import dev.tandem.lab.workload.RealProgram;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The JMH path end to end on the cheapest engine, with the fewest iterations that show each part. */
class JmhThroughputTest {

    private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());

    @Test
    void keepsWarmupAndMeasuredIterationsInOrder() {
        Settings one = new Settings(List.of(), "quick", 1, 1, 2, 1, 2);
        Measurement m = JmhThroughput.run(ChicoryEngine.compiler(), "nbody", one, QUIET);
        assertNull(m.failure());
        assertEquals(List.of(true, false, false), m.warmup());
        assertEquals(2, m.measured().length);
        assertTrue(m.series().stream().allMatch(t -> t > 0));
    }

    @Test
    void aFailureInTheForkComesBackAsItsOwnMessage() {
        Settings badSize = new Settings(List.of(), "huge", 1, 0, 1, 0, 1);
        Measurement m = JmhThroughput.run(ChicoryEngine.compiler(), "nbody", badSize, QUIET);
        assertEquals("workload nbody has no size 'huge' in the manifest (sizes: quick, default)", m.failure());
    }

    /** A real program through {@link RealProgramBenchmark}: each iteration a whole validated run of a fresh instance. */
    @Test
    void aRealProgramRunsWholeInEachIteration() {
        List<RealProgram> real = Manifest.load().real();
        Assumptions.assumeFalse(real.isEmpty(), "workloads/manifest.json has no real programs yet (branch realprog adds them)");
        RealProgram p = real.getFirst();
        // The AOT tier: the fastest JVM engine on real programs, and the one CI's gate judges on them.
        TandemTierEngine aot = TandemTierEngine.aotInMemory();
        Assumptions.assumeTrue(aot.unavailableReason().isEmpty(), () -> "the AOT tier is not built: " + aot.unavailableReason().orElse(""));
        Measurement m = JmhThroughput.run(aot, RealProgramBenchmark.class,
                Map.of("program", p.name(), "size", "quick"), 1, 1, 1, QUIET, null);
        assertNull(m.failure());
        assertEquals(List.of(true, false), m.warmup());
        Measurement unknown = JmhThroughput.run(aot, RealProgramBenchmark.class,
                Map.of("program", p.name(), "size", "huge"), 1, 0, 1, QUIET, null);
        assertTrue(unknown.failure().startsWith("real program " + p.name() + " has no size 'huge'"), unknown.failure());
    }

    @Test
    void exceptionTypesAreTrimmedFromFailureLines() {
        assertEquals("checksum mismatch at n=1: expected 2, got 3",
                JmhFailure.trimExceptionType("java.lang.IllegalStateException: checksum mismatch at n=1: expected 2, got 3"));
        assertEquals("plain words: kept", JmhFailure.trimExceptionType("plain words: kept"));
    }
}
