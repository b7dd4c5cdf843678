package dev.tandem.truffle.spec;

import dev.tandem.conformance.engine.Engine;
import dev.tandem.conformance.engine.Tier;
import dev.tandem.conformance.runtime.RuntimeTierEngine;
import dev.tandem.truffle.TruffleTier;
import java.util.Map;

/**
 * The Truffle tier for the conformance runner and {@code tandem wast --tier truffle}: one
 * {@link TruffleTier} (one Truffle context) per spec script. Engine options select the mode, e.g.
 * compile-everything-first for checking compiled code against the spec.
 */
public final class TruffleSpecTier implements Tier {

    private final Map<String, String> engineOptions;

    /** The default mode (found by ServiceLoader): Truffle's normal tiers; {@code -Dpolyglot.engine.*} applies. */
    public TruffleSpecTier() {
        this(Map.of());
    }

    public TruffleSpecTier(Map<String, String> engineOptions) {
        this.engineOptions = Map.copyOf(engineOptions);
    }

    @Override
    public String name() {
        return TruffleTier.NAME;
    }

    @Override
    public boolean executes() {
        return true;
    }

    @Override
    public Engine newEngine() {
        TruffleTier tier = new TruffleTier(engineOptions);
        return new RuntimeTierEngine(tier, tier);
    }
}
