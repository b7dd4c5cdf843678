package dev.tandem.runtime;

import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.function.Supplier;

/**
 * The one lookup of the execution tiers on the classpath: {@link ServiceLoader} of {@link Tier}, the
 * only tier SPI. A tier module lists itself in {@code META-INF/services/dev.tandem.runtime.Tier} and
 * appears in the CLI ({@code run}, {@code wast}), the conformance runner and the lab with no change
 * in any of them.
 *
 * <p>Providers are made one at a time, in service-file order, and a search by name stops at the
 * tier asked for, so a tier later in the order is never instantiated. Tier classes are cheap to
 * make: each starts its machinery (a Truffle context, a class generator) on first {@code compile}.
 */
public final class Tiers {

    private Tiers() {
    }

    /** A new instance of the tier named {@code name}, or empty when no such tier is on the classpath. */
    public static Optional<Tier> find(String name) {
        for (Tier t : ServiceLoader.load(Tier.class)) {
            if (t.name().equals(name)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /**
     * A maker of fresh instances of the tier named {@code name}, for users that need one instance per
     * unit of work (the spec runner: one Truffle context per script, closed after it).
     */
    public static Optional<Supplier<Tier>> factory(String name) {
        return ServiceLoader.load(Tier.class).stream()
                .filter(p -> p.get().name().equals(name))
                .findFirst()
                .map(p -> p::get);
    }

    /** Every tier on the classpath, in service-file order (one new instance each). */
    public static List<Tier> all() {
        return ServiceLoader.load(Tier.class).stream().map(ServiceLoader.Provider::get).toList();
    }

    /** Names of the tiers on the classpath, in service-file order. */
    public static List<String> names() {
        return all().stream().map(Tier::name).toList();
    }
}
