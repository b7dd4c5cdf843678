package dev.tandem.lab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.lab.Profile;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HarnessArgumentsTest {

    @Test
    void defaultsAreQuickAllEnginesAndAFileUnderLabResults() {
        HarnessArguments a = HarnessArguments.parse("startup", new String[0], Set.of());
        assertEquals(Profile.QUICK, a.profile());
        assertNull(a.engines());
        assertNull(a.workloads());
        assertTrue(a.out("startup").endsWith(Path.of("lab/results/startup-quick.json")), a.out("startup").toString());
    }

    @Test
    void optionsAreRead() {
        HarnessArguments a = HarnessArguments.parse("throughput", new String[] {"--profile", "full", "--workloads", "nbody, sha256",
                "--flame", "graalwasm:nbody", "--out", "x.json"}, Set.of("flame"));
        assertEquals(Profile.FULL, a.profile());
        assertEquals(List.of("nbody", "sha256"), a.workloads());
        assertEquals("graalwasm:nbody", a.get("flame", null));
        assertEquals(Path.of("x.json").toAbsolutePath(), a.out("throughput"));
    }

    @Test
    void mistakesAreOneLineWithTheUsage() {
        String unknown = assertThrows(IllegalArgumentException.class,
                () -> HarnessArguments.parse("startup", new String[] {"--fast"}, Set.of())).getMessage();
        assertEquals("unknown argument '--fast'; usage: startup [--profile quick|full] [--out FILE] [--engines ID,...]"
                + " [--workloads NAME,...]", unknown);
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> HarnessArguments.parse("startup", new String[] {"--profile"}, Set.of())).getMessage().startsWith("--profile needs a value"));
        assertEquals("unknown profile 'medium' (use quick or full)", assertThrows(IllegalArgumentException.class,
                () -> HarnessArguments.parse("startup", new String[] {"--profile", "medium"}, Set.of())).getMessage());
    }
}
