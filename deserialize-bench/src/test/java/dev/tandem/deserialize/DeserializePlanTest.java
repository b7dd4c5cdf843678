package dev.tandem.deserialize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.deserialize.load.LoadConfig;
import dev.tandem.lab.Profile;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeserializePlanTest {

    @Test
    void quickComparesTheRegistriesAndUnwindInfoAtOneAndTwoThreads() {
        DeserializePlan quick = DeserializePlan.of(Profile.QUICK);
        assertEquals(1, quick.forks());
        assertEquals(6, quick.configs().size());
        assertTrue(quick.configs().stream().allMatch(c -> c.modules() == 3_000 && c.functions() == 10));
        assertEquals(2, quick.configs().stream().filter(c -> c.registry().equals(LoadConfig.NAIVE)).count());
    }

    /** The naive registry only differs when something is registered: never with unwind info off. */
    @Test
    void theNaiveRegistryIsMeasuredWithUnwindInfoOnly() {
        for (Profile p : Profile.values()) {
            assertTrue(DeserializePlan.of(p).configs().stream()
                    .noneMatch(c -> c.registry().equals(LoadConfig.NAIVE) && !c.unwind()), p.id());
        }
    }

    @Test
    void fullGoesToTenThousandModulesAndSweepsTheFunctionCount() {
        DeserializePlan full = DeserializePlan.of(Profile.FULL);
        assertEquals(2, full.forks());
        assertEquals(14, full.configs().size());
        assertEquals(10_000, full.configs().stream().mapToInt(LoadConfig::modules).max().orElseThrow());
        assertEquals(new HashSet<>(List.of(1, 10, 100)),
                new HashSet<>(full.configs().stream().map(LoadConfig::functions).toList()));
        assertEquals(new HashSet<>(List.of(1, 2, 4)), new HashSet<>(full.configs().stream().map(LoadConfig::threads).toList()));
        assertEquals(full.configs().size(), new HashSet<>(full.configs()).size(), "no configuration twice");
    }

    @Test
    void theModuleCountOptionCapsEveryConfiguration() {
        DeserializePlan small = DeserializePlan.of(Profile.QUICK).withModules(50);
        assertTrue(small.configs().stream().allMatch(c -> c.modules() == 50));
        assertEquals(6, small.configs().size());
        DeserializePlan full = DeserializePlan.of(Profile.FULL).withModules(5_000);
        assertEquals(5_000, full.configs().stream().filter(c -> c.functions() == 10).findFirst().orElseThrow().modules());
        assertEquals(2_000, full.configs().stream().filter(c -> c.functions() == 100).findFirst().orElseThrow().modules(),
                "a configuration already below the cap keeps its N");
    }
}
