package dev.tandem.runtime;

import java.io.IOException;
import java.util.Map;

/**
 * A tier whose compiled modules can be written to a file and loaded again later without decoding or
 * compiling (the AOT tier's {@code .twasm}). The lab measures loading through this interface, so it
 * needs none of the tier's classes.
 */
public interface PrecompilingTier extends Tier {

    /**
     * Decodes, validates and compiles {@code wasm} into the bytes of a precompiled file.
     *
     * @param options tier-specific switches, e.g. {@code "unwind-info" -> "false"}; an unknown key or value
     *                is refused with an {@link IllegalArgumentException} naming it
     * @throws dev.tandem.wasm.ModuleException when the module is malformed or invalid
     */
    byte[] precompile(byte[] wasm, Map<String, String> options) throws dev.tandem.wasm.ModuleException;

    /**
     * Checks and loads a file {@link #precompile} wrote: the phase the lab reports as {@code load}.
     *
     * @throws IOException when the file is unreadable, tampered with, or from another format or compiler version
     */
    CompiledModule load(byte[] file) throws IOException;
}
