package dev.tandem.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tandem.wasm.model.GlobalType;
import dev.tandem.wasm.model.ValType;
import dev.tandem.wasm.numeric.V128;
import org.junit.jupiter.api.Test;

class GlobalTest {

    @Test
    void startsAtTheZeroOfItsType() {
        assertEquals(0, new Global(new GlobalType(ValType.I32, true)).get());
        assertEquals(0L, new Global(new GlobalType(ValType.I64, true)).get());
        assertEquals(0.0f, new Global(new GlobalType(ValType.F32, true)).get());
        assertEquals(0.0d, new Global(new GlobalType(ValType.F64, true)).get());
        assertEquals(V128.ZERO, new Global(new GlobalType(ValType.V128, true)).get());
        assertNull(new Global(new GlobalType(ValType.FUNCREF, true)).get());
        assertNull(new Global(new GlobalType(ValType.EXTERNREF, true)).get());
    }

    @Test
    void theHostCannotSetAnImmutableGlobal() {
        Global g = new Global(new GlobalType(ValType.I32, false), 5);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> g.set(6));
        assertEquals("global is immutable", e.getMessage());
        assertEquals(5, g.get());
    }

    @Test
    void theHostCannotStoreAValueOfAnotherType() {
        Global g = new Global(new GlobalType(ValType.I64, true));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> g.set(1));
        assertEquals("a global of type i64 cannot hold Integer 1", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Global(new GlobalType(ValType.FUNCREF, false), "x"));
    }

    @Test
    void typedAccessorsAndBoxedOnesAgree() {
        Global i32 = new Global(new GlobalType(ValType.I32, true));
        i32.setI32(-7);
        assertEquals(-7, i32.get());
        assertEquals(0xFFFF_FFF9L, i32.getBits());
        Global i64 = new Global(new GlobalType(ValType.I64, true), Long.MIN_VALUE);
        assertEquals(Long.MIN_VALUE, i64.getI64());
        Global v = new Global(new GlobalType(ValType.V128, true));
        v.setV128(new V128(1, 2));
        assertEquals(new V128(1, 2), v.get());
        Global ref = new Global(new GlobalType(ValType.EXTERNREF, true));
        ref.set("host object");
        assertEquals("host object", ref.getRef());
    }

    @Test
    void floatsKeepTheirNanPayloads() {
        int f32 = 0x7FA0_0001;
        long f64 = 0xFFF4_0000_0000_0001L;
        Global a = new Global(new GlobalType(ValType.F32, true), Float.intBitsToFloat(f32));
        Global b = new Global(new GlobalType(ValType.F64, true));
        b.set(Double.longBitsToDouble(f64));
        assertEquals(f32, Float.floatToRawIntBits((Float) a.get()));
        assertEquals(f32, Float.floatToRawIntBits(a.getF32()));
        assertEquals(f32 & 0xFFFF_FFFFL, a.getBits());
        assertEquals(f64, Double.doubleToRawLongBits((Double) b.get()));
        assertEquals(f64, b.getBits());
        b.setF64(Double.longBitsToDouble(0x7FF8_0000_0000_0ABCL));
        assertEquals(0x7FF8_0000_0000_0ABCL, Double.doubleToRawLongBits(b.getF64()));
    }
}
