package dev.tandem.wasi;

import static dev.tandem.wasi.WasiHarness.OUT;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.runtime.FunctionRef;
import java.io.IOException;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Arguments, environment, clocks, random bytes, exit and the calls that only answer. */
class ProcessCallsTest {

    @Test
    void errnoCodesAreTheWitxOnes() {
        assertEquals(0, Errno.SUCCESS.code());
        assertEquals(1, Errno.TOOBIG.code());
        assertEquals(8, Errno.BADF.code());
        assertEquals(28, Errno.INVAL.code());
        assertEquals(44, Errno.NOENT.code());
        assertEquals(58, Errno.NOTSUP.code());
        assertEquals(63, Errno.PERM.code());
        assertEquals(76, Errno.NOTCAPABLE.code());
        assertEquals(77, Errno.values().length);
    }

    @Test
    void everyPreview1FunctionIsThere() throws IOException {
        try (WasiHarness h = WasiHarness.with(b -> { })) {
            assertEquals(46, h.wasi.functionNames().size());
            assertTrue(h.wasi.functionNames().containsAll(List.of("fd_advise", "path_link", "poll_oneoff",
                    "proc_raise", "sock_accept", "sock_shutdown")));
        }
    }

    @Test
    void argsAreNulTerminatedStringsWithPointers() throws IOException {
        try (WasiHarness h = WasiHarness.with(b -> b.arg("prog").arg("two words").arg("é"))) {
            h.ok("args_sizes_get", OUT, OUT + 4);
            assertEquals(3, h.i32(OUT));
            assertEquals(5 + 10 + 3, h.i32(OUT + 4));
            int pointers = h.alloc(12);
            int buffer = h.alloc(18);
            h.ok("args_get", pointers, buffer);
            assertEquals(buffer, h.i32(pointers));
            assertEquals(buffer + 5, h.i32(pointers + 4));
            assertEquals("two words\0", h.string(h.i32(pointers + 4), 10));
            assertEquals("é\0", h.string(h.i32(pointers + 8), 3));
            assertEquals(Errno.FAULT, h.call("args_get", pointers, 0xFFFF));
        }
    }

    @Test
    void environmentIsNameEqualsValueInOrder() throws IOException {
        try (WasiHarness h = WasiHarness.with(b -> b.env("B", "2").env("A", "1").env("B", "3"))) {
            h.ok("environ_sizes_get", OUT, OUT + 4);
            assertEquals(2, h.i32(OUT));
            assertEquals(8, h.i32(OUT + 4));
            int pointers = h.alloc(8);
            int buffer = h.alloc(8);
            h.ok("environ_get", pointers, buffer);
            assertEquals("B=3\0A=1\0", h.string(buffer, 8));
        }
    }

    @Test
    void randomBytesComeFromTheGivenSource() throws IOException {
        try (WasiHarness h = WasiHarness.with(b -> b.random(new Random(42)))) {
            int buffer = h.alloc(16);
            h.ok("random_get", buffer, 16);
            byte[] expected = new byte[16];
            new Random(42).nextBytes(expected);
            byte[] got = new byte[16];
            h.memory.read(buffer, got, 0, 16);
            assertArrayEquals(expected, got);
            assertEquals(Errno.FAULT, h.call("random_get", 0xFFFF, 2));
        }
    }

    @Test
    void clocks() throws IOException {
        try (WasiHarness h = WasiHarness.with(b -> { })) {
            long before = System.currentTimeMillis() * 1_000_000L;
            h.ok("clock_time_get", 0, 1000L, OUT);
            long realtime = h.i64(OUT);
            assertTrue(realtime >= before - 1_000_000L && realtime <= System.currentTimeMillis() * 1_000_000L + 1_000_000L);
            h.ok("clock_time_get", 1, 1L, OUT);
            long first = h.i64(OUT);
            h.ok("clock_time_get", 1, 1L, OUT);
            assertTrue(h.i64(OUT) >= first && first >= 0, "monotonic");
            h.ok("clock_time_get", 2, 1L, OUT);
            assertTrue(h.i64(OUT) > 0, "this process has used CPU time");
            h.ok("clock_time_get", 3, 1L, OUT);
            assertTrue(h.i64(OUT) > 0, "this thread has used CPU time");
            for (int clock = 0; clock < 4; clock++) {
                h.ok("clock_res_get", clock, OUT);
                assertTrue(h.i64(OUT) > 0);
            }
            assertEquals(Errno.INVAL, h.call("clock_time_get", 4, 0L, OUT));
            assertEquals(Errno.INVAL, h.call("clock_res_get", -1, OUT));
            assertEquals(Errno.FAULT, h.call("clock_time_get", 0, 0L, 0xFFFC));
        }
    }

    @Test
    void procExitUnwindsWithTheCode() throws IOException {
        try (WasiHarness h = WasiHarness.with(b -> { })) {
            FunctionRef exit = (FunctionRef) h.wasi.imports().resolve(Wasi.MODULE, "proc_exit");
            assertEquals(0, exit.type().results().size());
            assertEquals(7, assertThrows(WasiExit.class, () -> exit.call(7)).code());
            assertEquals(-1, assertThrows(WasiExit.class, () -> exit.call(-1)).code(), "u32 exit codes pass as they are");
        }
    }

    @Test
    void answersOnly() throws IOException {
        try (WasiHarness h = WasiHarness.with(b -> { })) {
            h.ok("sched_yield");
            assertEquals(Errno.NOSYS, h.call("proc_raise", 6));
        }
    }
}
