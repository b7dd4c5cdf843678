package dev.tandem.aot.rt;

import dev.tandem.runtime.Instance;
import dev.tandem.runtime.Memory;
import dev.tandem.wasm.numeric.V128;
import dev.tandem.wasm.numeric.WasmTrap;

/**
 * Memory instructions as generated code calls them: operands in stack order, then the memory and
 * the {@code offset} immediate (a u32 in int bits). Each delegates to the shared {@link Memory} and
 * only adds the backtrace to a trap ({@link Traps}); HotSpot inlines the pair into the caller.
 */
public final class MemoryAccess {

    private MemoryAccess() {
    }

    private static long address(int base, int offset) {
        return Integer.toUnsignedLong(base) + Integer.toUnsignedLong(offset);
    }

    public static int i32Load(int base, Memory m, int offset) {
        try {
            return m.i32Load(address(base, offset));
        } catch (WasmTrap t) {
            throw Traps.capture(t);
        }
    }

    public static long i64Load(int base, Memory m, int offset) {
        try {
            return m.i64Load(address(base, offset));
        } catch (WasmTrap t) {
            throw Traps.capture(t);
        }
    }

    public static float f32Load(int base, Memory m, int offset) {
        try {
            return m.f32Load(address(base, offset));
        } catch (WasmTrap t) {
            throw Traps.capture(t);
        }
    }

    public static double f64Load(int base, Memory m, int offset) {
        try {
            return m.f64Load(address(base, offset));
        } catch (WasmTrap t) {
            throw Traps.capture(t);
        }
    }

    public static int i32Load8S(int base, Memory m, int offset) {
        try {
            return m.i32Load8S(address(base, offset));
        } catch (WasmTrap t) {
            throw Traps.capture(t);
        }
    }

    public static int i32Load8U(int base, Memory m, int offset) {
        try {
            return m.i32Load8U(address(base, offset));
        } catch (WasmTrap t) {
            throw Traps.capture(t);
        }
    }

    public static int i32Load16S(int base, Memory m, int offset) {
        try {
            return m.i32Load16S(address(base, offset));
        } catch (WasmTrap t) {
            throw Traps.capture(t);
        }
    }

    public static int i32Load16U(int base, Memory m, int offset) {
        try {
            return m.i32Load16U(address(base, offset));
        } catch (WasmTrap t) {
            throw Traps.capture(t);
        }
    }

    public static long i64Load8S(int base, Memory m, int offset) {
        try {
            return m.i64Load8S(address(base, offset));
        } catch (WasmTrap t) {
            throw Traps.capture(t);
        }
    }

    public static long i64Load8U(int base, Memory m, int offset) {
        try {
            return m.i64Load8U(address(base, offset));
        } catch (WasmTrap t) {
            throw Traps.capture(t);
        }
    }

    public static long i64Load16S(int base, Memory m, int offset) {
        try {
            return m.i64Load16S(address(base, offset));
        } catch (WasmTrap t) {
            throw Traps.capture(t);
        }
    }

    public static long i64Load16U(int base, Memory m, int offset) {
        try {
            return m.i64Load16U(address(base, offset));
        } catch (WasmTrap t) {
            throw Traps.capture(t);
        }
    }

    public static long i64Load32S(int base, Memory m, int offset) {
        try {
            return m.i64Load32S(address(base, offset));
        } catch (WasmTrap t) {
            throw Traps.capture(t);
        }
    }

    public static long i64Load32U(int base, Memory m, int offset) {
        try {
            return m.i64Load32U(address(base, offset));
        } catch (WasmTrap t) {
            throw Traps.capture(t);
        }
    }

    public static V128 v128Load(int base, Memory m, int offset) {
        try {
            return m.v128Load(address(base, offset));
        } catch (WasmTrap t) {
            throw Traps.capture(t);
        }
    }

    public static void i32Store(int base, int value, Memory m, int offset) {
        try {
            m.i32Store(address(base, offset), value);
        } catch (WasmTrap t) {
            throw Traps.capture(t);
        }
    }

    public static void i64Store(int base, long value, Memory m, int offset) {
        try {
            m.i64Store(address(base, offset), value);
        } catch (WasmTrap t) {
            throw Traps.capture(t);
        }
    }

    public static void f32Store(int base, float value, Memory m, int offset) {
        try {
            m.f32Store(address(base, offset), value);
        } catch (WasmTrap t) {
            throw Traps.capture(t);
        }
    }

    public static void f64Store(int base, double value, Memory m, int offset) {
        try {
            m.f64Store(address(base, offset), value);
        } catch (WasmTrap t) {
            throw Traps.capture(t);
        }
    }

    public static void i32Store8(int base, int value, Memory m, int offset) {
        try {
            m.i32Store8(address(base, offset), value);
        } catch (WasmTrap t) {
            throw Traps.capture(t);
        }
    }

    public static void i32Store16(int base, int value, Memory m, int offset) {
        try {
            m.i32Store16(address(base, offset), value);
        } catch (WasmTrap t) {
            throw Traps.capture(t);
        }
    }

    public static void i64Store8(int base, long value, Memory m, int offset) {
        try {
            m.i64Store8(address(base, offset), value);
        } catch (WasmTrap t) {
            throw Traps.capture(t);
        }
    }

    public static void i64Store16(int base, long value, Memory m, int offset) {
        try {
            m.i64Store16(address(base, offset), value);
        } catch (WasmTrap t) {
            throw Traps.capture(t);
        }
    }

    public static void i64Store32(int base, long value, Memory m, int offset) {
        try {
            m.i64Store32(address(base, offset), value);
        } catch (WasmTrap t) {
            throw Traps.capture(t);
        }
    }

    public static void v128Store(int base, V128 value, Memory m, int offset) {
        try {
            m.v128Store(address(base, offset), value);
        } catch (WasmTrap t) {
            throw Traps.capture(t);
        }
    }

    /** {@code memory.grow}: never traps, -1 on failure. */
    public static int grow(int delta, Memory m) {
        return m.grow(delta);
    }

    public static void fill(int d, int value, int n, Memory m) {
        try {
            m.fill(d, value, n);
        } catch (WasmTrap t) {
            throw Traps.capture(t);
        }
    }

    public static void copy(int d, int s, int n, Memory m) {
        try {
            m.copy(d, s, n);
        } catch (WasmTrap t) {
            throw Traps.capture(t);
        }
    }

    /** {@code memory.init segment}. */
    public static void init(int d, int s, int n, Instance instance, int segment) {
        try {
            instance.memoryInit(0, segment, d, s, n);
        } catch (WasmTrap t) {
            throw Traps.capture(t);
        }
    }
}
