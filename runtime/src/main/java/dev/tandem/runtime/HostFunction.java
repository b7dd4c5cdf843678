package dev.tandem.runtime;

import dev.tandem.wasm.model.FuncType;

/**
 * A function the host provides for import: its type and a Java implementation taking and returning
 * boxed values ({@link BoxedValues}). {@link Imports} turns it into a {@link FunctionRef} whose
 * code checks what the implementation returns, so a host bug surfaces as a one-line
 * {@link IllegalArgumentException} at the boundary rather than as a broken tier invariant.
 * Exceptions the implementation throws pass through the calling Wasm code unchanged (WASI's
 * {@code proc_exit} relies on that).
 */
public record HostFunction(FuncType type, FunctionCode implementation) {

    /** The function instance for this host function, imported as {@code module.name}. */
    FunctionRef toFunctionRef(String module, String name) {
        String what = "host function " + module + "." + name;
        return new FunctionRef(type, null, -1, what, args -> {
            Object[] results = implementation.invoke(args);
            BoxedValues.checkResults(what, type, results);
            return results;
        });
    }
}
