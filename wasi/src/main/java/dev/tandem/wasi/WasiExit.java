package dev.tandem.wasi;

/**
 * {@code proc_exit}: thrown by the host function and passed unchanged through the Wasm frames of
 * either tier (host exceptions are not traps), so it unwinds the whole program to whoever called
 * into Wasm. {@link Wasi#runCommand} catches it and returns {@link #code()}.
 *
 * <p>Stackless: the Java stack of an exit says nothing, and an exit must be cheap.
 */
public final class WasiExit extends RuntimeException {

    private final int code;

    public WasiExit(int code) {
        super("proc_exit(" + code + ")", null, false, false);
        this.code = code;
    }

    /** The exit code exactly as the program passed it (an unsigned 32-bit value read as int). */
    public int code() {
        return code;
    }
}
