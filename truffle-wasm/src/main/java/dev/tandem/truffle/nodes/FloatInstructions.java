package dev.tandem.truffle.nodes;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.VirtualFrame;
import dev.tandem.truffle.lower.Op;
import dev.tandem.wasm.numeric.Conversions;
import dev.tandem.wasm.numeric.FloatOps;

/**
 * Executes the scalar float instructions (comparisons, arithmetic) and the conversions that
 * involve a float, saturating truncations included. Semantics that Java's operators do not give
 * exactly (min, max, nearest, copysign, trapping truncations, ...) are wasm-core's numeric methods;
 * {@code +}, {@code -}, {@code *}, {@code /} are IEEE 754 in Java as in Wasm.
 *
 * <p>Compiled code returns an arithmetic (quiet) NaN from arithmetic on a signalling NaN, as Wasm
 * requires, because the constants that would let Graal fold such arithmetic away (x * 1.0, ...)
 * are hidden from it: see {@link Op#OPAQUE_CONST}.
 *
 * <p>Kept out of the dispatch loop for the same reason as {@link SimdInstructions}: partial
 * evaluation folds the switch for a constant opcode, and the loop stays small enough for HotSpot
 * to compile. The reinterpret instructions never get here: values are stored as raw bits, so
 * lowering drops them.
 */
final class FloatInstructions {

    private FloatInstructions() {
    }

    /** Executes lowered opcode {@code op}; returns the new stack pointer. */
    static int execute(VirtualFrame frame, int sp, int op) {
        return op >= Op.FC_BASE ? saturating(frame, sp, op - Op.FC_BASE) : op < 0x8B ? compare(frame, sp, op)
                : op < 0xA7 ? arithmetic(frame, sp, op) : convert(frame, sp, op);
    }

    private static int compare(VirtualFrame frame, int sp, int op) {
        return switch (op) {
            case 0x5B -> bool(frame, sp, FloatOps.f32Eq(a32(frame, sp), b32(frame, sp)));
            case 0x5C -> bool(frame, sp, FloatOps.f32Ne(a32(frame, sp), b32(frame, sp)));
            case 0x5D -> bool(frame, sp, FloatOps.f32Lt(a32(frame, sp), b32(frame, sp)));
            case 0x5E -> bool(frame, sp, FloatOps.f32Gt(a32(frame, sp), b32(frame, sp)));
            case 0x5F -> bool(frame, sp, FloatOps.f32Le(a32(frame, sp), b32(frame, sp)));
            case 0x60 -> bool(frame, sp, FloatOps.f32Ge(a32(frame, sp), b32(frame, sp)));
            case 0x61 -> bool(frame, sp, FloatOps.f64Eq(a64(frame, sp), b64(frame, sp)));
            case 0x62 -> bool(frame, sp, FloatOps.f64Ne(a64(frame, sp), b64(frame, sp)));
            case 0x63 -> bool(frame, sp, FloatOps.f64Lt(a64(frame, sp), b64(frame, sp)));
            case 0x64 -> bool(frame, sp, FloatOps.f64Gt(a64(frame, sp), b64(frame, sp)));
            case 0x65 -> bool(frame, sp, FloatOps.f64Le(a64(frame, sp), b64(frame, sp)));
            case 0x66 -> bool(frame, sp, FloatOps.f64Ge(a64(frame, sp), b64(frame, sp)));
            default -> throw unknown(op);
        };
    }

