package dev.tandem.runtime;

import dev.tandem.wasm.validate.ValidatedModule;

/**
 * An execution tier (the Truffle interpreter, the AOT tier): turns a validated module into
 * something that can be instantiated. The conformance runner, the CLI and the lab see tiers only
 * through this interface.
 */
public interface Tier {

    /** Short name, as the CLI's {@code --tier} flag spells it (e.g. {@code truffle}, {@code aot}). */
    String name();

    /**
     * Does the tier's per-module work (lowering, code generation). A module the tier cannot handle
     * (e.g. a function too large for it) is refused with an unchecked exception whose message says why.
     */
    CompiledModule compile(ValidatedModule module);
}
