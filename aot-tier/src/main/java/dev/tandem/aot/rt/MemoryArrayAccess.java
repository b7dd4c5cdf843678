package dev.tandem.aot.rt;

import dev.tandem.runtime.Memory;
import dev.tandem.wasm.numeric.V128;
import dev.tandem.wasm.numeric.TrapKind;
import dev.tandem.wasm.numeric.WasmTrap;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * The scalar loads and stores on the memory's backing array, which generated code keeps in a local
 * ({@link Memory#bytes()}, reloaded after every call and {@code memory.grow}, as the runtime asks):
 * operands in stack order, then the array and the {@code offset} immediate.
 *
 * <p><b>Bounds.</b> The array is the memory, and holds less than 2^31 bytes, so an effective address
 * (u32 base + u32 offset) is in bounds only if it fits an int: the generated code passes only
 * offsets below 2^31 (a bigger one always traps, see the emitter), and here {@code base + offset}
 * in int arithmetic is the address exactly when neither the base (as unsigned, at least 2^31) nor the
 * sum overflows, which {@code (base | i) < 0} tests in one branch. The array access itself checks the
 * upper bound ({@link java.lang.invoke.VarHandle}s and {@code baload} throw on an index out of the
 * array), which C2 treats as a range check it can hoist out of loops; its exception becomes the trap
 * "out of bounds memory access". Nothing outside the array is ever touched.
 */
public final class MemoryArrayAccess {

    private static final VarHandle SHORT = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private MemoryArrayAccess() {
    }

    /** The trap for an access known at compile time to be out of bounds (an offset of 2^31 or more). */
    public static WasmTrap outOfBounds() {
        return Traps.capture(new WasmTrap(TrapKind.OUT_OF_BOUNDS_MEMORY_ACCESS));
    }

    public static int i32Load(int base, byte[] m, int offset) {
        int i = base + offset;
        if ((base | i) < 0) {
            throw outOfBounds();
        }
        try {
            return (int) INT.get(m, i);
        } catch (IndexOutOfBoundsException e) {
            throw outOfBounds();
        }
    }

    public static long i64Load(int base, byte[] m, int offset) {
        int i = base + offset;
        if ((base | i) < 0) {
            throw outOfBounds();
        }
        try {
            return (long) LONG.get(m, i);
        } catch (IndexOutOfBoundsException e) {
            throw outOfBounds();
        }
    }

    public static float f32Load(int base, byte[] m, int offset) {
        int i = base + offset;
        if ((base | i) < 0) {
            throw outOfBounds();
        }
        try {
            return Float.intBitsToFloat((int) INT.get(m, i));
        } catch (IndexOutOfBoundsException e) {
            throw outOfBounds();
        }
    }

    public static double f64Load(int base, byte[] m, int offset) {
        int i = base + offset;
        if ((base | i) < 0) {
            throw outOfBounds();
        }
        try {
            return Double.longBitsToDouble((long) LONG.get(m, i));
        } catch (IndexOutOfBoundsException e) {
            throw outOfBounds();
        }
    }

    public static int i32Load8S(int base, byte[] m, int offset) {
        int i = base + offset;
        if ((base | i) < 0) {
            throw outOfBounds();
        }
        try {
            return m[i];
        } catch (IndexOutOfBoundsException e) {
            throw outOfBounds();
        }
    }

    public static int i32Load8U(int base, byte[] m, int offset) {
        int i = base + offset;
        if ((base | i) < 0) {
            throw outOfBounds();
        }
        try {
            return m[i] & 0xFF;
        } catch (IndexOutOfBoundsException e) {
            throw outOfBounds();
        }
    }

    public static int i32Load16S(int base, byte[] m, int offset) {
        int i = base + offset;
        if ((base | i) < 0) {
            throw outOfBounds();
        }
        try {
            return (short) SHORT.get(m, i);
        } catch (IndexOutOfBoundsException e) {
            throw outOfBounds();
        }
    }

    public static int i32Load16U(int base, byte[] m, int offset) {
        int i = base + offset;
        if ((base | i) < 0) {
            throw outOfBounds();
        }
        try {
            return (short) SHORT.get(m, i) & 0xFFFF;
        } catch (IndexOutOfBoundsException e) {
            throw outOfBounds();
        }
    }

    public static long i64Load8S(int base, byte[] m, int offset) {
        int i = base + offset;
        if ((base | i) < 0) {
            throw outOfBounds();
        }
        try {
            return m[i];
        } catch (IndexOutOfBoundsException e) {
            throw outOfBounds();
        }
    }

    public static long i64Load8U(int base, byte[] m, int offset) {
        int i = base + offset;
        if ((base | i) < 0) {
            throw outOfBounds();
        }
        try {
            return m[i] & 0xFFL;
        } catch (IndexOutOfBoundsException e) {
            throw outOfBounds();
        }
    }

    public static long i64Load16S(int base, byte[] m, int offset) {
        int i = base + offset;
        if ((base | i) < 0) {
            throw outOfBounds();
        }
        try {
            return (short) SHORT.get(m, i);
        } catch (IndexOutOfBoundsException e) {
            throw outOfBounds();
        }
    }

    public static long i64Load16U(int base, byte[] m, int offset) {
        int i = base + offset;
        if ((base | i) < 0) {
            throw outOfBounds();
        }
        try {
            return (short) SHORT.get(m, i) & 0xFFFFL;
        } catch (IndexOutOfBoundsException e) {
            throw outOfBounds();
        }
    }

    public static long i64Load32S(int base, byte[] m, int offset) {
        int i = base + offset;
        if ((base | i) < 0) {
            throw outOfBounds();
        }
        try {
            return (int) INT.get(m, i);
        } catch (IndexOutOfBoundsException e) {
            throw outOfBounds();
        }
    }

    public static long i64Load32U(int base, byte[] m, int offset) {
        int i = base + offset;
        if ((base | i) < 0) {
            throw outOfBounds();
        }
        try {
            return (int) INT.get(m, i) & 0xFFFF_FFFFL;
        } catch (IndexOutOfBoundsException e) {
            throw outOfBounds();
        }
    }

    public static void i32Store(int base, int value, byte[] m, int offset) {
        int i = base + offset;
        if ((base | i) < 0) {
            throw outOfBounds();
        }
        try {
            INT.set(m, i, value);
        } catch (IndexOutOfBoundsException e) {
            throw outOfBounds();
        }
    }

    public static void i64Store(int base, long value, byte[] m, int offset) {
        int i = base + offset;
        if ((base | i) < 0) {
            throw outOfBounds();
        }
        try {
            LONG.set(m, i, value);
        } catch (IndexOutOfBoundsException e) {
            throw outOfBounds();
        }
    }

    public static void f32Store(int base, float value, byte[] m, int offset) {
        int i = base + offset;
        if ((base | i) < 0) {
            throw outOfBounds();
        }
        try {
            INT.set(m, i, Float.floatToRawIntBits(value));
        } catch (IndexOutOfBoundsException e) {
            throw outOfBounds();
        }
    }

    public static void f64Store(int base, double value, byte[] m, int offset) {
        int i = base + offset;
        if ((base | i) < 0) {
            throw outOfBounds();
        }
        try {
            LONG.set(m, i, Double.doubleToRawLongBits(value));
        } catch (IndexOutOfBoundsException e) {
            throw outOfBounds();
        }
    }

    public static void i32Store8(int base, int value, byte[] m, int offset) {
        int i = base + offset;
        if ((base | i) < 0) {
            throw outOfBounds();
        }
        try {
            m[i] = (byte) value;
        } catch (IndexOutOfBoundsException e) {
            throw outOfBounds();
        }
    }

    public static void i32Store16(int base, int value, byte[] m, int offset) {
        int i = base + offset;
        if ((base | i) < 0) {
            throw outOfBounds();
        }
        try {
            SHORT.set(m, i, (short) value);
        } catch (IndexOutOfBoundsException e) {
            throw outOfBounds();
        }
    }

    public static void i64Store8(int base, long value, byte[] m, int offset) {
        int i = base + offset;
        if ((base | i) < 0) {
            throw outOfBounds();
        }
        try {
            m[i] = (byte) value;
        } catch (IndexOutOfBoundsException e) {
            throw outOfBounds();
        }
    }

    public static void i64Store16(int base, long value, byte[] m, int offset) {
        int i = base + offset;
        if ((base | i) < 0) {
            throw outOfBounds();
        }
        try {
            SHORT.set(m, i, (short) value);
        } catch (IndexOutOfBoundsException e) {
            throw outOfBounds();
        }
    }

    public static void i64Store32(int base, long value, byte[] m, int offset) {
        int i = base + offset;
        if ((base | i) < 0) {
            throw outOfBounds();
        }
        try {
            INT.set(m, i, (int) value);
        } catch (IndexOutOfBoundsException e) {
            throw outOfBounds();
        }
    }

    // Offset 0 (the common case): the base is the index, a negative one is rejected by the array access
    // itself, and that single check is a range check C2 can hoist out of a loop.
    public static int i32Load(int base, byte[] m) {
        try {
            return (int) INT.get(m, base);
        } catch (IndexOutOfBoundsException e) {
            throw outOfBounds();
        }
    }

    public static long i64Load(int base, byte[] m) {
        try {
            return (long) LONG.get(m, base);
        } catch (IndexOutOfBoundsException e) {
            throw outOfBounds();
        }
    }

    public static float f32Load(int base, byte[] m) {
        try {
            return Float.intBitsToFloat((int) INT.get(m, base));
        } catch (IndexOutOfBoundsException e) {
            throw outOfBounds();
        }
    }

    public static double f64Load(int base, byte[] m) {
        try {
            return Double.longBitsToDouble((long) LONG.get(m, base));
        } catch (IndexOutOfBoundsException e) {
            throw outOfBounds();
        }
    }

    public static int i32Load8S(int base, byte[] m) {
        try {
            return m[base];
        } catch (IndexOutOfBoundsException e) {
            throw outOfBounds();
        }
    }

    public static int i32Load8U(int base, byte[] m) {
        try {
            return m[base] & 0xFF;
        } catch (IndexOutOfBoundsException e) {
            throw outOfBounds();
        }
    }

    public static int i32Load16S(int base, byte[] m) {
        try {
            return (short) SHORT.get(m, base);
        } catch (IndexOutOfBoundsException e) {
            throw outOfBounds();
        }
    }

    public static int i32Load16U(int base, byte[] m) {
        try {
            return (short) SHORT.get(m, base) & 0xFFFF;
        } catch (IndexOutOfBoundsException e) {
            throw outOfBounds();
        }
    }

    public static long i64Load8S(int base, byte[] m) {
        try {
            return m[base];
        } catch (IndexOutOfBoundsException e) {
            throw outOfBounds();
        }
    }

    public static long i64Load8U(int base, byte[] m) {
        try {
            return m[base] & 0xFFL;
        } catch (IndexOutOfBoundsException e) {
            throw outOfBounds();
        }
    }

    public static long i64Load16S(int base, byte[] m) {
        try {
            return (short) SHORT.get(m, base);
        } catch (IndexOutOfBoundsException e) {
            throw outOfBounds();
        }
    }

    public static long i64Load16U(int base, byte[] m) {
        try {
            return (short) SHORT.get(m, base) & 0xFFFFL;
        } catch (IndexOutOfBoundsException e) {
            throw outOfBounds();
        }
    }

    public static long i64Load32S(int base, byte[] m) {
        try {
            return (int) INT.get(m, base);
        } catch (IndexOutOfBoundsException e) {
            throw outOfBounds();
        }
    }

    public static long i64Load32U(int base, byte[] m) {
        try {
            return (int) INT.get(m, base) & 0xFFFF_FFFFL;
        } catch (IndexOutOfBoundsException e) {
            throw outOfBounds();
        }
    }

    public static void i32Store(int base, int value, byte[] m) {
        try {
            INT.set(m, base, value);
        } catch (IndexOutOfBoundsException e) {
            throw outOfBounds();
        }
    }

    public static void i64Store(int base, long value, byte[] m) {
        try {
            LONG.set(m, base, value);
        } catch (IndexOutOfBoundsException e) {
            throw outOfBounds();
        }
    }

    public static void f32Store(int base, float value, byte[] m) {
        try {
            INT.set(m, base, Float.floatToRawIntBits(value));
        } catch (IndexOutOfBoundsException e) {
            throw outOfBounds();
        }
    }

    public static void f64Store(int base, double value, byte[] m) {
        try {
            LONG.set(m, base, Double.doubleToRawLongBits(value));
        } catch (IndexOutOfBoundsException e) {
            throw outOfBounds();
        }
    }

    public static void i32Store8(int base, int value, byte[] m) {
        try {
            m[base] = (byte) value;
        } catch (IndexOutOfBoundsException e) {
            throw outOfBounds();
        }
    }

    public static void i32Store16(int base, int value, byte[] m) {
        try {
            SHORT.set(m, base, (short) value);
        } catch (IndexOutOfBoundsException e) {
            throw outOfBounds();
        }
    }

    public static void i64Store8(int base, long value, byte[] m) {
        try {
            m[base] = (byte) value;
        } catch (IndexOutOfBoundsException e) {
            throw outOfBounds();
        }
    }

    public static void i64Store16(int base, long value, byte[] m) {
        try {
            SHORT.set(m, base, (short) value);
        } catch (IndexOutOfBoundsException e) {
            throw outOfBounds();
        }
    }

    public static void i64Store32(int base, long value, byte[] m) {
        try {
            INT.set(m, base, (int) value);
        } catch (IndexOutOfBoundsException e) {
            throw outOfBounds();
        }
    }

    public static V128 v128Load(int base, byte[] m, int offset) {
        int i = base + offset;
        if ((base | i) < 0) {
            throw outOfBounds();
        }
        try {
            return new V128((long) LONG.get(m, i), (long) LONG.get(m, i + 8));
        } catch (IndexOutOfBoundsException e) {
            throw outOfBounds();
        }
    }

    /**
     * The v128's halves come as two longs (generated code keeps vectors so). The high half is written
     * first: if it is out of bounds nothing has been written (no partial store).
     */
    public static void v128Store(int base, long lo, long hi, byte[] m, int offset) {
        int i = base + offset;
        if ((base | i) < 0) {
            throw outOfBounds();
        }
        try {
            LONG.set(m, i + 8, hi);
            LONG.set(m, i, lo);
        } catch (IndexOutOfBoundsException e) {
            throw outOfBounds();
        }
    }
}
