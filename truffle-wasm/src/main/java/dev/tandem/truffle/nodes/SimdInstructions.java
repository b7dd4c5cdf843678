package dev.tandem.truffle.nodes;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.VirtualFrame;
import dev.tandem.truffle.lower.Op;
import dev.tandem.wasm.code.Opcodes;
import dev.tandem.wasm.numeric.SimdF32x4;
import dev.tandem.wasm.numeric.SimdF64x2;
import dev.tandem.wasm.numeric.SimdI16x8;
import dev.tandem.wasm.numeric.SimdI32x4;
import dev.tandem.wasm.numeric.SimdI64x2;
import dev.tandem.wasm.numeric.SimdI8x16;
import dev.tandem.wasm.numeric.SimdV128;
import dev.tandem.wasm.numeric.V128;

import static dev.tandem.wasm.code.Opcodes.*;

/**
 * Executes the SIMD instructions that compute (no memory access): one case per instruction, each
 * a call of the shared lane operation in wasm-core's numeric package.
 *
 * <p>Each method takes the stack pointer and returns the new one. Partial evaluation calls them
 * with a constant opcode, so the switch folds to the one case; they are separate from the
 * dispatch loop (and split in two) so that no method passes HotSpot's 8000-byte limit for JIT
 * compilation, which matters while Truffle still interprets.
 */
final class SimdInstructions {

    private SimdInstructions() {
    }

    /**
     * The number of immediates after SIMD instruction {@code opcode} (a Wasm opcode, {@code 0xFD << 12
     * | sub}, see {@link Op#simdOpcode}): lane index, memory offset, constant index.
     */
    static int immediates(int opcode) {
        if (opcode <= V128_STORE || opcode == V128_LOAD32_ZERO || opcode == V128_LOAD64_ZERO || opcode == I8X16_SHUFFLE
                || (opcode >= I8X16_EXTRACT_LANE_S && opcode <= F64X2_REPLACE_LANE)) {
            return 1;
        }
        return opcode >= V128_LOAD8_LANE && opcode <= V128_STORE64_LANE ? 2 : 0;
    }

    /** Whether the SIMD instruction loads or stores (handled by {@link SimdMemory}). */
    static boolean accessesMemory(int opcode) {
        return opcode <= V128_STORE || (opcode >= V128_LOAD8_LANE && opcode <= V128_LOAD64_ZERO);
    }

    /**
     * Executes SIMD instruction {@code opcode} (a Wasm opcode) whose first immediate, if any, is
     * {@code imm}; returns the new stack pointer.
     */
    static int execute(VirtualFrame frame, Object[] constants, int sp, int opcode, int imm) {
        return opcode < I16X8_ABS ? executeLow(frame, constants, sp, opcode, imm)
                : executeHigh(frame, constants, sp, opcode, imm);
    }

