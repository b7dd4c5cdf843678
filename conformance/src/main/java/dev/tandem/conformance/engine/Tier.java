package dev.tandem.conformance.engine;

/**
 * One tier as the conformance runner sees it. Not a service: the runner's tiers are the built-in
 * validate tier and the runtime's execution tiers ({@link dev.tandem.runtime.Tier}, the only tier
 * SPI) wrapped by {@link dev.tandem.conformance.runtime.RuntimeSpecTier}; {@link Tiers} finds them.
 */
public interface Tier {

    /** The name users pick it by: "validate", "truffle", "aot". */
    String name();

    /**
     * Whether the tier runs code. A tier that does not (the built-in validate tier) gets only the
     * commands that need no execution; the others are reported as not applicable.
     */
    boolean executes();

    /** A fresh engine for one script file, so no state leaks from one file to the next. */
    Engine newEngine();
}
