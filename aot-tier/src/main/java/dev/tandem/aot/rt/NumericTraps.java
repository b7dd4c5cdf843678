package dev.tandem.aot.rt;

import dev.tandem.wasm.numeric.Conversions;
import dev.tandem.wasm.numeric.IntOps;
import dev.tandem.wasm.numeric.WasmTrap;

/**
 * The numeric instructions that can trap (division, remainder, trapping float-to-int truncation),
 * named after the instruction as wasm-core's methods are: each calls the shared method and only adds
 * the backtrace to a trap ({@link Traps}). The compiler looks here first, then in wasm-core.
 */
public final class NumericTraps {

    private NumericTraps() {
    }

    public static int i32DivS(int a, int b) {
        try {
            return IntOps.i32DivS(a, b);
        } catch (WasmTrap t) {
            throw Traps.capture(t);
        }
    }

    public static int i32DivU(int a, int b) {
        try {
            return IntOps.i32DivU(a, b);
        } catch (WasmTrap t) {
            throw Traps.capture(t);
        }
    }

    public static int i32RemS(int a, int b) {
        try {
            return IntOps.i32RemS(a, b);
        } catch (WasmTrap t) {
            throw Traps.capture(t);
        }
    }

    public static int i32RemU(int a, int b) {
        try {
            return IntOps.i32RemU(a, b);
        } catch (WasmTrap t) {
            throw Traps.capture(t);
        }
    }

    public static long i64DivS(long a, long b) {
        try {
            return IntOps.i64DivS(a, b);
        } catch (WasmTrap t) {
            throw Traps.capture(t);
        }
    }

    public static long i64DivU(long a, long b) {
        try {
            return IntOps.i64DivU(a, b);
        } catch (WasmTrap t) {
            throw Traps.capture(t);
        }
    }

    public static long i64RemS(long a, long b) {
        try {
            return IntOps.i64RemS(a, b);
        } catch (WasmTrap t) {
            throw Traps.capture(t);
        }
    }

    public static long i64RemU(long a, long b) {
        try {
            return IntOps.i64RemU(a, b);
        } catch (WasmTrap t) {
            throw Traps.capture(t);
        }
    }

    public static int i32TruncF32S(float a) {
        try {
            return Conversions.i32TruncF32S(a);
        } catch (WasmTrap t) {
            throw Traps.capture(t);
        }
    }

    public static int i32TruncF32U(float a) {
        try {
            return Conversions.i32TruncF32U(a);
        } catch (WasmTrap t) {
            throw Traps.capture(t);
        }
    }

    public static int i32TruncF64S(double a) {
        try {
            return Conversions.i32TruncF64S(a);
        } catch (WasmTrap t) {
            throw Traps.capture(t);
        }
    }

    public static int i32TruncF64U(double a) {
        try {
            return Conversions.i32TruncF64U(a);
        } catch (WasmTrap t) {
            throw Traps.capture(t);
        }
    }

    public static long i64TruncF32S(float a) {
        try {
            return Conversions.i64TruncF32S(a);
        } catch (WasmTrap t) {
            throw Traps.capture(t);
        }
    }

    public static long i64TruncF32U(float a) {
        try {
            return Conversions.i64TruncF32U(a);
        } catch (WasmTrap t) {
            throw Traps.capture(t);
        }
    }

    public static long i64TruncF64S(double a) {
        try {
            return Conversions.i64TruncF64S(a);
        } catch (WasmTrap t) {
            throw Traps.capture(t);
        }
    }

    public static long i64TruncF64U(double a) {
        try {
            return Conversions.i64TruncF64U(a);
        } catch (WasmTrap t) {
            throw Traps.capture(t);
        }
    }
}