    /** Sub-opcodes below 0x80: splat, lanes, shuffle, comparisons, bitwise, i8x16 arithmetic. */
    private static int executeLow(VirtualFrame frame, Object[] constants, int sp, int opcode, int imm) {
        return switch (opcode) {
            case I8X16_SHUFFLE -> binary(frame, sp, SimdI8x16.i8x16Shuffle(below(frame, sp), top(frame, sp), (V128) constants[imm]));
            case I8X16_SWIZZLE -> binary(frame, sp, SimdI8x16.i8x16Swizzle(below(frame, sp), top(frame, sp)));
            case I8X16_SPLAT -> unary(frame, sp, SimdI8x16.i8x16Splat(Slots.i32(frame, sp - 1)));
            case I16X8_SPLAT -> unary(frame, sp, SimdI16x8.i16x8Splat(Slots.i32(frame, sp - 1)));
            case I32X4_SPLAT -> unary(frame, sp, SimdI32x4.i32x4Splat(Slots.i32(frame, sp - 1)));
            case I64X2_SPLAT -> unary(frame, sp, SimdI64x2.i64x2Splat(Slots.i64(frame, sp - 1)));
            case F32X4_SPLAT -> unary(frame, sp, SimdF32x4.f32x4Splat(Slots.f32(frame, sp - 1)));
            case F64X2_SPLAT -> unary(frame, sp, SimdF64x2.f64x2Splat(Slots.f64(frame, sp - 1)));
            case I8X16_EXTRACT_LANE_S -> topI32(frame, sp, SimdI8x16.i8x16ExtractLaneS(top(frame, sp), imm));
            case I8X16_EXTRACT_LANE_U -> topI32(frame, sp, SimdI8x16.i8x16ExtractLaneU(top(frame, sp), imm));
            case I8X16_REPLACE_LANE -> binary(frame, sp, SimdI8x16.i8x16ReplaceLane(below(frame, sp), imm, Slots.i32(frame, sp - 1)));
            case I16X8_EXTRACT_LANE_S -> topI32(frame, sp, SimdI16x8.i16x8ExtractLaneS(top(frame, sp), imm));
            case I16X8_EXTRACT_LANE_U -> topI32(frame, sp, SimdI16x8.i16x8ExtractLaneU(top(frame, sp), imm));
            case I16X8_REPLACE_LANE -> binary(frame, sp, SimdI16x8.i16x8ReplaceLane(below(frame, sp), imm, Slots.i32(frame, sp - 1)));
            case I32X4_EXTRACT_LANE -> topI32(frame, sp, SimdI32x4.i32x4ExtractLane(top(frame, sp), imm));
            case I32X4_REPLACE_LANE -> binary(frame, sp, SimdI32x4.i32x4ReplaceLane(below(frame, sp), imm, Slots.i32(frame, sp - 1)));
            case I64X2_EXTRACT_LANE -> topI64(frame, sp, SimdI64x2.i64x2ExtractLane(top(frame, sp), imm));
            case I64X2_REPLACE_LANE -> binary(frame, sp, SimdI64x2.i64x2ReplaceLane(below(frame, sp), imm, Slots.i64(frame, sp - 1)));
            case F32X4_EXTRACT_LANE -> topF32(frame, sp, SimdF32x4.f32x4ExtractLane(top(frame, sp), imm));
            case F32X4_REPLACE_LANE -> binary(frame, sp, SimdF32x4.f32x4ReplaceLane(below(frame, sp), imm, Slots.f32(frame, sp - 1)));
            case F64X2_EXTRACT_LANE -> topF64(frame, sp, SimdF64x2.f64x2ExtractLane(top(frame, sp), imm));
            case F64X2_REPLACE_LANE -> binary(frame, sp, SimdF64x2.f64x2ReplaceLane(below(frame, sp), imm, Slots.f64(frame, sp - 1)));
            case I8X16_EQ -> binary(frame, sp, SimdI8x16.i8x16Eq(below(frame, sp), top(frame, sp)));
            case I8X16_NE -> binary(frame, sp, SimdI8x16.i8x16Ne(below(frame, sp), top(frame, sp)));
            case I8X16_LT_S -> binary(frame, sp, SimdI8x16.i8x16LtS(below(frame, sp), top(frame, sp)));
            case I8X16_LT_U -> binary(frame, sp, SimdI8x16.i8x16LtU(below(frame, sp), top(frame, sp)));
            case I8X16_GT_S -> binary(frame, sp, SimdI8x16.i8x16GtS(below(frame, sp), top(frame, sp)));
            case I8X16_GT_U -> binary(frame, sp, SimdI8x16.i8x16GtU(below(frame, sp), top(frame, sp)));
            case I8X16_LE_S -> binary(frame, sp, SimdI8x16.i8x16LeS(below(frame, sp), top(frame, sp)));
            case I8X16_LE_U -> binary(frame, sp, SimdI8x16.i8x16LeU(below(frame, sp), top(frame, sp)));
            case I8X16_GE_S -> binary(frame, sp, SimdI8x16.i8x16GeS(below(frame, sp), top(frame, sp)));
            case I8X16_GE_U -> binary(frame, sp, SimdI8x16.i8x16GeU(below(frame, sp), top(frame, sp)));
            case I16X8_EQ -> binary(frame, sp, SimdI16x8.i16x8Eq(below(frame, sp), top(frame, sp)));
            case I16X8_NE -> binary(frame, sp, SimdI16x8.i16x8Ne(below(frame, sp), top(frame, sp)));
            case I16X8_LT_S -> binary(frame, sp, SimdI16x8.i16x8LtS(below(frame, sp), top(frame, sp)));
            case I16X8_LT_U -> binary(frame, sp, SimdI16x8.i16x8LtU(below(frame, sp), top(frame, sp)));
            case I16X8_GT_S -> binary(frame, sp, SimdI16x8.i16x8GtS(below(frame, sp), top(frame, sp)));
            case I16X8_GT_U -> binary(frame, sp, SimdI16x8.i16x8GtU(below(frame, sp), top(frame, sp)));
            case I16X8_LE_S -> binary(frame, sp, SimdI16x8.i16x8LeS(below(frame, sp), top(frame, sp)));
            case I16X8_LE_U -> binary(frame, sp, SimdI16x8.i16x8LeU(below(frame, sp), top(frame, sp)));
            case I16X8_GE_S -> binary(frame, sp, SimdI16x8.i16x8GeS(below(frame, sp), top(frame, sp)));
            case I16X8_GE_U -> binary(frame, sp, SimdI16x8.i16x8GeU(below(frame, sp), top(frame, sp)));
            case I32X4_EQ -> binary(frame, sp, SimdI32x4.i32x4Eq(below(frame, sp), top(frame, sp)));
            case I32X4_NE -> binary(frame, sp, SimdI32x4.i32x4Ne(below(frame, sp), top(frame, sp)));
            case I32X4_LT_S -> binary(frame, sp, SimdI32x4.i32x4LtS(below(frame, sp), top(frame, sp)));
            case I32X4_LT_U -> binary(frame, sp, SimdI32x4.i32x4LtU(below(frame, sp), top(frame, sp)));
            case I32X4_GT_S -> binary(frame, sp, SimdI32x4.i32x4GtS(below(frame, sp), top(frame, sp)));
            case I32X4_GT_U -> binary(frame, sp, SimdI32x4.i32x4GtU(below(frame, sp), top(frame, sp)));
            case I32X4_LE_S -> binary(frame, sp, SimdI32x4.i32x4LeS(below(frame, sp), top(frame, sp)));
            case I32X4_LE_U -> binary(frame, sp, SimdI32x4.i32x4LeU(below(frame, sp), top(frame, sp)));
            case I32X4_GE_S -> binary(frame, sp, SimdI32x4.i32x4GeS(below(frame, sp), top(frame, sp)));
            case I32X4_GE_U -> binary(frame, sp, SimdI32x4.i32x4GeU(below(frame, sp), top(frame, sp)));
            case F32X4_EQ -> binary(frame, sp, SimdF32x4.f32x4Eq(below(frame, sp), top(frame, sp)));
            case F32X4_NE -> binary(frame, sp, SimdF32x4.f32x4Ne(below(frame, sp), top(frame, sp)));
            case F32X4_LT -> binary(frame, sp, SimdF32x4.f32x4Lt(below(frame, sp), top(frame, sp)));
            case F32X4_GT -> binary(frame, sp, SimdF32x4.f32x4Gt(below(frame, sp), top(frame, sp)));
            case F32X4_LE -> binary(frame, sp, SimdF32x4.f32x4Le(below(frame, sp), top(frame, sp)));
            case F32X4_GE -> binary(frame, sp, SimdF32x4.f32x4Ge(below(frame, sp), top(frame, sp)));
            case F64X2_EQ -> binary(frame, sp, SimdF64x2.f64x2Eq(below(frame, sp), top(frame, sp)));
            case F64X2_NE -> binary(frame, sp, SimdF64x2.f64x2Ne(below(frame, sp), top(frame, sp)));
            case F64X2_LT -> binary(frame, sp, SimdF64x2.f64x2Lt(below(frame, sp), top(frame, sp)));
            case F64X2_GT -> binary(frame, sp, SimdF64x2.f64x2Gt(below(frame, sp), top(frame, sp)));
            case F64X2_LE -> binary(frame, sp, SimdF64x2.f64x2Le(below(frame, sp), top(frame, sp)));
            case F64X2_GE -> binary(frame, sp, SimdF64x2.f64x2Ge(below(frame, sp), top(frame, sp)));
            case V128_NOT -> unary(frame, sp, SimdV128.v128Not(top(frame, sp)));
            case V128_AND -> binary(frame, sp, SimdV128.v128And(below(frame, sp), top(frame, sp)));
            case V128_ANDNOT -> binary(frame, sp, SimdV128.v128Andnot(below(frame, sp), top(frame, sp)));
            case V128_OR -> binary(frame, sp, SimdV128.v128Or(below(frame, sp), top(frame, sp)));
            case V128_XOR -> binary(frame, sp, SimdV128.v128Xor(below(frame, sp), top(frame, sp)));
            case V128_BITSELECT -> ternary(frame, sp, SimdV128.v128Bitselect(third(frame, sp), below(frame, sp), top(frame, sp)));
            case V128_ANY_TRUE -> topI32(frame, sp, SimdV128.v128AnyTrue(top(frame, sp)));
            case F32X4_DEMOTE_F64X2_ZERO -> unary(frame, sp, SimdF32x4.f32x4DemoteF64x2Zero(top(frame, sp)));
            case F64X2_PROMOTE_LOW_F32X4 -> unary(frame, sp, SimdF64x2.f64x2PromoteLowF32x4(top(frame, sp)));
            case I8X16_ABS -> unary(frame, sp, SimdI8x16.i8x16Abs(top(frame, sp)));
            case I8X16_NEG -> unary(frame, sp, SimdI8x16.i8x16Neg(top(frame, sp)));
            case I8X16_POPCNT -> unary(frame, sp, SimdI8x16.i8x16Popcnt(top(frame, sp)));
            case I8X16_ALL_TRUE -> topI32(frame, sp, SimdI8x16.i8x16AllTrue(top(frame, sp)));
            case I8X16_BITMASK -> topI32(frame, sp, SimdI8x16.i8x16Bitmask(top(frame, sp)));
            case I8X16_NARROW_I16X8_S -> binary(frame, sp, SimdI8x16.i8x16NarrowI16x8S(below(frame, sp), top(frame, sp)));
            case I8X16_NARROW_I16X8_U -> binary(frame, sp, SimdI8x16.i8x16NarrowI16x8U(below(frame, sp), top(frame, sp)));
            case F32X4_CEIL -> unary(frame, sp, SimdF32x4.f32x4Ceil(top(frame, sp)));
            case F32X4_FLOOR -> unary(frame, sp, SimdF32x4.f32x4Floor(top(frame, sp)));
            case F32X4_TRUNC -> unary(frame, sp, SimdF32x4.f32x4Trunc(top(frame, sp)));
            case F32X4_NEAREST -> unary(frame, sp, SimdF32x4.f32x4Nearest(top(frame, sp)));
            case I8X16_SHL -> binary(frame, sp, SimdI8x16.i8x16Shl(below(frame, sp), Slots.i32(frame, sp - 1)));
            case I8X16_SHR_S -> binary(frame, sp, SimdI8x16.i8x16ShrS(below(frame, sp), Slots.i32(frame, sp - 1)));
            case I8X16_SHR_U -> binary(frame, sp, SimdI8x16.i8x16ShrU(below(frame, sp), Slots.i32(frame, sp - 1)));
            case I8X16_ADD -> binary(frame, sp, SimdI8x16.i8x16Add(below(frame, sp), top(frame, sp)));
            case I8X16_ADD_SAT_S -> binary(frame, sp, SimdI8x16.i8x16AddSatS(below(frame, sp), top(frame, sp)));
            case I8X16_ADD_SAT_U -> binary(frame, sp, SimdI8x16.i8x16AddSatU(below(frame, sp), top(frame, sp)));
            case I8X16_SUB -> binary(frame, sp, SimdI8x16.i8x16Sub(below(frame, sp), top(frame, sp)));
            case I8X16_SUB_SAT_S -> binary(frame, sp, SimdI8x16.i8x16SubSatS(below(frame, sp), top(frame, sp)));
            case I8X16_SUB_SAT_U -> binary(frame, sp, SimdI8x16.i8x16SubSatU(below(frame, sp), top(frame, sp)));
            case F64X2_CEIL -> unary(frame, sp, SimdF64x2.f64x2Ceil(top(frame, sp)));
            case F64X2_FLOOR -> unary(frame, sp, SimdF64x2.f64x2Floor(top(frame, sp)));
            case I8X16_MIN_S -> binary(frame, sp, SimdI8x16.i8x16MinS(below(frame, sp), top(frame, sp)));
            case I8X16_MIN_U -> binary(frame, sp, SimdI8x16.i8x16MinU(below(frame, sp), top(frame, sp)));
            case I8X16_MAX_S -> binary(frame, sp, SimdI8x16.i8x16MaxS(below(frame, sp), top(frame, sp)));
            case I8X16_MAX_U -> binary(frame, sp, SimdI8x16.i8x16MaxU(below(frame, sp), top(frame, sp)));
            case F64X2_TRUNC -> unary(frame, sp, SimdF64x2.f64x2Trunc(top(frame, sp)));
            case I8X16_AVGR_U -> binary(frame, sp, SimdI8x16.i8x16AvgrU(below(frame, sp), top(frame, sp)));
            case I16X8_EXTADD_PAIRWISE_I8X16_S -> unary(frame, sp, SimdI16x8.i16x8ExtaddPairwiseI8x16S(top(frame, sp)));
            case I16X8_EXTADD_PAIRWISE_I8X16_U -> unary(frame, sp, SimdI16x8.i16x8ExtaddPairwiseI8x16U(top(frame, sp)));
            case I32X4_EXTADD_PAIRWISE_I16X8_S -> unary(frame, sp, SimdI32x4.i32x4ExtaddPairwiseI16x8S(top(frame, sp)));
            case I32X4_EXTADD_PAIRWISE_I16X8_U -> unary(frame, sp, SimdI32x4.i32x4ExtaddPairwiseI16x8U(top(frame, sp)));
            default -> throw CompilerDirectives.shouldNotReachHere("no SIMD instruction 0x" + Integer.toHexString(Opcodes.sub(opcode)));
        };
    }

