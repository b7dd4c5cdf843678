package dev.tandem.wasm.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OpcodesTest {

    /** Known opcodes per prefix (single-byte, 0xFC, 0xFD), with the name each one has. */
    private static Map<Integer, String> namesUnder(int prefix, int limit) {
        Map<Integer, String> names = new HashMap<>();
        for (int sub = 0; sub < limit; sub++) {
            int op = prefix == 0 ? sub : Opcodes.prefixed(prefix, sub);
            if (Opcodes.isKnown(op)) {
                names.put(op, Opcodes.name(op));
            }
        }
        return names;
    }

    @Test
    void wasm2HasTheSpecsInstructionCounts() {
        // 182 single-byte instructions plus typed select's own opcode; 8 + 10 after 0xFC; 236 SIMD.
        assertEquals(183, namesUnder(0, 0x100).size());
        assertEquals(18, namesUnder(Opcodes.PREFIX_FC, 0x1000).size());
        assertEquals(236, namesUnder(Opcodes.PREFIX_FD, 0x1000).size());
    }

    @Test
    void isKnownAgreesWithTheNameTable() {
        for (int prefix : new int[] {0, Opcodes.PREFIX_FC, Opcodes.PREFIX_FD}) {
            for (int sub = 0; sub < (prefix == 0 ? 0x100 : 0x1000); sub++) {
                int op = prefix == 0 ? sub : Opcodes.prefixed(prefix, sub);
                boolean named = !Opcodes.name(op).startsWith("0x");
                assertEquals(named, Opcodes.isKnown(op), () -> "opcode 0x" + Integer.toHexString(op));
            }
        }
    }

    @Test
    void namesFollowTheTextFormat() {
        assertEquals("i32.add", Opcodes.name(Opcodes.I32_ADD));
        assertEquals("br_if", Opcodes.name(Opcodes.BR_IF));
        assertEquals("call_indirect", Opcodes.name(Opcodes.CALL_INDIRECT));
        assertEquals("select", Opcodes.name(Opcodes.SELECT_T));
        assertEquals("ref.is_null", Opcodes.name(Opcodes.REF_IS_NULL));
        assertEquals("memory.copy", Opcodes.name(Opcodes.MEMORY_COPY));
        assertEquals("i32x4.trunc_sat_f64x2_s_zero", Opcodes.name(Opcodes.I32X4_TRUNC_SAT_F64X2_S_ZERO));
        assertEquals("v128.load8x8_s", Opcodes.name(Opcodes.V128_LOAD8X8_S));
    }

    @Test
    void encodingIsPrefixShiftedTwelveBits() {
        assertEquals(0xFC00A, Opcodes.MEMORY_COPY);
        assertEquals(0xFD00D, Opcodes.I8X16_SHUFFLE);
        assertEquals(Opcodes.PREFIX_FD, Opcodes.prefix(Opcodes.F64X2_CONVERT_LOW_I32X4_U));
        assertEquals(0xFF, Opcodes.sub(Opcodes.F64X2_CONVERT_LOW_I32X4_U));
        assertEquals(0, Opcodes.prefix(Opcodes.END));
    }

    @Test
    void unknownOpcodesAreNamedByTheirBytes() {
        assertFalse(Opcodes.isKnown(0x06));
        assertEquals("0x06", Opcodes.name(0x06));
        assertEquals("0xfd 0x9a", Opcodes.name(Opcodes.prefixed(Opcodes.PREFIX_FD, 0x9A)));
        assertTrue(Opcodes.isKnown(Opcodes.prefixed(Opcodes.PREFIX_FD, 0x9B)));
    }
}
