package dev.tandem.cli;

import dev.tandem.runtime.Tier;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.ServiceLoader;

/**
 * The execution tiers on the classpath, found with {@link ServiceLoader} under the runtime's
 * {@link Tier}: a tier module lists itself in {@code META-INF/services/dev.tandem.runtime.Tier}.
 *
 * <p>Providers are made one at a time, in service-file order, and the search stops at the tier
 * asked for, so a tier later in the order is never loaded. Tier classes are cheap to make: each
 * starts its machinery (a Truffle context, a class generator) on first {@code compile}.
 */
final class RuntimeTiers {

    /** Tiers the design has; a name outside this list is a usage error, a name in it not found is "not built yet". */
    static final List<String> PLANNED = List.of("aot", "truffle");

    private RuntimeTiers() {
    }

    /** The tier named {@code name}, or a user error saying why there is none. */
    static Tier find(String name) throws UserError {
        for (Iterator<Tier> it = ServiceLoader.load(Tier.class).iterator(); it.hasNext(); ) {
            Tier t = it.next();
            if (t.name().equals(name)) {
                return t;
            }
        }
        if (PLANNED.contains(name)) {
            throw new UserError(ExitCode.TIER_NOT_BUILT, "tier " + name + ": not built yet");
        }
        throw new UserError(ExitCode.USAGE, "unknown tier \"" + name + "\" (tiers: " + String.join(", ", PLANNED) + ")");
    }

    /** The default tier: the first of {@link #PLANNED} that is built (the search stops there), else any tier found. */
    static Tier preferred() throws UserError {
        Tier best = null;
        int bestRank = Integer.MAX_VALUE;
        for (Tier t : ServiceLoader.load(Tier.class)) {
            int rank = PLANNED.indexOf(t.name());
            rank = rank < 0 ? PLANNED.size() : rank;
            if (rank < bestRank) {
                best = t;
                bestRank = rank;
                if (rank == 0) {
                    break;
                }
            }
        }
        if (best == null) {
            throw new UserError(ExitCode.TIER_NOT_BUILT, "no execution tier is built yet (" + String.join(", ", PLANNED) + ")");
        }
        return best;
    }

    /** Every tier on the classpath, in service-file order. */
    static List<Tier> all() {
        List<Tier> tiers = new ArrayList<>();
        ServiceLoader.load(Tier.class).forEach(tiers::add);
        return tiers;
    }
}