    /** Sub-opcodes from 0x80: i16x8, i32x4, i64x2, f32x4 and f64x2 arithmetic and conversions. */
    private static int executeHigh(VirtualFrame frame, Object[] constants, int sp, int opcode, int imm) {
        return switch (opcode) {
            case I16X8_ABS -> unary(frame, sp, SimdI16x8.i16x8Abs(top(frame, sp)));
            case I16X8_NEG -> unary(frame, sp, SimdI16x8.i16x8Neg(top(frame, sp)));
            case I16X8_Q15MULR_SAT_S -> binary(frame, sp, SimdI16x8.i16x8Q15mulrSatS(below(frame, sp), top(frame, sp)));
            case I16X8_ALL_TRUE -> topI32(frame, sp, SimdI16x8.i16x8AllTrue(top(frame, sp)));
            case I16X8_BITMASK -> topI32(frame, sp, SimdI16x8.i16x8Bitmask(top(frame, sp)));
            case I16X8_NARROW_I32X4_S -> binary(frame, sp, SimdI16x8.i16x8NarrowI32x4S(below(frame, sp), top(frame, sp)));
            case I16X8_NARROW_I32X4_U -> binary(frame, sp, SimdI16x8.i16x8NarrowI32x4U(below(frame, sp), top(frame, sp)));
            case I16X8_EXTEND_LOW_I8X16_S -> unary(frame, sp, SimdI16x8.i16x8ExtendLowI8x16S(top(frame, sp)));
            case I16X8_EXTEND_HIGH_I8X16_S -> unary(frame, sp, SimdI16x8.i16x8ExtendHighI8x16S(top(frame, sp)));
            case I16X8_EXTEND_LOW_I8X16_U -> unary(frame, sp, SimdI16x8.i16x8ExtendLowI8x16U(top(frame, sp)));
            case I16X8_EXTEND_HIGH_I8X16_U -> unary(frame, sp, SimdI16x8.i16x8ExtendHighI8x16U(top(frame, sp)));
            case I16X8_SHL -> binary(frame, sp, SimdI16x8.i16x8Shl(below(frame, sp), Slots.i32(frame, sp - 1)));
            case I16X8_SHR_S -> binary(frame, sp, SimdI16x8.i16x8ShrS(below(frame, sp), Slots.i32(frame, sp - 1)));
            case I16X8_SHR_U -> binary(frame, sp, SimdI16x8.i16x8ShrU(below(frame, sp), Slots.i32(frame, sp - 1)));
            case I16X8_ADD -> binary(frame, sp, SimdI16x8.i16x8Add(below(frame, sp), top(frame, sp)));
            case I16X8_ADD_SAT_S -> binary(frame, sp, SimdI16x8.i16x8AddSatS(below(frame, sp), top(frame, sp)));
            case I16X8_ADD_SAT_U -> binary(frame, sp, SimdI16x8.i16x8AddSatU(below(frame, sp), top(frame, sp)));
            case I16X8_SUB -> binary(frame, sp, SimdI16x8.i16x8Sub(below(frame, sp), top(frame, sp)));
            case I16X8_SUB_SAT_S -> binary(frame, sp, SimdI16x8.i16x8SubSatS(below(frame, sp), top(frame, sp)));
            case I16X8_SUB_SAT_U -> binary(frame, sp, SimdI16x8.i16x8SubSatU(below(frame, sp), top(frame, sp)));
            case F64X2_NEAREST -> unary(frame, sp, SimdF64x2.f64x2Nearest(top(frame, sp)));
            case I16X8_MUL -> binary(frame, sp, SimdI16x8.i16x8Mul(below(frame, sp), top(frame, sp)));
            case I16X8_MIN_S -> binary(frame, sp, SimdI16x8.i16x8MinS(below(frame, sp), top(frame, sp)));
            case I16X8_MIN_U -> binary(frame, sp, SimdI16x8.i16x8MinU(below(frame, sp), top(frame, sp)));
            case I16X8_MAX_S -> binary(frame, sp, SimdI16x8.i16x8MaxS(below(frame, sp), top(frame, sp)));
            case I16X8_MAX_U -> binary(frame, sp, SimdI16x8.i16x8MaxU(below(frame, sp), top(frame, sp)));
            case I16X8_AVGR_U -> binary(frame, sp, SimdI16x8.i16x8AvgrU(below(frame, sp), top(frame, sp)));
            case I16X8_EXTMUL_LOW_I8X16_S -> binary(frame, sp, SimdI16x8.i16x8ExtmulLowI8x16S(below(frame, sp), top(frame, sp)));
            case I16X8_EXTMUL_HIGH_I8X16_S -> binary(frame, sp, SimdI16x8.i16x8ExtmulHighI8x16S(below(frame, sp), top(frame, sp)));
            case I16X8_EXTMUL_LOW_I8X16_U -> binary(frame, sp, SimdI16x8.i16x8ExtmulLowI8x16U(below(frame, sp), top(frame, sp)));
            case I16X8_EXTMUL_HIGH_I8X16_U -> binary(frame, sp, SimdI16x8.i16x8ExtmulHighI8x16U(below(frame, sp), top(frame, sp)));
            case I32X4_ABS -> unary(frame, sp, SimdI32x4.i32x4Abs(top(frame, sp)));
            case I32X4_NEG -> unary(frame, sp, SimdI32x4.i32x4Neg(top(frame, sp)));
            case I32X4_ALL_TRUE -> topI32(frame, sp, SimdI32x4.i32x4AllTrue(top(frame, sp)));
            case I32X4_BITMASK -> topI32(frame, sp, SimdI32x4.i32x4Bitmask(top(frame, sp)));
            case I32X4_EXTEND_LOW_I16X8_S -> unary(frame, sp, SimdI32x4.i32x4ExtendLowI16x8S(top(frame, sp)));
            case I32X4_EXTEND_HIGH_I16X8_S -> unary(frame, sp, SimdI32x4.i32x4ExtendHighI16x8S(top(frame, sp)));
            case I32X4_EXTEND_LOW_I16X8_U -> unary(frame, sp, SimdI32x4.i32x4ExtendLowI16x8U(top(frame, sp)));
            case I32X4_EXTEND_HIGH_I16X8_U -> unary(frame, sp, SimdI32x4.i32x4ExtendHighI16x8U(top(frame, sp)));
            case I32X4_SHL -> binary(frame, sp, SimdI32x4.i32x4Shl(below(frame, sp), Slots.i32(frame, sp - 1)));
            case I32X4_SHR_S -> binary(frame, sp, SimdI32x4.i32x4ShrS(below(frame, sp), Slots.i32(frame, sp - 1)));
            case I32X4_SHR_U -> binary(frame, sp, SimdI32x4.i32x4ShrU(below(frame, sp), Slots.i32(frame, sp - 1)));
            case I32X4_ADD -> binary(frame, sp, SimdI32x4.i32x4Add(below(frame, sp), top(frame, sp)));
            case I32X4_SUB -> binary(frame, sp, SimdI32x4.i32x4Sub(below(frame, sp), top(frame, sp)));
            case I32X4_MUL -> binary(frame, sp, SimdI32x4.i32x4Mul(below(frame, sp), top(frame, sp)));
            case I32X4_MIN_S -> binary(frame, sp, SimdI32x4.i32x4MinS(below(frame, sp), top(frame, sp)));
            case I32X4_MIN_U -> binary(frame, sp, SimdI32x4.i32x4MinU(below(frame, sp), top(frame, sp)));
            case I32X4_MAX_S -> binary(frame, sp, SimdI32x4.i32x4MaxS(below(frame, sp), top(frame, sp)));
            case I32X4_MAX_U -> binary(frame, sp, SimdI32x4.i32x4MaxU(below(frame, sp), top(frame, sp)));
            case I32X4_DOT_I16X8_S -> binary(frame, sp, SimdI32x4.i32x4DotI16x8S(below(frame, sp), top(frame, sp)));
            case I32X4_EXTMUL_LOW_I16X8_S -> binary(frame, sp, SimdI32x4.i32x4ExtmulLowI16x8S(below(frame, sp), top(frame, sp)));
            case I32X4_EXTMUL_HIGH_I16X8_S -> binary(frame, sp, SimdI32x4.i32x4ExtmulHighI16x8S(below(frame, sp), top(frame, sp)));
            case I32X4_EXTMUL_LOW_I16X8_U -> binary(frame, sp, SimdI32x4.i32x4ExtmulLowI16x8U(below(frame, sp), top(frame, sp)));
            case I32X4_EXTMUL_HIGH_I16X8_U -> binary(frame, sp, SimdI32x4.i32x4ExtmulHighI16x8U(below(frame, sp), top(frame, sp)));
            case I64X2_ABS -> unary(frame, sp, SimdI64x2.i64x2Abs(top(frame, sp)));
            case I64X2_NEG -> unary(frame, sp, SimdI64x2.i64x2Neg(top(frame, sp)));
            case I64X2_ALL_TRUE -> topI32(frame, sp, SimdI64x2.i64x2AllTrue(top(frame, sp)));
            case I64X2_BITMASK -> topI32(frame, sp, SimdI64x2.i64x2Bitmask(top(frame, sp)));
            case I64X2_EXTEND_LOW_I32X4_S -> unary(frame, sp, SimdI64x2.i64x2ExtendLowI32x4S(top(frame, sp)));
            case I64X2_EXTEND_HIGH_I32X4_S -> unary(frame, sp, SimdI64x2.i64x2ExtendHighI32x4S(top(frame, sp)));
            case I64X2_EXTEND_LOW_I32X4_U -> unary(frame, sp, SimdI64x2.i64x2ExtendLowI32x4U(top(frame, sp)));
            case I64X2_EXTEND_HIGH_I32X4_U -> unary(frame, sp, SimdI64x2.i64x2ExtendHighI32x4U(top(frame, sp)));
            case I64X2_SHL -> binary(frame, sp, SimdI64x2.i64x2Shl(below(frame, sp), Slots.i32(frame, sp - 1)));
            case I64X2_SHR_S -> binary(frame, sp, SimdI64x2.i64x2ShrS(below(frame, sp), Slots.i32(frame, sp - 1)));
            case I64X2_SHR_U -> binary(frame, sp, SimdI64x2.i64x2ShrU(below(frame, sp), Slots.i32(frame, sp - 1)));
            case I64X2_ADD -> binary(frame, sp, SimdI64x2.i64x2Add(below(frame, sp), top(frame, sp)));
            case I64X2_SUB -> binary(frame, sp, SimdI64x2.i64x2Sub(below(frame, sp), top(frame, sp)));
            case I64X2_MUL -> binary(frame, sp, SimdI64x2.i64x2Mul(below(frame, sp), top(frame, sp)));
            case I64X2_EQ -> binary(frame, sp, SimdI64x2.i64x2Eq(below(frame, sp), top(frame, sp)));
            case I64X2_NE -> binary(frame, sp, SimdI64x2.i64x2Ne(below(frame, sp), top(frame, sp)));
            case I64X2_LT_S -> binary(frame, sp, SimdI64x2.i64x2LtS(below(frame, sp), top(frame, sp)));
            case I64X2_GT_S -> binary(frame, sp, SimdI64x2.i64x2GtS(below(frame, sp), top(frame, sp)));
            case I64X2_LE_S -> binary(frame, sp, SimdI64x2.i64x2LeS(below(frame, sp), top(frame, sp)));
            case I64X2_GE_S -> binary(frame, sp, SimdI64x2.i64x2GeS(below(frame, sp), top(frame, sp)));
            case I64X2_EXTMUL_LOW_I32X4_S -> binary(frame, sp, SimdI64x2.i64x2ExtmulLowI32x4S(below(frame, sp), top(frame, sp)));
            case I64X2_EXTMUL_HIGH_I32X4_S -> binary(frame, sp, SimdI64x2.i64x2ExtmulHighI32x4S(below(frame, sp), top(frame, sp)));
            case I64X2_EXTMUL_LOW_I32X4_U -> binary(frame, sp, SimdI64x2.i64x2ExtmulLowI32x4U(below(frame, sp), top(frame, sp)));
            case I64X2_EXTMUL_HIGH_I32X4_U -> binary(frame, sp, SimdI64x2.i64x2ExtmulHighI32x4U(below(frame, sp), top(frame, sp)));
            case F32X4_ABS -> unary(frame, sp, SimdF32x4.f32x4Abs(top(frame, sp)));
            case F32X4_NEG -> unary(frame, sp, SimdF32x4.f32x4Neg(top(frame, sp)));
            case F32X4_SQRT -> unary(frame, sp, SimdF32x4.f32x4Sqrt(top(frame, sp)));
            case F32X4_ADD -> binary(frame, sp, SimdF32x4.f32x4Add(below(frame, sp), top(frame, sp)));
            case F32X4_SUB -> binary(frame, sp, SimdF32x4.f32x4Sub(below(frame, sp), top(frame, sp)));
            case F32X4_MUL -> binary(frame, sp, SimdF32x4.f32x4Mul(below(frame, sp), top(frame, sp)));
            case F32X4_DIV -> binary(frame, sp, SimdF32x4.f32x4Div(below(frame, sp), top(frame, sp)));
            case F32X4_MIN -> binary(frame, sp, SimdF32x4.f32x4Min(below(frame, sp), top(frame, sp)));
            case F32X4_MAX -> binary(frame, sp, SimdF32x4.f32x4Max(below(frame, sp), top(frame, sp)));
            case F32X4_PMIN -> binary(frame, sp, SimdF32x4.f32x4Pmin(below(frame, sp), top(frame, sp)));
            case F32X4_PMAX -> binary(frame, sp, SimdF32x4.f32x4Pmax(below(frame, sp), top(frame, sp)));
            case F64X2_ABS -> unary(frame, sp, SimdF64x2.f64x2Abs(top(frame, sp)));
            case F64X2_NEG -> unary(frame, sp, SimdF64x2.f64x2Neg(top(frame, sp)));
            case F64X2_SQRT -> unary(frame, sp, SimdF64x2.f64x2Sqrt(top(frame, sp)));
            case F64X2_ADD -> binary(frame, sp, SimdF64x2.f64x2Add(below(frame, sp), top(frame, sp)));
            case F64X2_SUB -> binary(frame, sp, SimdF64x2.f64x2Sub(below(frame, sp), top(frame, sp)));
            case F64X2_MUL -> binary(frame, sp, SimdF64x2.f64x2Mul(below(frame, sp), top(frame, sp)));
            case F64X2_DIV -> binary(frame, sp, SimdF64x2.f64x2Div(below(frame, sp), top(frame, sp)));
            case F64X2_MIN -> binary(frame, sp, SimdF64x2.f64x2Min(below(frame, sp), top(frame, sp)));
            case F64X2_MAX -> binary(frame, sp, SimdF64x2.f64x2Max(below(frame, sp), top(frame, sp)));
            case F64X2_PMIN -> binary(frame, sp, SimdF64x2.f64x2Pmin(below(frame, sp), top(frame, sp)));
            case F64X2_PMAX -> binary(frame, sp, SimdF64x2.f64x2Pmax(below(frame, sp), top(frame, sp)));
            case I32X4_TRUNC_SAT_F32X4_S -> unary(frame, sp, SimdI32x4.i32x4TruncSatF32x4S(top(frame, sp)));
            case I32X4_TRUNC_SAT_F32X4_U -> unary(frame, sp, SimdI32x4.i32x4TruncSatF32x4U(top(frame, sp)));
            case F32X4_CONVERT_I32X4_S -> unary(frame, sp, SimdF32x4.f32x4ConvertI32x4S(top(frame, sp)));
            case F32X4_CONVERT_I32X4_U -> unary(frame, sp, SimdF32x4.f32x4ConvertI32x4U(top(frame, sp)));
            case I32X4_TRUNC_SAT_F64X2_S_ZERO -> unary(frame, sp, SimdI32x4.i32x4TruncSatF64x2SZero(top(frame, sp)));
            case I32X4_TRUNC_SAT_F64X2_U_ZERO -> unary(frame, sp, SimdI32x4.i32x4TruncSatF64x2UZero(top(frame, sp)));
            case F64X2_CONVERT_LOW_I32X4_S -> unary(frame, sp, SimdF64x2.f64x2ConvertLowI32x4S(top(frame, sp)));
            case F64X2_CONVERT_LOW_I32X4_U -> unary(frame, sp, SimdF64x2.f64x2ConvertLowI32x4U(top(frame, sp)));
            default -> throw CompilerDirectives.shouldNotReachHere("no SIMD instruction 0x" + Integer.toHexString(Opcodes.sub(opcode)));
        };
    }

