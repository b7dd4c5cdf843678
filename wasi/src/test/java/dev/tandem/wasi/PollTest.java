package dev.tandem.wasi;

import static dev.tandem.wasi.WasiHarness.OUT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** poll_oneoff: clocks, descriptors, and which events come back. A poll that never returns fails after the timeout. */
@Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class PollTest {

    static final int CLOCK = 0;
    static final int FD_READ = 1;
    static final int FD_WRITE = 2;

    record Event(long userdata, int error, int type, long bytes, int flags) {
    }

    /** Writes subscriptions at a fresh address: each {userdata, type, clock id or fd, timeout, flags}. */
    static int subscriptions(WasiHarness h, long[]... subs) {
        int at = h.alloc(48 * subs.length);
        for (int i = 0; i < subs.length; i++) {
            long[] s = subs[i];
            int base = at + 48 * i;
            h.memory.i64Store(base, s[0]);
            h.memory.i32Store8(base + 8, (int) s[1]);
            h.memory.i32Store(base + 16, (int) s[2]);
            if (s[1] == CLOCK) {
                h.memory.i64Store(base + 24, s[3]);
                h.memory.i32Store16(base + 40, (int) s[4]);
            }
        }
        return at;
    }

    static List<Event> poll(WasiHarness h, long[]... subs) {
        int in = subscriptions(h, subs);
        int out = h.alloc(32 * subs.length);
        h.ok("poll_oneoff", in, out, subs.length, OUT);
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < h.i32(OUT); i++) {
            int e = out + 32 * i;
            events.add(new Event(h.i64(e), h.u16(e + 8), h.u8(e + 10), h.i64(e + 16), h.u16(e + 24)));
        }
        return events;
    }

    static long[] clock(long userdata, int id, long timeout, int flags) {
        return new long[] {userdata, CLOCK, id, timeout, flags};
    }

    static long[] fd(long userdata, int type, int fd) {
        return new long[] {userdata, type, fd, 0, 0};
    }

    @Test
    void aRelativeClockSleepsAtLeastItsTimeout() throws IOException {
        try (WasiHarness h = WasiHarness.with(b -> { })) {
            long start = System.nanoTime();
            List<Event> events = poll(h, clock(77, 1, 20_000_000L, 0));
            assertTrue(System.nanoTime() - start >= 20_000_000L, "a sleep never ends early");
            assertEquals(List.of(new Event(77, 0, CLOCK, 0, 0)), events);
        }
    }

    @Test
    void anAbsoluteDeadlineInThePastFiresAtOnce() throws IOException {
        try (WasiHarness h = WasiHarness.with(b -> { })) {
            assertEquals(List.of(new Event(1, 0, CLOCK, 0, 0)), poll(h, clock(1, 0, 1_000_000_000L, 1)));
            assertEquals(List.of(new Event(2, 0, CLOCK, 0, 0)), poll(h, clock(2, 1, 0L, 1)));
        }
    }

    @Test
    void aReadyFileComesBeforeTheClock(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("f.txt"), "12345");
        try (WasiHarness h = WasiHarness.with(b -> b.preopen(dir, "."))) {
            int fd = h.open(3, "f.txt", 0, dev.tandem.wasi.fd.Rights.FD_READ, 0);
            h.read(fd, 2);
            List<Event> events = poll(h, clock(1, 1, 60_000_000_000L, 0), fd(2, FD_READ, fd), fd(3, FD_WRITE, 1));
            assertEquals(List.of(new Event(2, 0, FD_READ, 3, 0), new Event(3, 0, FD_WRITE, 0, 0)), events);
        }
    }

    @Test
    void aBadDescriptorIsAnEventWithAnError() throws IOException {
        try (WasiHarness h = WasiHarness.with(b -> { })) {
            assertEquals(List.of(new Event(5, Errno.BADF.code(), FD_READ, 0, 0)), poll(h, fd(5, FD_READ, 42)));
        }
    }

    @Test
    void anUnknownClockIsAnEventWithAnError() throws IOException {
        try (WasiHarness h = WasiHarness.with(b -> { })) {
            assertEquals(List.of(new Event(6, Errno.INVAL.code(), CLOCK, 0, 0)), poll(h, clock(6, 9, 1000L, 0)));
        }
    }

    @Test
    void stdinWithDataIsReady() throws IOException {
        try (WasiHarness h = WasiHarness.with(b -> b.stdin(new ByteArrayInputStream(new byte[] {1, 2, 3}), false))) {
            assertEquals(List.of(new Event(8, 0, FD_READ, 3, 0)), poll(h, fd(8, FD_READ, 0), clock(9, 1, 60_000_000_000L, 0)));
        }
    }

    @Test
    void stdinWithoutDataWaitsForTheClock() throws IOException {
        try (PipedOutputStream writer = new PipedOutputStream(); PipedInputStream reader = new PipedInputStream(writer);
             WasiHarness h = WasiHarness.with(b -> b.stdin(reader, false))) {
            assertEquals(List.of(new Event(2, 0, CLOCK, 0, 0)), poll(h, fd(1, FD_READ, 0), clock(2, 1, 30_000_000L, 0)));
            // Without a clock there is nothing to bound the wait: reported ready, and the read waits instead.
            assertEquals(List.of(new Event(1, 0, FD_READ, 0, 0)), poll(h, fd(1, FD_READ, 0)));
        }
    }

    @Test
    void noSubscriptionsIsInvalid() throws IOException {
        try (WasiHarness h = WasiHarness.with(b -> { })) {
            assertEquals(Errno.INVAL, h.call("poll_oneoff", h.alloc(48), h.alloc(32), 0, OUT));
            assertEquals(Errno.FAULT, h.call("poll_oneoff", 0xFFF0, h.alloc(32), 1, OUT));
        }
    }
}
