package dev.tandem.aot.conformance;

import dev.tandem.aot.AotTier;
import dev.tandem.conformance.engine.Engine;
import dev.tandem.conformance.engine.Tier;

/**
 * The AOT tier as the conformance runner and the CLI find it ({@link java.util.ServiceLoader}):
 * {@code tandem wast --tier aot}. Each script file gets a fresh engine, compiling in memory.
 */
public final class AotSpecTier implements Tier {

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
        return new RuntimeTierEngine(new AotTier());
    }
}
