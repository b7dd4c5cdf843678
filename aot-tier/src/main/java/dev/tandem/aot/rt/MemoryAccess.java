package dev.tandem.aot.rt;

import dev.tandem.runtime.Instance;
import dev.tandem.runtime.Memory;
import dev.tandem.wasm.numeric.WasmTrap;

/**
 * The memory instructions that go through the shared {@link Memory} object rather than its backing
 * array ({@link MemoryArrayAccess} has the loads and stores): {@code memory.grow} and the bulk
 * operations. Operands in stack order, then the memory (and the
 * {@code offset} immediate, a u32 in int bits); each delegates and only adds the backtrace to a trap
 * ({@link Traps}).
 */
public final class MemoryAccess {

    private MemoryAccess() {
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
