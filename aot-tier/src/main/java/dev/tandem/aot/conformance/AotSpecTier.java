package dev.tandem.aot.conformance;

import dev.tandem.aot.AotOptions;
import dev.tandem.aot.AotTier;
import dev.tandem.conformance.engine.Engine;
import dev.tandem.conformance.engine.Tier;
import dev.tandem.conformance.runtime.RuntimeTierEngine;

/**
 * The AOT tier as the conformance runner and the CLI find it ({@link java.util.ServiceLoader}):
 * {@code tandem wast --tier aot}. Each script file gets a fresh engine, compiling in memory.
 */
public final class AotSpecTier implements Tier {

    private final AotOptions options;

    /** The default options (what the ServiceLoader finds). */
    public AotSpecTier() {
        this(AotOptions.defaults());
    }

    /** Other options, for tests: no unwind info, a tiny method limit that splits every function. */
    public AotSpecTier(AotOptions options) {
        this.options = options;
    }

    @Override
    public String name() {
        return "aot";
    }

    @Override
    public boolean executes() {
        return true;
    }

    @Override
    public Engine newEngine() {
        return new RuntimeTierEngine(new AotTier(options));
    }
}
