package dev.tandem.aot.rt;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import dev.tandem.wasm.numeric.SimdI16x8;
import dev.tandem.wasm.numeric.SimdI32x4;
import dev.tandem.wasm.numeric.SimdI64x2;
import dev.tandem.wasm.numeric.SimdI8x16;
import dev.tandem.wasm.numeric.V128;

/**
 * The SIMD memory instructions other than plain {@code v128.load/store} (which are in
 * {@link MemoryArrayAccess}), named after the instruction: the loads that widen, splat or zero-fill,
 * and the single-lane loads and stores. Like the scalar ones they work on the memory's backing array
 * (an index of -1 stands for an address past 2^31, which the array access rejects), and build the
 * vector with wasm-core's lane operations.
 */
public final class SimdMemory {

    private SimdMemory() {
    }

    private static final VarHandle SHORT = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    /** The effective address as an array index, or -1 when it is not one (see {@link MemoryArrayAccess}). */
    private static int index(int base, int offset) {
        int i = base + offset;
        return (base | i) < 0 ? -1 : i;
    }

    public static V128 v128Load8x8S(int base, byte[] m, int offset) {
        try {
            return SimdI16x8.i16x8ExtendLowI8x16S(new V128((long) LONG.get(m, index(base, offset)), 0));
        } catch (IndexOutOfBoundsException e) {
            throw MemoryArrayAccess.outOfBounds();
        }
    }

    public static V128 v128Load8x8U(int base, byte[] m, int offset) {
        try {
            return SimdI16x8.i16x8ExtendLowI8x16U(new V128((long) LONG.get(m, index(base, offset)), 0));
        } catch (IndexOutOfBoundsException e) {
            throw MemoryArrayAccess.outOfBounds();
        }
    }

    public static V128 v128Load16x4S(int base, byte[] m, int offset) {
        try {
            return SimdI32x4.i32x4ExtendLowI16x8S(new V128((long) LONG.get(m, index(base, offset)), 0));
        } catch (IndexOutOfBoundsException e) {
            throw MemoryArrayAccess.outOfBounds();
        }
    }

    public static V128 v128Load16x4U(int base, byte[] m, int offset) {
        try {
            return SimdI32x4.i32x4ExtendLowI16x8U(new V128((long) LONG.get(m, index(base, offset)), 0));
        } catch (IndexOutOfBoundsException e) {
            throw MemoryArrayAccess.outOfBounds();
        }
    }

    public static V128 v128Load32x2S(int base, byte[] m, int offset) {
        try {
            return SimdI64x2.i64x2ExtendLowI32x4S(new V128((long) LONG.get(m, index(base, offset)), 0));
        } catch (IndexOutOfBoundsException e) {
            throw MemoryArrayAccess.outOfBounds();
        }
    }

    public static V128 v128Load32x2U(int base, byte[] m, int offset) {
        try {
            return SimdI64x2.i64x2ExtendLowI32x4U(new V128((long) LONG.get(m, index(base, offset)), 0));
        } catch (IndexOutOfBoundsException e) {
            throw MemoryArrayAccess.outOfBounds();
        }
    }

    public static V128 v128Load8Splat(int base, byte[] m, int offset) {
        try {
            return SimdI8x16.i8x16Splat(m[index(base, offset)] & 0xFF);
        } catch (IndexOutOfBoundsException e) {
            throw MemoryArrayAccess.outOfBounds();
        }
    }

    public static V128 v128Load16Splat(int base, byte[] m, int offset) {
        try {
            return SimdI16x8.i16x8Splat((short) SHORT.get(m, index(base, offset)) & 0xFFFF);
        } catch (IndexOutOfBoundsException e) {
            throw MemoryArrayAccess.outOfBounds();
        }
    }

    public static V128 v128Load32Splat(int base, byte[] m, int offset) {
        try {
            return SimdI32x4.i32x4Splat((int) INT.get(m, index(base, offset)));
        } catch (IndexOutOfBoundsException e) {
            throw MemoryArrayAccess.outOfBounds();
        }
    }

