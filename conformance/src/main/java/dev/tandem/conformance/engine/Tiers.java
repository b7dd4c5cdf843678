package dev.tandem.conformance.engine;

import dev.tandem.conformance.runtime.RuntimeSpecTier;
import dev.tandem.conformance.validate.ValidateTier;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The tiers the spec runner can run: the built-in {@link ValidateTier}, then every execution tier
 * the runtime's one lookup ({@link dev.tandem.runtime.Tiers}) finds, each wrapped as a
 * {@link RuntimeSpecTier}. A new tier needs no change here or in the CLI.
 */
public final class Tiers {

    private Tiers() {
    }

    public static Optional<Tier> find(String name) {
        if (name.equals(ValidateTier.NAME)) {
            return Optional.of(new ValidateTier());
        }
        return dev.tandem.runtime.Tiers.factory(name).map(tiers -> new RuntimeSpecTier(name, tiers));
    }

    /** Names of the tiers: validate, then the runtime's in service-file order. */
    public static List<String> names() {
        List<String> names = new ArrayList<>();
        names.add(ValidateTier.NAME);
        names.addAll(dev.tandem.runtime.Tiers.names());
        return names;
    }
}
