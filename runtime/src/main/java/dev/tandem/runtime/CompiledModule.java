package dev.tandem.runtime;

import dev.tandem.wasm.validate.ValidatedModule;

/** A module a {@link Tier} has compiled: instantiate it any number of times. */
public interface CompiledModule {

    ValidatedModule module();

    /**
     * Resolves the imports, creates the instance's memories, tables and globals, applies the active
     * element and data segments, and runs the start function.
     *
     * @throws LinkException                    when an import is missing or of the wrong type, or the
     *                                          host refuses a memory or table size
     * @throws dev.tandem.wasm.numeric.WasmTrap when a segment is out of bounds or the start function
     *                                          traps; writes made before the trap stay in imported
     *                                          tables and memories, as the spec says
     */
    Instance instantiate(Imports imports) throws LinkException;
}
