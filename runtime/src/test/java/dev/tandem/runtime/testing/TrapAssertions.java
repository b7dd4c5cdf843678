package dev.tandem.runtime.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.wasm.numeric.TrapKind;
import dev.tandem.wasm.numeric.WasmTrap;

public final class TrapAssertions {

    private TrapAssertions() {
    }

    /** The action traps with {@code kind} and the spec's text as its whole message. */
    public static void assertTrap(TrapKind kind, Runnable action) {
        WasmTrap trap = assertThrows(WasmTrap.class, action::run);
        assertEquals(kind, trap.kind());
        // Element traps add the index ("uninitialized element 2"); the kind's text always leads.
        assertTrue(trap.getMessage().startsWith(kind.text()), trap.getMessage());
    }
}