    public static V128 v128Load64Splat(int base, byte[] m, int offset) {
        try {
            return SimdI64x2.i64x2Splat((long) LONG.get(m, index(base, offset)));
        } catch (IndexOutOfBoundsException e) {
            throw MemoryArrayAccess.outOfBounds();
        }
    }

    public static V128 v128Load32Zero(int base, byte[] m, int offset) {
        try {
            return new V128((int) INT.get(m, index(base, offset)) & 0xFFFF_FFFFL, 0);
        } catch (IndexOutOfBoundsException e) {
            throw MemoryArrayAccess.outOfBounds();
        }
    }

    public static V128 v128Load64Zero(int base, byte[] m, int offset) {
        try {
            return new V128((long) LONG.get(m, index(base, offset)), 0);
        } catch (IndexOutOfBoundsException e) {
            throw MemoryArrayAccess.outOfBounds();
        }
    }

    public static V128 v128Load8Lane(int base, long lo, long hi, byte[] m, int offset, int lane) {
        try {
            int a = index(base, offset);
            V128 v = new V128(lo, hi);
            return SimdI8x16.i8x16ReplaceLane(v, lane, m[a] & 0xFF);
        } catch (IndexOutOfBoundsException e) {
            throw MemoryArrayAccess.outOfBounds();
        }
    }

    public static void v128Store8Lane(int base, long lo, long hi, byte[] m, int offset, int lane) {
        try {
            int a = index(base, offset);
            V128 v = new V128(lo, hi);
            m[a] = (byte) SimdI8x16.i8x16ExtractLaneU(v, lane);
        } catch (IndexOutOfBoundsException e) {
            throw MemoryArrayAccess.outOfBounds();
        }
    }

    public static V128 v128Load16Lane(int base, long lo, long hi, byte[] m, int offset, int lane) {
        try {
            int a = index(base, offset);
            V128 v = new V128(lo, hi);
            return SimdI16x8.i16x8ReplaceLane(v, lane, (short) SHORT.get(m, a) & 0xFFFF);
        } catch (IndexOutOfBoundsException e) {
            throw MemoryArrayAccess.outOfBounds();
        }
    }

    public static void v128Store16Lane(int base, long lo, long hi, byte[] m, int offset, int lane) {
        try {
            int a = index(base, offset);
            V128 v = new V128(lo, hi);
            SHORT.set(m, a, (short) SimdI16x8.i16x8ExtractLaneU(v, lane));
        } catch (IndexOutOfBoundsException e) {
            throw MemoryArrayAccess.outOfBounds();
        }
    }

    public static V128 v128Load32Lane(int base, long lo, long hi, byte[] m, int offset, int lane) {
        try {
            int a = index(base, offset);
            V128 v = new V128(lo, hi);
            return SimdI32x4.i32x4ReplaceLane(v, lane, (int) INT.get(m, a));
        } catch (IndexOutOfBoundsException e) {
            throw MemoryArrayAccess.outOfBounds();
        }
    }

    public static void v128Store32Lane(int base, long lo, long hi, byte[] m, int offset, int lane) {
        try {
            int a = index(base, offset);
            V128 v = new V128(lo, hi);
            INT.set(m, a, SimdI32x4.i32x4ExtractLane(v, lane));
        } catch (IndexOutOfBoundsException e) {
            throw MemoryArrayAccess.outOfBounds();
        }
    }

    public static V128 v128Load64Lane(int base, long lo, long hi, byte[] m, int offset, int lane) {
        try {
            int a = index(base, offset);
            V128 v = new V128(lo, hi);
            return SimdI64x2.i64x2ReplaceLane(v, lane, (long) LONG.get(m, a));
        } catch (IndexOutOfBoundsException e) {
            throw MemoryArrayAccess.outOfBounds();
        }
    }

    public static void v128Store64Lane(int base, long lo, long hi, byte[] m, int offset, int lane) {
        try {
            int a = index(base, offset);
            V128 v = new V128(lo, hi);
            LONG.set(m, a, SimdI64x2.i64x2ExtractLane(v, lane));
        } catch (IndexOutOfBoundsException e) {
            throw MemoryArrayAccess.outOfBounds();
        }
    }
}
