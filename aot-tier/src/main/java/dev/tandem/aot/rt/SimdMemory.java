package dev.tandem.aot.rt;

import dev.tandem.runtime.Memory;
import dev.tandem.wasm.numeric.SimdI16x8;
import dev.tandem.wasm.numeric.SimdI32x4;
import dev.tandem.wasm.numeric.SimdI64x2;
import dev.tandem.wasm.numeric.SimdI8x16;
import dev.tandem.wasm.numeric.V128;
import dev.tandem.wasm.numeric.WasmTrap;

/**
 * The SIMD memory instructions other than plain {@code v128.load/store} (which are in
 * {@link MemoryAccess}), named after the instruction: the loads that widen, splat or zero-fill, and
 * the single-lane loads and stores. Each reads or writes through the shared {@link Memory} (so the
 * bounds rules are the runtime's) and builds the vector with wasm-core's lane operations.
 */
public final class SimdMemory {

    private SimdMemory() {
    }

    private static long address(int base, int offset) {
        return Integer.toUnsignedLong(base) + Integer.toUnsignedLong(offset);
    }

    public static V128 v128Load8x8S(int base, Memory m, int offset) {
        try {
            return SimdI16x8.i16x8ExtendLowI8x16S(new V128(m.i64Load(address(base, offset)), 0));
        } catch (WasmTrap t) {
            throw Traps.capture(t);
        }
    }

    public static V128 v128Load8x8U(int base, Memory m, int offset) {
        try {
            return SimdI16x8.i16x8ExtendLowI8x16U(new V128(m.i64Load(address(base, offset)), 0));
        } catch (WasmTrap t) {
            throw Traps.capture(t);
        }
    }

    public static V128 v128Load16x4S(int base, Memory m, int offset) {
        try {
            return SimdI32x4.i32x4ExtendLowI16x8S(new V128(m.i64Load(address(base, offset)), 0));
        } catch (WasmTrap t) {
            throw Traps.capture(t);
        }
    }

    public static V128 v128Load16x4U(int base, Memory m, int offset) {
        try {
            return SimdI32x4.i32x4ExtendLowI16x8U(new V128(m.i64Load(address(base, offset)), 0));
        } catch (WasmTrap t) {
            throw Traps.capture(t);
        }
    }

    public static V128 v128Load32x2S(int base, Memory m, int offset) {
        try {
            return SimdI64x2.i64x2ExtendLowI32x4S(new V128(m.i64Load(address(base, offset)), 0));
        } catch (WasmTrap t) {
            throw Traps.capture(t);
        }
    }

    public static V128 v128Load32x2U(int base, Memory m, int offset) {
        try {
            return SimdI64x2.i64x2ExtendLowI32x4U(new V128(m.i64Load(address(base, offset)), 0));
        } catch (WasmTrap t) {
            throw Traps.capture(t);
        }
    }

    public static V128 v128Load8Splat(int base, Memory m, int offset) {
        try {
            return SimdI8x16.i8x16Splat(m.i32Load8U(address(base, offset)));
        } catch (WasmTrap t) {
            throw Traps.capture(t);
        }
    }

    public static V128 v128Load16Splat(int base, Memory m, int offset) {
        try {
            return SimdI16x8.i16x8Splat(m.i32Load16U(address(base, offset)));
        } catch (WasmTrap t) {
            throw Traps.capture(t);
        }
    }

    public static V128 v128Load32Splat(int base, Memory m, int offset) {
        try {
            return SimdI32x4.i32x4Splat(m.i32Load(address(base, offset)));
        } catch (WasmTrap t) {
            throw Traps.capture(t);
        }
    }

    public static V128 v128Load64Splat(int base, Memory m, int offset) {
        try {
            return SimdI64x2.i64x2Splat(m.i64Load(address(base, offset)));
        } catch (WasmTrap t) {
            throw Traps.capture(t);
        }
    }

    public static V128 v128Load32Zero(int base, Memory m, int offset) {
        try {
            return new V128(m.i64Load32U(address(base, offset)), 0);
        } catch (WasmTrap t) {
            throw Traps.capture(t);
        }
    }

    public static V128 v128Load64Zero(int base, Memory m, int offset) {
        try {
            return new V128(m.i64Load(address(base, offset)), 0);
        } catch (WasmTrap t) {
            throw Traps.capture(t);
        }
    }

    public static V128 v128Load8Lane(int base, V128 v, Memory m, int offset, int lane) {
        try {
            long a = address(base, offset);
            return SimdI8x16.i8x16ReplaceLane(v, lane, m.i32Load8U(a));
        } catch (WasmTrap t) {
            throw Traps.capture(t);
        }
    }

    public static void v128Store8Lane(int base, V128 v, Memory m, int offset, int lane) {
        try {
            long a = address(base, offset);
            m.i32Store8(a, SimdI8x16.i8x16ExtractLaneU(v, lane));
        } catch (WasmTrap t) {
            throw Traps.capture(t);
        }
    }

    public static V128 v128Load16Lane(int base, V128 v, Memory m, int offset, int lane) {
        try {
            long a = address(base, offset);
            return SimdI16x8.i16x8ReplaceLane(v, lane, m.i32Load16U(a));
        } catch (WasmTrap t) {
            throw Traps.capture(t);
        }
    }

    public static void v128Store16Lane(int base, V128 v, Memory m, int offset, int lane) {
        try {
            long a = address(base, offset);
            m.i32Store16(a, SimdI16x8.i16x8ExtractLaneU(v, lane));
        } catch (WasmTrap t) {
            throw Traps.capture(t);
        }
    }

    public static V128 v128Load32Lane(int base, V128 v, Memory m, int offset, int lane) {
        try {
            long a = address(base, offset);
            return SimdI32x4.i32x4ReplaceLane(v, lane, m.i32Load(a));
        } catch (WasmTrap t) {
            throw Traps.capture(t);
        }
    }

    public static void v128Store32Lane(int base, V128 v, Memory m, int offset, int lane) {
        try {
            long a = address(base, offset);
            m.i32Store(a, SimdI32x4.i32x4ExtractLane(v, lane));
        } catch (WasmTrap t) {
            throw Traps.capture(t);
        }
    }

    public static V128 v128Load64Lane(int base, V128 v, Memory m, int offset, int lane) {
        try {
            long a = address(base, offset);
            return SimdI64x2.i64x2ReplaceLane(v, lane, m.i64Load(a));
        } catch (WasmTrap t) {
            throw Traps.capture(t);
        }
    }

    public static void v128Store64Lane(int base, V128 v, Memory m, int offset, int lane) {
        try {
            long a = address(base, offset);
            m.i64Store(a, SimdI64x2.i64x2ExtractLane(v, lane));
        } catch (WasmTrap t) {
            throw Traps.capture(t);
        }
    }
}
