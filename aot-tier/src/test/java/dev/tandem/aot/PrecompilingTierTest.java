package dev.tandem.aot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.aot.testing.Resources;
import dev.tandem.aot.twasm.TwasmException;
import dev.tandem.aot.twasm.TwasmReader;
import dev.tandem.runtime.Imports;
import dev.tandem.runtime.PrecompilingTier;
import dev.tandem.runtime.Tier;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/** The tier-neutral precompiled-file API the lab uses: found by name, options honoured, bad input refused. */
class PrecompilingTierTest {

    private static PrecompilingTier aot() {
        Tier tier = ServiceLoader.load(Tier.class).stream().map(ServiceLoader.Provider::get)
                .filter(t -> t.name().equals("aot")).findFirst().orElseThrow();
        return assertInstanceOf(PrecompilingTier.class, tier);
    }

    @Test
    void precompiledBytesLoadAndRun() throws Exception {
        PrecompilingTier tier = aot();
        byte[] file = tier.precompile(Resources.bytes("traps.wasm"), Map.of());
        assertEquals(1000 / 7 + 1, tier.load(file).instantiate(Imports.none()).function("run").call(7)[0]);
        assertTrue(TwasmReader.read(file).options().unwindInfo());
    }

    @Test
    void unwindInfoCanBeSwitchedOff() throws Exception {
        byte[] file = aot().precompile(Resources.bytes("traps.wasm"), Map.of(AotTier.UNWIND_INFO, "false"));
        assertFalse(TwasmReader.read(file).options().unwindInfo());
    }

    @Test
    void unknownOptionsAndValuesAreRefused() {
        PrecompilingTier tier = aot();
        byte[] wasm = Resources.bytes("traps.wasm");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> tier.precompile(wasm, Map.of("unwind", "false")))
                .getMessage().contains("unknown AOT option 'unwind'"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> tier.precompile(wasm, Map.of(AotTier.UNWIND_INFO, "no")))
                .getMessage().contains("must be true or false"));
    }

    @Test
    void aFileThatIsNotTwasmIsRefused() {
        assertThrows(TwasmException.class, () -> aot().load(Resources.bytes("traps.wasm")));
    }
}