    // Operands and results. Every helper returns the new stack pointer.

    private static V128 top(VirtualFrame frame, int sp) {
        return Slots.v128(frame, sp - 1);
    }

    private static V128 below(VirtualFrame frame, int sp) {
        return Slots.v128(frame, sp - 2);
    }

    private static V128 third(VirtualFrame frame, int sp) {
        return Slots.v128(frame, sp - 3);
    }

    private static int unary(VirtualFrame frame, int sp, V128 result) {
        Slots.putV128(frame, sp - 1, result);
        return sp;
    }

    private static int binary(VirtualFrame frame, int sp, V128 result) {
        Slots.putV128(frame, sp - 2, result);
        return sp - 1;
    }

    private static int ternary(VirtualFrame frame, int sp, V128 result) {
        Slots.putV128(frame, sp - 3, result);
        return sp - 2;
    }

    private static int topI32(VirtualFrame frame, int sp, int result) {
        Slots.putI32(frame, sp - 1, result);
        return sp;
    }

    private static int topI64(VirtualFrame frame, int sp, long result) {
        Slots.putI64(frame, sp - 1, result);
        return sp;
    }

    private static int topF32(VirtualFrame frame, int sp, float result) {
        Slots.putF32(frame, sp - 1, result);
        return sp;
    }

    private static int topF64(VirtualFrame frame, int sp, double result) {
        Slots.putF64(frame, sp - 1, result);
        return sp;
    }
}