    private static int arithmetic(VirtualFrame frame, int sp, int op) {
        return switch (op) {
            case 0x8B -> unary32(frame, sp, FloatOps.f32Abs(top32(frame, sp)));
            case 0x8C -> unary32(frame, sp, FloatOps.f32Neg(top32(frame, sp)));
            case 0x8D -> unary32(frame, sp, FloatOps.f32Ceil(top32(frame, sp)));
            case 0x8E -> unary32(frame, sp, FloatOps.f32Floor(top32(frame, sp)));
            case 0x8F -> unary32(frame, sp, FloatOps.f32Trunc(top32(frame, sp)));
            case 0x90 -> unary32(frame, sp, FloatOps.f32Nearest(top32(frame, sp)));
            case 0x91 -> unary32(frame, sp, FloatOps.f32Sqrt(top32(frame, sp)));
            case 0x92 -> binary32(frame, sp, a32(frame, sp) + b32(frame, sp));
            case 0x93 -> binary32(frame, sp, a32(frame, sp) - b32(frame, sp));
            case 0x94 -> binary32(frame, sp, a32(frame, sp) * b32(frame, sp));
            case 0x95 -> binary32(frame, sp, a32(frame, sp) / b32(frame, sp));
            case 0x96 -> binary32(frame, sp, FloatOps.f32Min(a32(frame, sp), b32(frame, sp)));
            case 0x97 -> binary32(frame, sp, FloatOps.f32Max(a32(frame, sp), b32(frame, sp)));
            case 0x98 -> binary32(frame, sp, FloatOps.f32Copysign(a32(frame, sp), b32(frame, sp)));
            case 0x99 -> unary64(frame, sp, FloatOps.f64Abs(top64(frame, sp)));
            case 0x9A -> unary64(frame, sp, FloatOps.f64Neg(top64(frame, sp)));
            case 0x9B -> unary64(frame, sp, FloatOps.f64Ceil(top64(frame, sp)));
            case 0x9C -> unary64(frame, sp, FloatOps.f64Floor(top64(frame, sp)));
            case 0x9D -> unary64(frame, sp, FloatOps.f64Trunc(top64(frame, sp)));
            case 0x9E -> unary64(frame, sp, FloatOps.f64Nearest(top64(frame, sp)));
            case 0x9F -> unary64(frame, sp, FloatOps.f64Sqrt(top64(frame, sp)));
            case 0xA0 -> binary64(frame, sp, a64(frame, sp) + b64(frame, sp));
            case 0xA1 -> binary64(frame, sp, a64(frame, sp) - b64(frame, sp));
            case 0xA2 -> binary64(frame, sp, a64(frame, sp) * b64(frame, sp));
            case 0xA3 -> binary64(frame, sp, a64(frame, sp) / b64(frame, sp));
            case 0xA4 -> binary64(frame, sp, FloatOps.f64Min(a64(frame, sp), b64(frame, sp)));
            case 0xA5 -> binary64(frame, sp, FloatOps.f64Max(a64(frame, sp), b64(frame, sp)));
            case 0xA6 -> binary64(frame, sp, FloatOps.f64Copysign(a64(frame, sp), b64(frame, sp)));
            default -> throw unknown(op);
        };
    }

    private static int convert(VirtualFrame frame, int sp, int op) {
        return switch (op) {
            case 0xA8 -> toI32(frame, sp, Conversions.i32TruncF32S(top32(frame, sp)));
            case 0xA9 -> toI32(frame, sp, Conversions.i32TruncF32U(top32(frame, sp)));
            case 0xAA -> toI32(frame, sp, Conversions.i32TruncF64S(top64(frame, sp)));
            case 0xAB -> toI32(frame, sp, Conversions.i32TruncF64U(top64(frame, sp)));
            case 0xAE -> toI64(frame, sp, Conversions.i64TruncF32S(top32(frame, sp)));
            case 0xAF -> toI64(frame, sp, Conversions.i64TruncF32U(top32(frame, sp)));
            case 0xB0 -> toI64(frame, sp, Conversions.i64TruncF64S(top64(frame, sp)));
            case 0xB1 -> toI64(frame, sp, Conversions.i64TruncF64U(top64(frame, sp)));
            case 0xB2 -> unary32(frame, sp, Conversions.f32ConvertI32S(Slots.i32(frame, sp - 1)));
            case 0xB3 -> unary32(frame, sp, Conversions.f32ConvertI32U(Slots.i32(frame, sp - 1)));
            case 0xB4 -> unary32(frame, sp, Conversions.f32ConvertI64S(Slots.i64(frame, sp - 1)));
            case 0xB5 -> unary32(frame, sp, Conversions.f32ConvertI64U(Slots.i64(frame, sp - 1)));
            case 0xB6 -> unary32(frame, sp, Conversions.f32DemoteF64(top64(frame, sp)));
            case 0xB7 -> unary64(frame, sp, Conversions.f64ConvertI32S(Slots.i32(frame, sp - 1)));
            case 0xB8 -> unary64(frame, sp, Conversions.f64ConvertI32U(Slots.i32(frame, sp - 1)));
            case 0xB9 -> unary64(frame, sp, Conversions.f64ConvertI64S(Slots.i64(frame, sp - 1)));
            case 0xBA -> unary64(frame, sp, Conversions.f64ConvertI64U(Slots.i64(frame, sp - 1)));
            case 0xBB -> unary64(frame, sp, Conversions.f64PromoteF32(top32(frame, sp)));
            default -> throw unknown(op);
        };
    }

