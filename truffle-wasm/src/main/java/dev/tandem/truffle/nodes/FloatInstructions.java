package dev.tandem.truffle.nodes;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.VirtualFrame;
import dev.tandem.truffle.lower.Op;
import dev.tandem.wasm.code.Opcodes;
import dev.tandem.wasm.numeric.Conversions;
import dev.tandem.wasm.numeric.FloatOps;

import static dev.tandem.wasm.code.Opcodes.*;

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
        return op >= Op.FC_BASE ? saturating(frame, sp, Op.fcOpcode(op)) : op < F32_ABS ? compare(frame, sp, op)
                : op < I32_WRAP_I64 ? arithmetic(frame, sp, op) : convert(frame, sp, op);
    }

    private static int compare(VirtualFrame frame, int sp, int op) {
        return switch (op) {
            case F32_EQ -> bool(frame, sp, FloatOps.f32Eq(a32(frame, sp), b32(frame, sp)));
            case F32_NE -> bool(frame, sp, FloatOps.f32Ne(a32(frame, sp), b32(frame, sp)));
            case F32_LT -> bool(frame, sp, FloatOps.f32Lt(a32(frame, sp), b32(frame, sp)));
            case F32_GT -> bool(frame, sp, FloatOps.f32Gt(a32(frame, sp), b32(frame, sp)));
            case F32_LE -> bool(frame, sp, FloatOps.f32Le(a32(frame, sp), b32(frame, sp)));
            case F32_GE -> bool(frame, sp, FloatOps.f32Ge(a32(frame, sp), b32(frame, sp)));
            case F64_EQ -> bool(frame, sp, FloatOps.f64Eq(a64(frame, sp), b64(frame, sp)));
            case F64_NE -> bool(frame, sp, FloatOps.f64Ne(a64(frame, sp), b64(frame, sp)));
            case F64_LT -> bool(frame, sp, FloatOps.f64Lt(a64(frame, sp), b64(frame, sp)));
            case F64_GT -> bool(frame, sp, FloatOps.f64Gt(a64(frame, sp), b64(frame, sp)));
            case F64_LE -> bool(frame, sp, FloatOps.f64Le(a64(frame, sp), b64(frame, sp)));
            case F64_GE -> bool(frame, sp, FloatOps.f64Ge(a64(frame, sp), b64(frame, sp)));
            default -> throw unknown(op);
        };
    }

    private static int arithmetic(VirtualFrame frame, int sp, int op) {
        return switch (op) {
            case F32_ABS -> unary32(frame, sp, FloatOps.f32Abs(top32(frame, sp)));
            case F32_NEG -> unary32(frame, sp, FloatOps.f32Neg(top32(frame, sp)));
            case F32_CEIL -> unary32(frame, sp, FloatOps.f32Ceil(top32(frame, sp)));
            case F32_FLOOR -> unary32(frame, sp, FloatOps.f32Floor(top32(frame, sp)));
            case F32_TRUNC -> unary32(frame, sp, FloatOps.f32Trunc(top32(frame, sp)));
            case F32_NEAREST -> unary32(frame, sp, FloatOps.f32Nearest(top32(frame, sp)));
            case F32_SQRT -> unary32(frame, sp, FloatOps.f32Sqrt(top32(frame, sp)));
            case F32_ADD -> binary32(frame, sp, a32(frame, sp) + b32(frame, sp));
            case F32_SUB -> binary32(frame, sp, a32(frame, sp) - b32(frame, sp));
            case F32_MUL -> binary32(frame, sp, a32(frame, sp) * b32(frame, sp));
            case F32_DIV -> binary32(frame, sp, a32(frame, sp) / b32(frame, sp));
            case F32_MIN -> binary32(frame, sp, FloatOps.f32Min(a32(frame, sp), b32(frame, sp)));
            case F32_MAX -> binary32(frame, sp, FloatOps.f32Max(a32(frame, sp), b32(frame, sp)));
            case F32_COPYSIGN -> binary32(frame, sp, FloatOps.f32Copysign(a32(frame, sp), b32(frame, sp)));
            case F64_ABS -> unary64(frame, sp, FloatOps.f64Abs(top64(frame, sp)));
            case F64_NEG -> unary64(frame, sp, FloatOps.f64Neg(top64(frame, sp)));
            case F64_CEIL -> unary64(frame, sp, FloatOps.f64Ceil(top64(frame, sp)));
            case F64_FLOOR -> unary64(frame, sp, FloatOps.f64Floor(top64(frame, sp)));
            case F64_TRUNC -> unary64(frame, sp, FloatOps.f64Trunc(top64(frame, sp)));
            case F64_NEAREST -> unary64(frame, sp, FloatOps.f64Nearest(top64(frame, sp)));
            case F64_SQRT -> unary64(frame, sp, FloatOps.f64Sqrt(top64(frame, sp)));
            case F64_ADD -> binary64(frame, sp, a64(frame, sp) + b64(frame, sp));
            case F64_SUB -> binary64(frame, sp, a64(frame, sp) - b64(frame, sp));
            case F64_MUL -> binary64(frame, sp, a64(frame, sp) * b64(frame, sp));
            case F64_DIV -> binary64(frame, sp, a64(frame, sp) / b64(frame, sp));
            case F64_MIN -> binary64(frame, sp, FloatOps.f64Min(a64(frame, sp), b64(frame, sp)));
            case F64_MAX -> binary64(frame, sp, FloatOps.f64Max(a64(frame, sp), b64(frame, sp)));
            case F64_COPYSIGN -> binary64(frame, sp, FloatOps.f64Copysign(a64(frame, sp), b64(frame, sp)));
            default -> throw unknown(op);
        };
    }

    private static int convert(VirtualFrame frame, int sp, int op) {
        return switch (op) {
            case I32_TRUNC_F32_S -> toI32(frame, sp, Conversions.i32TruncF32S(top32(frame, sp)));
            case I32_TRUNC_F32_U -> toI32(frame, sp, Conversions.i32TruncF32U(top32(frame, sp)));
            case I32_TRUNC_F64_S -> toI32(frame, sp, Conversions.i32TruncF64S(top64(frame, sp)));
            case I32_TRUNC_F64_U -> toI32(frame, sp, Conversions.i32TruncF64U(top64(frame, sp)));
            case I64_TRUNC_F32_S -> toI64(frame, sp, Conversions.i64TruncF32S(top32(frame, sp)));
            case I64_TRUNC_F32_U -> toI64(frame, sp, Conversions.i64TruncF32U(top32(frame, sp)));
            case I64_TRUNC_F64_S -> toI64(frame, sp, Conversions.i64TruncF64S(top64(frame, sp)));
            case I64_TRUNC_F64_U -> toI64(frame, sp, Conversions.i64TruncF64U(top64(frame, sp)));
            case F32_CONVERT_I32_S -> unary32(frame, sp, Conversions.f32ConvertI32S(Slots.i32(frame, sp - 1)));
            case F32_CONVERT_I32_U -> unary32(frame, sp, Conversions.f32ConvertI32U(Slots.i32(frame, sp - 1)));
            case F32_CONVERT_I64_S -> unary32(frame, sp, Conversions.f32ConvertI64S(Slots.i64(frame, sp - 1)));
            case F32_CONVERT_I64_U -> unary32(frame, sp, Conversions.f32ConvertI64U(Slots.i64(frame, sp - 1)));
            case F32_DEMOTE_F64 -> unary32(frame, sp, Conversions.f32DemoteF64(top64(frame, sp)));
            case F64_CONVERT_I32_S -> unary64(frame, sp, Conversions.f64ConvertI32S(Slots.i32(frame, sp - 1)));
            case F64_CONVERT_I32_U -> unary64(frame, sp, Conversions.f64ConvertI32U(Slots.i32(frame, sp - 1)));
            case F64_CONVERT_I64_S -> unary64(frame, sp, Conversions.f64ConvertI64S(Slots.i64(frame, sp - 1)));
            case F64_CONVERT_I64_U -> unary64(frame, sp, Conversions.f64ConvertI64U(Slots.i64(frame, sp - 1)));
            case F64_PROMOTE_F32 -> unary64(frame, sp, Conversions.f64PromoteF32(top32(frame, sp)));
            default -> throw unknown(op);
        };
    }

    /** {@code i32/i64.trunc_sat_f32/f64_s/u}: 0xFC sub-opcodes 0..7. */
    private static int saturating(VirtualFrame frame, int sp, int opcode) {
        return switch (opcode) {
            case I32_TRUNC_SAT_F32_S -> toI32(frame, sp, Conversions.i32TruncSatF32S(top32(frame, sp)));
            case I32_TRUNC_SAT_F32_U -> toI32(frame, sp, Conversions.i32TruncSatF32U(top32(frame, sp)));
            case I32_TRUNC_SAT_F64_S -> toI32(frame, sp, Conversions.i32TruncSatF64S(top64(frame, sp)));
            case I32_TRUNC_SAT_F64_U -> toI32(frame, sp, Conversions.i32TruncSatF64U(top64(frame, sp)));
            case I64_TRUNC_SAT_F32_S -> toI64(frame, sp, Conversions.i64TruncSatF32S(top32(frame, sp)));
            case I64_TRUNC_SAT_F32_U -> toI64(frame, sp, Conversions.i64TruncSatF32U(top32(frame, sp)));
            case I64_TRUNC_SAT_F64_S -> toI64(frame, sp, Conversions.i64TruncSatF64S(top64(frame, sp)));
            case I64_TRUNC_SAT_F64_U -> toI64(frame, sp, Conversions.i64TruncSatF64U(top64(frame, sp)));
            default -> throw unknown(Op.FC_BASE + Opcodes.sub(opcode));
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
