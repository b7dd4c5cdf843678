package dev.tandem.throughput;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.lab.engine.chicory.ChicoryEngine;
import dev.tandem.lab.jmh.JmhFailure;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.List;
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

    @Test
    void exceptionTypesAreTrimmedFromFailureLines() {
        assertEquals("checksum mismatch at n=1: expected 2, got 3",
                JmhFailure.trimExceptionType("java.lang.IllegalStateException: checksum mismatch at n=1: expected 2, got 3"));
        assertEquals("plain words: kept", JmhFailure.trimExceptionType("plain words: kept"));
    }
}
