package dev.tandem.wasi;

import static dev.tandem.wasi.WasiHarness.OUT;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tandem.wasi.fd.Filetype;
import dev.tandem.wasi.fd.Rights;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Standard streams: what a program writes reaches the host stream at once; isatty's view of them. */
class StdioTest {

    @Test
    void writesReachTheHostWithoutAFlush() throws IOException {
        var stdout = new ByteArrayOutputStream();
        var stderr = new ByteArrayOutputStream();
        // Buffered on the host side: the write must push through anyway, since a trap may follow.
        try (WasiHarness h = WasiHarness.with(b -> b.stdout(new BufferedOutputStream(stdout, 1 << 16), false)
                .stderr(new BufferedOutputStream(stderr, 1 << 16), false))) {
            h.write(1, "out\n");
            h.write(2, "err\n");
            assertEquals("out\n", stdout.toString(StandardCharsets.UTF_8));
            assertEquals("err\n", stderr.toString(StandardCharsets.UTF_8));
        }
    }

    @Test
    void stdinReadsAndEnds() throws IOException {
        var in = new ByteArrayInputStream("line one\nline two\n".getBytes(StandardCharsets.UTF_8));
        try (WasiHarness h = WasiHarness.with(b -> b.stdin(in, false))) {
            assertEquals("line one\nline two\n", h.read(0, 100));
            assertEquals("", h.read(0, 100));
            int buffer = h.put("x");
            assertEquals(Errno.BADF, h.call("fd_write", 0, h.iovec(buffer, 1), 1, OUT));
            assertEquals(Errno.BADF, h.call("fd_read", 1, h.iovec(buffer, 1), 1, OUT));
            assertEquals(Errno.SPIPE, h.call("fd_seek", 0, 0L, 0, OUT));
        }
    }

    @Test
    void aTerminalIsACharacterDeviceWithoutSeek() throws IOException {
        try (WasiHarness h = WasiHarness.with(b -> b.stdout(new ByteArrayOutputStream(), true))) {
            h.ok("fd_fdstat_get", 1, OUT);
            assertEquals(Filetype.CHARACTER_DEVICE.code(), h.u8(OUT));
            assertEquals(0, h.i64(OUT + 8) & (Rights.FD_SEEK | Rights.FD_TELL), "wasi-libc's isatty wants neither");
            h.ok("fd_fdstat_get", 2, OUT);
            assertEquals(Filetype.UNKNOWN.code(), h.u8(OUT), "a pipe or file is not a tty");
            h.ok("fd_filestat_get", 1, OUT);
            assertEquals(Filetype.CHARACTER_DEVICE.code(), h.u8(OUT + 16));
        }
    }

    @Test
    void closingStdoutFlushesAndLaterWritesAreBadf() throws IOException {
        var stdout = new ByteArrayOutputStream();
        try (WasiHarness h = WasiHarness.with(b -> b.stdout(stdout, false))) {
            h.write(1, "bye");
            h.ok("fd_close", 1);
            int buffer = h.put("x");
            assertEquals(Errno.BADF, h.call("fd_write", 1, h.iovec(buffer, 1), 1, OUT));
            assertEquals("bye", stdout.toString(StandardCharsets.UTF_8));
        }
    }
}
