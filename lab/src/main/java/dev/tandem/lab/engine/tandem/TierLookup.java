package dev.tandem.lab.engine.tandem;

import dev.tandem.runtime.Tier;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Tandem's tiers on the classpath, found through {@link ServiceLoader} of runtime's {@link Tier}: a
 * tier module that registers itself in {@code META-INF/services/dev.tandem.runtime.Tier} appears
 * in the lab with no change here.
 */
final class TierLookup {

    private TierLookup() {
    }

    /** A new instance of the tier with this name, or empty when no such tier is on the classpath. */
    static Optional<Tier> create(String name) {
        for (Tier t : ServiceLoader.load(Tier.class)) {
            if (t.name().equals(name)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    static List<String> names() {
        return ServiceLoader.load(Tier.class).stream().map(p -> p.get().name()).toList();
    }
}
