package dev.tandem.lab.engine.tandem;

import dev.tandem.runtime.HostFunction;
import dev.tandem.runtime.Imports;
import dev.tandem.runtime.Memory;
import dev.tandem.wasm.model.FuncType;
import dev.tandem.wasm.model.ValType;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * The one WASI function {@code hello} imports, {@code fd_write}, writing fd 1 to a stream. It lets
 * the lab run {@code hello} on Tandem's tiers before the WASI host lands; a module importing any
 * other WASI function fails to link with the runtime's own "unknown import" message.
 *
 * <p>The memory is bound after instantiation: a host function does not receive its caller's
 * instance, and {@code hello} has no start function, so nothing calls {@code fd_write} earlier.
 */
final class StdoutOnlyWasi {

    static final String MODULE = "wasi_snapshot_preview1";
    private static final int ERRNO_SUCCESS = 0;
    private static final int ERRNO_BADF = 8;

    private final OutputStream stdout;
    private Memory memory;

    StdoutOnlyWasi(OutputStream stdout) {
        this.stdout = stdout;
    }

    Imports imports() {
        FuncType type = FuncType.of(new ValType[] {ValType.I32, ValType.I32, ValType.I32, ValType.I32},
                new ValType[] {ValType.I32});
        return Imports.builder().function(MODULE, "fd_write", new HostFunction(type, this::fdWrite)).build();
    }

    void bind(Memory memory) {
        this.memory = memory;
    }

    private Object[] fdWrite(Object[] args) {
        int fd = (Integer) args[0];
        int iovs = (Integer) args[1];
        int count = (Integer) args[2];
        int writtenAt = (Integer) args[3];
        if (fd != 1 || memory == null) {
            return new Object[] {ERRNO_BADF};
        }
        int written = 0;
        try {
            for (int i = 0; i < count; i++) {
                int base = memory.i32Load(Integer.toUnsignedLong(iovs) + 8L * i);
                int length = memory.i32Load(Integer.toUnsignedLong(iovs) + 8L * i + 4);
                stdout.write(memory.bytes(), base, length);
                written += length;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        memory.i32Store(Integer.toUnsignedLong(writtenAt), written);
        return new Object[] {ERRNO_SUCCESS};
    }
}
