package dev.tandem.aot.twasm;

import dev.tandem.aot.AotOptions;
import dev.tandem.aot.code.CompiledCode;
import dev.tandem.wasm.model.Module;

/**
 * What a {@code .twasm} file holds, read back and checked.
 *
 * @param options         the options it was compiled with
 * @param compilerVersion the compiler that wrote it (always this one's, or the read fails)
 * @param sourceHash      SHA-256 of the {@code .wasm} it was compiled from
 * @param module          the module's declarations (function bodies are stubs, see {@link ModuleCodec})
 * @param code            the compiled classes
 */
public record TwasmFile(AotOptions options, String compilerVersion, byte[] sourceHash, Module module, CompiledCode code) {

    /** The source hash in hex, for messages and for checking a file against its {@code .wasm}. */
    public String sourceHashHex() {
        return TwasmFormat.hex(sourceHash);
    }

    /** Whether this file was compiled from exactly these {@code .wasm} bytes. */
    public boolean compiledFrom(byte[] wasm) {
        return java.util.Arrays.equals(sourceHash, TwasmFormat.sha256(wasm, 0, wasm.length));
    }
}