    /** {@code i32/i64.trunc_sat_f32/f64_s/u}: 0xFC sub-opcodes 0..7. */
    private static int saturating(VirtualFrame frame, int sp, int sub) {
        return switch (sub) {
            case 0 -> toI32(frame, sp, Conversions.i32TruncSatF32S(top32(frame, sp)));
            case 1 -> toI32(frame, sp, Conversions.i32TruncSatF32U(top32(frame, sp)));
            case 2 -> toI32(frame, sp, Conversions.i32TruncSatF64S(top64(frame, sp)));
            case 3 -> toI32(frame, sp, Conversions.i32TruncSatF64U(top64(frame, sp)));
            case 4 -> toI64(frame, sp, Conversions.i64TruncSatF32S(top32(frame, sp)));
            case 5 -> toI64(frame, sp, Conversions.i64TruncSatF32U(top32(frame, sp)));
            case 6 -> toI64(frame, sp, Conversions.i64TruncSatF64S(top64(frame, sp)));
            case 7 -> toI64(frame, sp, Conversions.i64TruncSatF64U(top64(frame, sp)));
            default -> throw unknown(Op.FC_BASE + sub);
        };
    }

    // Operands: "a" is the first (deeper) operand of a binary instruction, "b" the second (the top).

    private static float a32(VirtualFrame frame, int sp) {
        return Slots.f32(frame, sp - 2);
    }

    private static float b32(VirtualFrame frame, int sp) {
        return Slots.f32(frame, sp - 1);
    }

    private static float top32(VirtualFrame frame, int sp) {
        return Slots.f32(frame, sp - 1);
    }

    private static double a64(VirtualFrame frame, int sp) {
        return Slots.f64(frame, sp - 2);
    }

    private static double b64(VirtualFrame frame, int sp) {
        return Slots.f64(frame, sp - 1);
    }

    private static double top64(VirtualFrame frame, int sp) {
        return Slots.f64(frame, sp - 1);
    }

    // Results; each returns the new stack pointer.

    private static int bool(VirtualFrame frame, int sp, int result) {
        Slots.putI32(frame, sp - 2, result);
        return sp - 1;
    }

    private static int binary32(VirtualFrame frame, int sp, float result) {
        Slots.putF32(frame, sp - 2, result);
        return sp - 1;
    }

    private static int binary64(VirtualFrame frame, int sp, double result) {
        Slots.putF64(frame, sp - 2, result);
        return sp - 1;
    }

    private static int unary32(VirtualFrame frame, int sp, float result) {
        Slots.putF32(frame, sp - 1, result);
        return sp;
    }

    private static int unary64(VirtualFrame frame, int sp, double result) {
        Slots.putF64(frame, sp - 1, result);
        return sp;
    }

    private static int toI32(VirtualFrame frame, int sp, int result) {
        Slots.putI32(frame, sp - 1, result);
        return sp;
    }

    private static int toI64(VirtualFrame frame, int sp, long result) {
        Slots.putI64(frame, sp - 1, result);
        return sp;
    }

    private static RuntimeException unknown(int op) {
        return CompilerDirectives.shouldNotReachHere("not a float instruction: 0x" + Integer.toHexString(op));
    }
}
