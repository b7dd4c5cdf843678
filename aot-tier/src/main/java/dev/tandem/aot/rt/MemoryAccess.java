package dev.tandem.aot.rt;

import dev.tandem.runtime.Instance;
import dev.tandem.runtime.Memory;
import dev.tandem.wasm.numeric.V128;
import dev.tandem.wasm.numeric.WasmTrap;

/**
 * The memory instructions that go through the shared {@link Memory} object rather than its backing
 * array ({@link MemoryArrayAccess} has the scalar loads and stores): {@code v128.load/store},
 * {@code memory.grow}, and the bulk operations. Operands in stack order, then the memory (and the
 * {@code offset} immediate, a u32 in int bits); each delegates and only adds the backtrace to a trap
 * ({@link Traps}).
 */
public final class MemoryAccess {

    private MemoryAccess() {
    }

    private static long address(int base, int offset) {
        return Integer.toUnsignedLong(base) + Integer.toUnsignedLong(offset);
    }

    public static V128 v128Load(int base, Memory m, int offset) {
        try {
            return m.v128Load(address(base, offset));
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
