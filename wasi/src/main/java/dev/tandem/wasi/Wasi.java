package dev.tandem.wasi;

import dev.tandem.runtime.HostFunction;
import dev.tandem.runtime.Imports;
import dev.tandem.runtime.Instance;
import dev.tandem.runtime.Memory;
import dev.tandem.wasi.calls.WasiFunctions;
import dev.tandem.wasi.fd.StdioStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Set;

/**
 * WASI preview1 for one program, written once for both tiers: {@code wasi_snapshot_preview1} as
 * host functions over the runtime's {@link Memory}.
 *
 * <pre>{@code
 * try (Wasi wasi = new Wasi(WasiOptions.builder().arg("prog").preopen(dir, "/data")
 *         .stdout(System.out, false).build())) {
 *     Instance instance = tier.compile(module).instantiate(wasi.addTo(Imports.builder()).build());
 *     int status = wasi.runCommand(instance);
 * }
 * }</pre>
 *
 * <p>The functions reach the program's memory through the instance's {@code memory} export, bound
 * by {@link #bind(Instance)} or {@link #runCommand}; a call made before that (from a start
 * function) fails with {@code EFAULT}. Standard output and error are flushed after every write,
 * so a trap or {@code proc_exit} loses nothing that was written.
 */
public final class Wasi implements AutoCloseable {

    /** The import module name. */
    public static final String MODULE = "wasi_snapshot_preview1";

    private final WasiProcess process;
    private final Map<String, HostFunction> functions;

    /** @throws IOException when a preopened directory does not exist or is not a directory */
    public Wasi(WasiOptions options) throws IOException {
        this.process = new WasiProcess(options);
        this.functions = WasiFunctions.of(process, options.trace());
    }

    /** Every function's import name. */
    public Set<String> functionNames() {
        return functions.keySet();
    }

    /** Adds every WASI function under {@link #MODULE} to {@code imports}. */
    public Imports.Builder addTo(Imports.Builder imports) {
        functions.forEach((name, function) -> imports.function(MODULE, name, function));
        return imports;
    }

    /** The WASI functions alone, for a module that imports nothing else. */
    public Imports imports() {
        return addTo(Imports.builder()).build();
    }

    /** Gives the calls the program's memory. */
    public void bind(Memory memory) {
        process.memory().bind(memory);
    }

    /** Binds the instance's exported {@code memory}; an instance without one keeps WASI unbound. */
    public void bind(Instance instance) {
        if (instance.export("memory") instanceof Memory memory) {
            bind(memory);
        }
    }

    /**
     * Runs a WASI command: binds its memory and calls {@code _start}.
     *
     * @return the exit status: the code the program passed to {@code proc_exit}, or 0 when
     *         {@code _start} returned
     * @throws IllegalArgumentException         when the instance exports no {@code _start} function
     * @throws dev.tandem.wasm.numeric.WasmTrap when the program traps (output is flushed first)
     */
    public int runCommand(Instance instance) {
        bind(instance);
        var start = instance.function("_start");
        try {
            start.call();
            return 0;
        } catch (WasiExit exit) {
            return exit.code();
        } finally {
            flush();
        }
    }

    /** Flushes standard output and error (wherever they are now: a program may renumber them). */
    public void flush() {
        for (int fd : process.descriptors().openNumbers()) {
            try {
                if (process.descriptors().get(fd) instanceof StdioStream s) {
                    s.flush();
                }
            } catch (ErrnoException | IOException e) {
                // Flushing is best effort: the stream's owner sees its own errors when it writes next.
            }
        }
    }

    /** Closes the files, directories and sockets the program has open; standard streams are flushed, not closed. */
    @Override
    public void close() {
        IOException first = null;
        for (int fd : process.descriptors().openNumbers()) {
            try {
                process.descriptors().remove(fd).close();
            } catch (IOException e) {
                first = first == null ? e : first;
            } catch (ErrnoException e) {
                throw new IllegalStateException(e);
            }
        }
        if (first != null) {
            throw new UncheckedIOException("closing a WASI descriptor failed", first);
        }
    }

    /** The process state, for tests that call WASI functions directly. */
    WasiProcess process() {
        return process;
    }
}
