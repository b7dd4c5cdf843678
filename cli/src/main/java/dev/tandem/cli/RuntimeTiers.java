package dev.tandem.cli;

import dev.tandem.runtime.Tier;
import dev.tandem.runtime.Tiers;
import java.util.List;
import java.util.Optional;

/**
 * The CLI's choice among the execution tiers the runtime's one lookup ({@link Tiers}) finds, and
 * the user errors when the one asked for is not there. The CLI's own service file fixes the order
 * (aot first), so looking for the default tier loads no other.
 */
final class RuntimeTiers {

    /** Tiers the design has; a name outside this list is a usage error, a name in it not found is "not built yet". */
    static final List<String> PLANNED = List.of("aot", "truffle");

    private RuntimeTiers() {
    }

    /** The tier named {@code name}, or a user error saying why there is none. */
    static Tier find(String name) throws UserError {
        Optional<Tier> tier = Tiers.find(name);
        if (tier.isPresent()) {
            return tier.get();
        }
        if (PLANNED.contains(name)) {
            throw new UserError(ExitCode.TIER_NOT_BUILT, "tier " + name + ": not built yet");
        }
        throw new UserError(ExitCode.USAGE, "unknown tier \"" + name + "\" (tiers: " + String.join(", ", PLANNED) + ")");
    }

    /** The default tier: the first of {@link #PLANNED} that is built, else any tier found. */
    static Tier preferred() throws UserError {
        for (String name : PLANNED) {
            Optional<Tier> tier = Tiers.find(name);
            if (tier.isPresent()) {
                return tier.get();
            }
        }
        return Tiers.all().stream().findFirst().orElseThrow(() -> new UserError(ExitCode.TIER_NOT_BUILT,
                "no execution tier is built yet (" + String.join(", ", PLANNED) + ")"));
    }
}
