package dev.tandem.conformance.runtime;

import dev.tandem.conformance.engine.Engine;
import dev.tandem.conformance.engine.Tier;
import java.util.function.Supplier;

/**
 * An execution tier of the runtime ({@link dev.tandem.runtime.Tier}, the only tier SPI) as the spec
 * runner sees it. Each script gets a fresh runtime tier from {@code tiers}, so no state leaks from
 * one file to the next; a tier that holds resources (the Truffle tier's context) is closed with the
 * script's engine.
 */
public final class RuntimeSpecTier implements Tier {

    private final String name;
    private final Supplier<? extends dev.tandem.runtime.Tier> tiers;

    /**
     * @param name  the name the runner reports and the skip list matches ({@code aot}, {@code truffle})
     * @param tiers makes one runtime tier per script, e.g. {@code () -> new AotTier(options)} in a
     *              tier's own tests, or {@link dev.tandem.runtime.Tiers#factory} for a tier found by name
     */
    public RuntimeSpecTier(String name, Supplier<? extends dev.tandem.runtime.Tier> tiers) {
        this.name = name;
        this.tiers = tiers;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public boolean executes() {
        return true;
    }

    @Override
    public Engine newEngine() {
        dev.tandem.runtime.Tier tier = tiers.get();
        return new RuntimeTierEngine(tier, tier instanceof AutoCloseable resources ? resources : null);
    }
}
