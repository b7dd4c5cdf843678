package dev.tandem.runtime;

/**
 * The executable part of a {@link FunctionRef}, supplied by whoever made the function: a tier for
 * module-defined functions, {@link HostFunction} for host functions.
 *
 * <p>{@link #invoke} is the generic path every caller can use, with values boxed as
 * {@link BoxedValues} describes. A tier adds its own fast path by implementing this interface in
 * its own class: calling a {@code FunctionRef} (an import, a {@code call_indirect} target), it tests
 * {@code ref.code() instanceof MyTierCode c} and calls {@code c} directly, unboxed; any other code
 * (a host function, another tier's function) it calls through {@code invoke}.
 */
@FunctionalInterface
public interface FunctionCode {

    /**
     * Calls the function. Arguments are well typed (callers check what they did not produce
     * themselves); the result array has one element per result (empty, or null, for none).
     * Traps are {@link dev.tandem.wasm.numeric.WasmTrap}s; any other exception (a host's) passes
     * through unchanged.
     */
    Object[] invoke(Object[] args);
}
