package dev.tandem.wasm.numeric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class WasmTrapTest {

    @Test
    void messageIsTheSpecTextWithOptionalDetail() {
        assertEquals("integer divide by zero", new WasmTrap(TrapKind.INTEGER_DIVIDE_BY_ZERO).getMessage());
        assertEquals("out of bounds memory access: address 65536 + 4 > 65536",
                new WasmTrap(TrapKind.OUT_OF_BOUNDS_MEMORY_ACCESS, "address 65536 + 4 > 65536").getMessage());
        assertEquals("unreachable", new WasmTrap(TrapKind.UNREACHABLE, "").getMessage());
    }

    /** Tiers attach a Wasm backtrace themselves; a Java one would only cost time. */
    @Test
    void carriesNoJavaStackTrace() {
        WasmTrap trap = new WasmTrap(TrapKind.UNREACHABLE);
        assertEquals(0, trap.getStackTrace().length);
        trap.fillInStackTrace();
        assertEquals(0, trap.getStackTrace().length);
    }

    @Test
    void thrownByTheNumericMethodsWithTheirKind() {
        try {
            IntOps.i32DivS(Integer.MIN_VALUE, -1);
        } catch (WasmTrap trap) {
            assertSame(TrapKind.INTEGER_OVERFLOW, trap.kind());
            assertEquals(0, trap.getStackTrace().length);
            return;
        }
        throw new AssertionError("no trap");
    }
}
