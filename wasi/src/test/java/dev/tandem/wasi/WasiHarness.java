package dev.tandem.wasi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tandem.runtime.FunctionRef;
import dev.tandem.runtime.Memory;
import dev.tandem.wasm.model.Limits;
import dev.tandem.wasm.model.MemoryType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * A program's side of WASI without a program: one page of memory, the functions called through
 * the same {@link dev.tandem.runtime.Imports} entries a tier would call, and helpers to place
 * arguments in memory and read results back.
 *
 * <p>Layout of the page: strings and buffers are placed from {@link #HEAP} upwards by {@link #put};
 * results are written to {@link #OUT} (and the words after it).
 */
final class WasiHarness implements AutoCloseable {

    static final int OUT = 0x100;
    static final int HEAP = 0x1000;

    final Wasi wasi;
    final Memory memory = new Memory(new MemoryType(new Limits(1, 1)));
    private final dev.tandem.runtime.Imports imports;
    private int next = HEAP;

    WasiHarness(WasiOptions options) throws IOException {
        this.wasi = new Wasi(options);
        this.imports = wasi.imports();
        wasi.bind(memory);
    }

    static WasiHarness with(Consumer<WasiOptions.Builder> setup) throws IOException {
        WasiOptions.Builder b = WasiOptions.builder();
        setup.accept(b);
        return new WasiHarness(b.build());
    }

    /** Calls a WASI function and returns its errno. */
    Errno call(String name, Object... args) {
        FunctionRef f = (FunctionRef) imports.resolve(Wasi.MODULE, name);
        Object[] results = f.call(args);
        return Errno.of((Integer) results[0]);
    }

    /** Calls and expects success. */
    void ok(String name, Object... args) {
        assertEquals(Errno.SUCCESS, call(name, args), name);
    }

    /** Copies bytes into the heap; returns their address. */
    int put(byte[] bytes) {
        int at = next;
        memory.write(at, bytes, 0, bytes.length);
        next += (bytes.length + 15) & ~15;
        return at;
    }

    int put(String s) {
        return put(s.getBytes(StandardCharsets.UTF_8));
    }

    /** Reserves a zeroed buffer; returns its address. */
    int alloc(int size) {
        return put(new byte[size]);
    }

    /** An iovec array of one buffer. */
    int iovec(int buffer, int length) {
        int at = alloc(8);
        memory.i32Store(at, buffer);
        memory.i32Store(at + 4, length);
        return at;
    }

    int i32(int at) {
        return memory.i32Load(at);
    }

    long i64(int at) {
        return memory.i64Load(at);
    }

    int u8(int at) {
        return memory.i32Load8U(at);
    }

    int u16(int at) {
        return memory.i32Load16U(at);
    }

    String string(int at, int length) {
        byte[] b = new byte[length];
        memory.read(at, b, 0, length);
        return new String(b, StandardCharsets.UTF_8);
    }

    // ---- common calls ----

    /** path_open relative to {@code dirFd}; returns the new fd. */
    int open(int dirFd, String path, int oflags, long rights, int fdflags) {
        int p = put(path);
        ok("path_open", dirFd, 1, p, utf8(path), oflags, rights, -1L, fdflags, OUT);
        return i32(OUT);
    }

    Errno tryOpen(int dirFd, String path, int lookupFlags, int oflags, long rights) {
        int p = put(path);
        return call("path_open", dirFd, lookupFlags, p, utf8(path), oflags, rights, -1L, 0, OUT);
    }

    /** Writes a string through fd_write; returns the byte count written. */
    int write(int fd, String text) {
        int buffer = put(text);
        ok("fd_write", fd, iovec(buffer, utf8(text)), 1, OUT);
        return i32(OUT);
    }

    /** Reads up to {@code max} bytes through fd_read. */
    String read(int fd, int max) {
        int buffer = alloc(max);
        ok("fd_read", fd, iovec(buffer, max), 1, OUT);
        return string(buffer, i32(OUT));
    }

    /** A path-taking call of the form (fd, ptr, len). */
    Errno pathCall(String name, int fd, String path) {
        return call(name, fd, put(path), utf8(path));
    }

    static int utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }

    @Override
    public void close() {
        wasi.close();
    }
}
