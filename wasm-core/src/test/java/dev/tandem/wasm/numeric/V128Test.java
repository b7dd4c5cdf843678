package dev.tandem.wasm.numeric;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class V128Test {

    private static final byte[] BYTES = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16};

    @Test
    void byteZeroIsTheLowByteOfLo() {
        V128 v = V128.fromBytes(BYTES, 0);
        assertEquals(0x0807060504030201L, v.lo());
        assertEquals(0x100F0E0D0C0B0A09L, v.hi());
        assertEquals(1, SimdI8x16.i8x16ExtractLaneU(v, 0));
        assertEquals(16, SimdI8x16.i8x16ExtractLaneU(v, 15));
    }

    @Test
    void bytesRoundTripAtAnOffset() {
        byte[] memory = new byte[20];
        V128.fromBytes(BYTES, 0).toBytes(memory, 3);
        assertEquals(V128.fromBytes(BYTES, 0), V128.fromBytes(memory, 3));
        assertArrayEquals(BYTES, V128.fromBytes(memory, 3).toBytes());
    }

    @Test
    void lanesOfTheFactoriesStartAtLaneZero() {
        assertEquals(new V128(0x0000000200000001L, 0x0000000400000003L), V128.ofI32(1, 2, 3, 4));
        assertEquals(V128.ofI32(0x3F800000, 0x7FA00001, 0, 0x80000000),
                V128.ofF32(1f, Float.intBitsToFloat(0x7FA00001), 0f, -0f));
        assertEquals(new V128(0x7FF4000000000001L, 0x8000000000000000L),
                V128.ofF64(Double.longBitsToDouble(0x7FF4000000000001L), -0.0));
    }

    @Test
    void printsBytesInMemoryOrder() {
        assertEquals("v128:0102030405060708090a0b0c0d0e0f10", V128.fromBytes(BYTES, 0).toString());
    }
}
