package dev.tandem.conformance.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/** The tiers on the classpath, found through {@link ServiceLoader}: a new tier needs no change here or in the CLI. */
public final class Tiers {

    private Tiers() {
    }

    public static Optional<Tier> find(String name) {
        for (Tier t : ServiceLoader.load(Tier.class)) {
            if (t.name().equals(name)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /** Names of the tiers on the classpath, in service-file order. */
    public static List<String> names() {
        List<String> names = new ArrayList<>();
        for (Tier t : ServiceLoader.load(Tier.class)) {
            names.add(t.name());
        }
        return names;
    }
}
