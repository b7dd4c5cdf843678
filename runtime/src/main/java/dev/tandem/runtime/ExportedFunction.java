package dev.tandem.runtime;

import dev.tandem.wasm.model.FuncType;

/** A function a host can call: an instance's export, or a funcref a call returned. */
public interface ExportedFunction {

    FuncType type();

    /**
     * Calls the function with boxed values ({@link BoxedValues}); returns one element per result.
     *
     * @throws IllegalArgumentException when the arguments do not match {@link #type()}
     * @throws dev.tandem.wasm.numeric.WasmTrap when the function traps
     */
    Object[] call(Object... args);
}
