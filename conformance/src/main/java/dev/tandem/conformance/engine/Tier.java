package dev.tandem.conformance.engine;

/**
 * One execution tier as the conformance runner sees it, found with {@link java.util.ServiceLoader}
 * so a tier module plugs into the runner and the CLI by listing itself in
 * {@code META-INF/services/dev.tandem.conformance.engine.Tier}.
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
