package dev.tandem.truffle.nodes;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.VirtualFrame;
import dev.tandem.truffle.lower.Op;
import dev.tandem.wasm.numeric.SimdF32x4;
import dev.tandem.wasm.numeric.SimdF64x2;
import dev.tandem.wasm.numeric.SimdI16x8;
import dev.tandem.wasm.numeric.SimdI32x4;
import dev.tandem.wasm.numeric.SimdI64x2;
import dev.tandem.wasm.numeric.SimdI8x16;
import dev.tandem.wasm.numeric.SimdV128;
import dev.tandem.wasm.numeric.V128;

/**
 * Executes the SIMD instructions that compute (no memory access): one case per instruction, each
 * a call of the shared lane operation in wasm-core's numeric package.
 *
 * <p>Each method takes the stack pointer and returns the new one. Partial evaluation calls them
 * with a constant sub-opcode, so the switch folds to the one case; they are separate from the
 * dispatch loop (and split in two) so that no method passes HotSpot's 8000-byte limit for JIT
 * compilation, which matters while Truffle still interprets.
 */
final class SimdInstructions {

    private SimdInstructions() {
    }

    /** The number of immediates after a SIMD opcode (lane index, memory offset, constant index). */
    static int immediates(int sub) {
        if (sub <= 0x0B || sub == 0x5C || sub == 0x5D || sub == 0x0D || (sub >= 0x15 && sub <= 0x22)) {
            return 1;
        }
        return sub >= 0x54 && sub <= 0x5B ? 2 : 0;
    }

    /** Whether the SIMD sub-opcode loads or stores (handled by {@link SimdMemory}). */
    static boolean accessesMemory(int sub) {
        return sub <= 0x0B || (sub >= 0x54 && sub <= 0x5D);
    }

    /**
     * Executes lowered opcode {@code op} ({@link Op#SIMD_BASE} + sub) whose first immediate, if
     * any, is {@code imm}; returns the new stack pointer.
     */
    static int execute(VirtualFrame frame, Object[] constants, int sp, int op, int imm) {
        int sub = op - Op.SIMD_BASE;
        return sub < 0x80 ? executeLow(frame, constants, sp, sub, imm) : executeHigh(frame, constants, sp, sub, imm);
    }

    /** Sub-opcodes below 0x80: splat, lanes, shuffle, comparisons, bitwise, i8x16 arithmetic. */
    private static int executeLow(VirtualFrame frame, Object[] constants, int sp, int sub, int imm) {
        return switch (sub) {
            case 0x0D -> binary(frame, sp, SimdI8x16.i8x16Shuffle(below(frame, sp), top(frame, sp), (V128) constants[imm]));
            case 0x0E -> binary(frame, sp, SimdI8x16.i8x16Swizzle(below(frame, sp), top(frame, sp)));
            case 0x0F -> unary(frame, sp, SimdI8x16.i8x16Splat(Slots.i32(frame, sp - 1)));
            case 0x10 -> unary(frame, sp, SimdI16x8.i16x8Splat(Slots.i32(frame, sp - 1)));
            case 0x11 -> unary(frame, sp, SimdI32x4.i32x4Splat(Slots.i32(frame, sp - 1)));
            case 0x12 -> unary(frame, sp, SimdI64x2.i64x2Splat(Slots.i64(frame, sp - 1)));
            case 0x13 -> unary(frame, sp, SimdF32x4.f32x4Splat(Slots.f32(frame, sp - 1)));
            case 0x14 -> unary(frame, sp, SimdF64x2.f64x2Splat(Slots.f64(frame, sp - 1)));
            case 0x15 -> topI32(frame, sp, SimdI8x16.i8x16ExtractLaneS(top(frame, sp), imm));
            case 0x16 -> topI32(frame, sp, SimdI8x16.i8x16ExtractLaneU(top(frame, sp), imm));
            case 0x17 -> binary(frame, sp, SimdI8x16.i8x16ReplaceLane(below(frame, sp), imm, Slots.i32(frame, sp - 1)));
            case 0x18 -> topI32(frame, sp, SimdI16x8.i16x8ExtractLaneS(top(frame, sp), imm));
            case 0x19 -> topI32(frame, sp, SimdI16x8.i16x8ExtractLaneU(top(frame, sp), imm));
            case 0x1A -> binary(frame, sp, SimdI16x8.i16x8ReplaceLane(below(frame, sp), imm, Slots.i32(frame, sp - 1)));
            case 0x1B -> topI32(frame, sp, SimdI32x4.i32x4ExtractLane(top(frame, sp), imm));
            case 0x1C -> binary(frame, sp, SimdI32x4.i32x4ReplaceLane(below(frame, sp), imm, Slots.i32(frame, sp - 1)));
            case 0x1D -> topI64(frame, sp, SimdI64x2.i64x2ExtractLane(top(frame, sp), imm));
            case 0x1E -> binary(frame, sp, SimdI64x2.i64x2ReplaceLane(below(frame, sp), imm, Slots.i64(frame, sp - 1)));
            case 0x1F -> topF32(frame, sp, SimdF32x4.f32x4ExtractLane(top(frame, sp), imm));
            case 0x20 -> binary(frame, sp, SimdF32x4.f32x4ReplaceLane(below(frame, sp), imm, Slots.f32(frame, sp - 1)));
            case 0x21 -> topF64(frame, sp, SimdF64x2.f64x2ExtractLane(top(frame, sp), imm));
            case 0x22 -> binary(frame, sp, SimdF64x2.f64x2ReplaceLane(below(frame, sp), imm, Slots.f64(frame, sp - 1)));
            case 0x23 -> binary(frame, sp, SimdI8x16.i8x16Eq(below(frame, sp), top(frame, sp)));
            case 0x24 -> binary(frame, sp, SimdI8x16.i8x16Ne(below(frame, sp), top(frame, sp)));
            case 0x25 -> binary(frame, sp, SimdI8x16.i8x16LtS(below(frame, sp), top(frame, sp)));
            case 0x26 -> binary(frame, sp, SimdI8x16.i8x16LtU(below(frame, sp), top(frame, sp)));
            case 0x27 -> binary(frame, sp, SimdI8x16.i8x16GtS(below(frame, sp), top(frame, sp)));
            case 0x28 -> binary(frame, sp, SimdI8x16.i8x16GtU(below(frame, sp), top(frame, sp)));
            case 0x29 -> binary(frame, sp, SimdI8x16.i8x16LeS(below(frame, sp), top(frame, sp)));
            case 0x2A -> binary(frame, sp, SimdI8x16.i8x16LeU(below(frame, sp), top(frame, sp)));
            case 0x2B -> binary(frame, sp, SimdI8x16.i8x16GeS(below(frame, sp), top(frame, sp)));
            case 0x2C -> binary(frame, sp, SimdI8x16.i8x16GeU(below(frame, sp), top(frame, sp)));
            case 0x2D -> binary(frame, sp, SimdI16x8.i16x8Eq(below(frame, sp), top(frame, sp)));
            case 0x2E -> binary(frame, sp, SimdI16x8.i16x8Ne(below(frame, sp), top(frame, sp)));
            case 0x2F -> binary(frame, sp, SimdI16x8.i16x8LtS(below(frame, sp), top(frame, sp)));
            case 0x30 -> binary(frame, sp, SimdI16x8.i16x8LtU(below(frame, sp), top(frame, sp)));
            case 0x31 -> binary(frame, sp, SimdI16x8.i16x8GtS(below(frame, sp), top(frame, sp)));
            case 0x32 -> binary(frame, sp, SimdI16x8.i16x8GtU(below(frame, sp), top(frame, sp)));
            case 0x33 -> binary(frame, sp, SimdI16x8.i16x8LeS(below(frame, sp), top(frame, sp)));
            case 0x34 -> binary(frame, sp, SimdI16x8.i16x8LeU(below(frame, sp), top(frame, sp)));
            case 0x35 -> binary(frame, sp, SimdI16x8.i16x8GeS(below(frame, sp), top(frame, sp)));
            case 0x36 -> binary(frame, sp, SimdI16x8.i16x8GeU(below(frame, sp), top(frame, sp)));
            case 0x37 -> binary(frame, sp, SimdI32x4.i32x4Eq(below(frame, sp), top(frame, sp)));
            case 0x38 -> binary(frame, sp, SimdI32x4.i32x4Ne(below(frame, sp), top(frame, sp)));
            case 0x39 -> binary(frame, sp, SimdI32x4.i32x4LtS(below(frame, sp), top(frame, sp)));
            case 0x3A -> binary(frame, sp, SimdI32x4.i32x4LtU(below(frame, sp), top(frame, sp)));
            case 0x3B -> binary(frame, sp, SimdI32x4.i32x4GtS(below(frame, sp), top(frame, sp)));
            case 0x3C -> binary(frame, sp, SimdI32x4.i32x4GtU(below(frame, sp), top(frame, sp)));
            case 0x3D -> binary(frame, sp, SimdI32x4.i32x4LeS(below(frame, sp), top(frame, sp)));
            case 0x3E -> binary(frame, sp, SimdI32x4.i32x4LeU(below(frame, sp), top(frame, sp)));
            case 0x3F -> binary(frame, sp, SimdI32x4.i32x4GeS(below(frame, sp), top(frame, sp)));
            case 0x40 -> binary(frame, sp, SimdI32x4.i32x4GeU(below(frame, sp), top(frame, sp)));
            case 0x41 -> binary(frame, sp, SimdF32x4.f32x4Eq(below(frame, sp), top(frame, sp)));
            case 0x42 -> binary(frame, sp, SimdF32x4.f32x4Ne(below(frame, sp), top(frame, sp)));
            case 0x43 -> binary(frame, sp, SimdF32x4.f32x4Lt(below(frame, sp), top(frame, sp)));
            case 0x44 -> binary(frame, sp, SimdF32x4.f32x4Gt(below(frame, sp), top(frame, sp)));
            case 0x45 -> binary(frame, sp, SimdF32x4.f32x4Le(below(frame, sp), top(frame, sp)));
            case 0x46 -> binary(frame, sp, SimdF32x4.f32x4Ge(below(frame, sp), top(frame, sp)));
            case 0x47 -> binary(frame, sp, SimdF64x2.f64x2Eq(below(frame, sp), top(frame, sp)));
            case 0x48 -> binary(frame, sp, SimdF64x2.f64x2Ne(below(frame, sp), top(frame, sp)));
            case 0x49 -> binary(frame, sp, SimdF64x2.f64x2Lt(below(frame, sp), top(frame, sp)));
            case 0x4A -> binary(frame, sp, SimdF64x2.f64x2Gt(below(frame, sp), top(frame, sp)));
            case 0x4B -> binary(frame, sp, SimdF64x2.f64x2Le(below(frame, sp), top(frame, sp)));
            case 0x4C -> binary(frame, sp, SimdF64x2.f64x2Ge(below(frame, sp), top(frame, sp)));
            case 0x4D -> unary(frame, sp, SimdV128.v128Not(top(frame, sp)));
            case 0x4E -> binary(frame, sp, SimdV128.v128And(below(frame, sp), top(frame, sp)));
            case 0x4F -> binary(frame, sp, SimdV128.v128Andnot(below(frame, sp), top(frame, sp)));
            case 0x50 -> binary(frame, sp, SimdV128.v128Or(below(frame, sp), top(frame, sp)));
            case 0x51 -> binary(frame, sp, SimdV128.v128Xor(below(frame, sp), top(frame, sp)));
            case 0x52 -> ternary(frame, sp, SimdV128.v128Bitselect(third(frame, sp), below(frame, sp), top(frame, sp)));
            case 0x53 -> topI32(frame, sp, SimdV128.v128AnyTrue(top(frame, sp)));
            case 0x5E -> unary(frame, sp, SimdF32x4.f32x4DemoteF64x2Zero(top(frame, sp)));
            case 0x5F -> unary(frame, sp, SimdF64x2.f64x2PromoteLowF32x4(top(frame, sp)));
            case 0x60 -> unary(frame, sp, SimdI8x16.i8x16Abs(top(frame, sp)));
            case 0x61 -> unary(frame, sp, SimdI8x16.i8x16Neg(top(frame, sp)));
            case 0x62 -> unary(frame, sp, SimdI8x16.i8x16Popcnt(top(frame, sp)));
            case 0x63 -> topI32(frame, sp, SimdI8x16.i8x16AllTrue(top(frame, sp)));
            case 0x64 -> topI32(frame, sp, SimdI8x16.i8x16Bitmask(top(frame, sp)));
            case 0x65 -> binary(frame, sp, SimdI8x16.i8x16NarrowI16x8S(below(frame, sp), top(frame, sp)));
            case 0x66 -> binary(frame, sp, SimdI8x16.i8x16NarrowI16x8U(below(frame, sp), top(frame, sp)));
            case 0x67 -> unary(frame, sp, SimdF32x4.f32x4Ceil(top(frame, sp)));
            case 0x68 -> unary(frame, sp, SimdF32x4.f32x4Floor(top(frame, sp)));
            case 0x69 -> unary(frame, sp, SimdF32x4.f32x4Trunc(top(frame, sp)));
            case 0x6A -> unary(frame, sp, SimdF32x4.f32x4Nearest(top(frame, sp)));
            case 0x6B -> binary(frame, sp, SimdI8x16.i8x16Shl(below(frame, sp), Slots.i32(frame, sp - 1)));
            case 0x6C -> binary(frame, sp, SimdI8x16.i8x16ShrS(below(frame, sp), Slots.i32(frame, sp - 1)));
            case 0x6D -> binary(frame, sp, SimdI8x16.i8x16ShrU(below(frame, sp), Slots.i32(frame, sp - 1)));
            case 0x6E -> binary(frame, sp, SimdI8x16.i8x16Add(below(frame, sp), top(frame, sp)));
            case 0x6F -> binary(frame, sp, SimdI8x16.i8x16AddSatS(below(frame, sp), top(frame, sp)));
            case 0x70 -> binary(frame, sp, SimdI8x16.i8x16AddSatU(below(frame, sp), top(frame, sp)));
            case 0x71 -> binary(frame, sp, SimdI8x16.i8x16Sub(below(frame, sp), top(frame, sp)));
            case 0x72 -> binary(frame, sp, SimdI8x16.i8x16SubSatS(below(frame, sp), top(frame, sp)));
            case 0x73 -> binary(frame, sp, SimdI8x16.i8x16SubSatU(below(frame, sp), top(frame, sp)));
            case 0x74 -> unary(frame, sp, SimdF64x2.f64x2Ceil(top(frame, sp)));
            case 0x75 -> unary(frame, sp, SimdF64x2.f64x2Floor(top(frame, sp)));
            case 0x76 -> binary(frame, sp, SimdI8x16.i8x16MinS(below(frame, sp), top(frame, sp)));
            case 0x77 -> binary(frame, sp, SimdI8x16.i8x16MinU(below(frame, sp), top(frame, sp)));
            case 0x78 -> binary(frame, sp, SimdI8x16.i8x16MaxS(below(frame, sp), top(frame, sp)));
            case 0x79 -> binary(frame, sp, SimdI8x16.i8x16MaxU(below(frame, sp), top(frame, sp)));
            case 0x7A -> unary(frame, sp, SimdF64x2.f64x2Trunc(top(frame, sp)));
            case 0x7B -> binary(frame, sp, SimdI8x16.i8x16AvgrU(below(frame, sp), top(frame, sp)));
            case 0x7C -> unary(frame, sp, SimdI16x8.i16x8ExtaddPairwiseI8x16S(top(frame, sp)));
            case 0x7D -> unary(frame, sp, SimdI16x8.i16x8ExtaddPairwiseI8x16U(top(frame, sp)));
            case 0x7E -> unary(frame, sp, SimdI32x4.i32x4ExtaddPairwiseI16x8S(top(frame, sp)));
            case 0x7F -> unary(frame, sp, SimdI32x4.i32x4ExtaddPairwiseI16x8U(top(frame, sp)));
            default -> throw CompilerDirectives.shouldNotReachHere("no SIMD instruction 0x" + Integer.toHexString(sub));
        };
    }

    /** Sub-opcodes from 0x80: i16x8, i32x4, i64x2, f32x4 and f64x2 arithmetic and conversions. */
    private static int executeHigh(VirtualFrame frame, Object[] constants, int sp, int sub, int imm) {
        return switch (sub) {
            case 0x80 -> unary(frame, sp, SimdI16x8.i16x8Abs(top(frame, sp)));
            case 0x81 -> unary(frame, sp, SimdI16x8.i16x8Neg(top(frame, sp)));
            case 0x82 -> binary(frame, sp, SimdI16x8.i16x8Q15mulrSatS(below(frame, sp), top(frame, sp)));
            case 0x83 -> topI32(frame, sp, SimdI16x8.i16x8AllTrue(top(frame, sp)));
            case 0x84 -> topI32(frame, sp, SimdI16x8.i16x8Bitmask(top(frame, sp)));
            case 0x85 -> binary(frame, sp, SimdI16x8.i16x8NarrowI32x4S(below(frame, sp), top(frame, sp)));
            case 0x86 -> binary(frame, sp, SimdI16x8.i16x8NarrowI32x4U(below(frame, sp), top(frame, sp)));
            case 0x87 -> unary(frame, sp, SimdI16x8.i16x8ExtendLowI8x16S(top(frame, sp)));
            case 0x88 -> unary(frame, sp, SimdI16x8.i16x8ExtendHighI8x16S(top(frame, sp)));
            case 0x89 -> unary(frame, sp, SimdI16x8.i16x8ExtendLowI8x16U(top(frame, sp)));
            case 0x8A -> unary(frame, sp, SimdI16x8.i16x8ExtendHighI8x16U(top(frame, sp)));
            case 0x8B -> binary(frame, sp, SimdI16x8.i16x8Shl(below(frame, sp), Slots.i32(frame, sp - 1)));
            case 0x8C -> binary(frame, sp, SimdI16x8.i16x8ShrS(below(frame, sp), Slots.i32(frame, sp - 1)));
            case 0x8D -> binary(frame, sp, SimdI16x8.i16x8ShrU(below(frame, sp), Slots.i32(frame, sp - 1)));
            case 0x8E -> binary(frame, sp, SimdI16x8.i16x8Add(below(frame, sp), top(frame, sp)));
            case 0x8F -> binary(frame, sp, SimdI16x8.i16x8AddSatS(below(frame, sp), top(frame, sp)));
            case 0x90 -> binary(frame, sp, SimdI16x8.i16x8AddSatU(below(frame, sp), top(frame, sp)));
            case 0x91 -> binary(frame, sp, SimdI16x8.i16x8Sub(below(frame, sp), top(frame, sp)));
            case 0x92 -> binary(frame, sp, SimdI16x8.i16x8SubSatS(below(frame, sp), top(frame, sp)));
            case 0x93 -> binary(frame, sp, SimdI16x8.i16x8SubSatU(below(frame, sp), top(frame, sp)));
            case 0x94 -> unary(frame, sp, SimdF64x2.f64x2Nearest(top(frame, sp)));
            case 0x95 -> binary(frame, sp, SimdI16x8.i16x8Mul(below(frame, sp), top(frame, sp)));
            case 0x96 -> binary(frame, sp, SimdI16x8.i16x8MinS(below(frame, sp), top(frame, sp)));
            case 0x97 -> binary(frame, sp, SimdI16x8.i16x8MinU(below(frame, sp), top(frame, sp)));
            case 0x98 -> binary(frame, sp, SimdI16x8.i16x8MaxS(below(frame, sp), top(frame, sp)));
            case 0x99 -> binary(frame, sp, SimdI16x8.i16x8MaxU(below(frame, sp), top(frame, sp)));
            case 0x9B -> binary(frame, sp, SimdI16x8.i16x8AvgrU(below(frame, sp), top(frame, sp)));
            case 0x9C -> binary(frame, sp, SimdI16x8.i16x8ExtmulLowI8x16S(below(frame, sp), top(frame, sp)));
            case 0x9D -> binary(frame, sp, SimdI16x8.i16x8ExtmulHighI8x16S(below(frame, sp), top(frame, sp)));
            case 0x9E -> binary(frame, sp, SimdI16x8.i16x8ExtmulLowI8x16U(below(frame, sp), top(frame, sp)));
            case 0x9F -> binary(frame, sp, SimdI16x8.i16x8ExtmulHighI8x16U(below(frame, sp), top(frame, sp)));
            case 0xA0 -> unary(frame, sp, SimdI32x4.i32x4Abs(top(frame, sp)));
            case 0xA1 -> unary(frame, sp, SimdI32x4.i32x4Neg(top(frame, sp)));
            case 0xA3 -> topI32(frame, sp, SimdI32x4.i32x4AllTrue(top(frame, sp)));
            case 0xA4 -> topI32(frame, sp, SimdI32x4.i32x4Bitmask(top(frame, sp)));
            case 0xA7 -> unary(frame, sp, SimdI32x4.i32x4ExtendLowI16x8S(top(frame, sp)));
            case 0xA8 -> unary(frame, sp, SimdI32x4.i32x4ExtendHighI16x8S(top(frame, sp)));
            case 0xA9 -> unary(frame, sp, SimdI32x4.i32x4ExtendLowI16x8U(top(frame, sp)));
            case 0xAA -> unary(frame, sp, SimdI32x4.i32x4ExtendHighI16x8U(top(frame, sp)));
            case 0xAB -> binary(frame, sp, SimdI32x4.i32x4Shl(below(frame, sp), Slots.i32(frame, sp - 1)));
            case 0xAC -> binary(frame, sp, SimdI32x4.i32x4ShrS(below(frame, sp), Slots.i32(frame, sp - 1)));
            case 0xAD -> binary(frame, sp, SimdI32x4.i32x4ShrU(below(frame, sp), Slots.i32(frame, sp - 1)));
            case 0xAE -> binary(frame, sp, SimdI32x4.i32x4Add(below(frame, sp), top(frame, sp)));
            case 0xB1 -> binary(frame, sp, SimdI32x4.i32x4Sub(below(frame, sp), top(frame, sp)));
            case 0xB5 -> binary(frame, sp, SimdI32x4.i32x4Mul(below(frame, sp), top(frame, sp)));
            case 0xB6 -> binary(frame, sp, SimdI32x4.i32x4MinS(below(frame, sp), top(frame, sp)));
            case 0xB7 -> binary(frame, sp, SimdI32x4.i32x4MinU(below(frame, sp), top(frame, sp)));
            case 0xB8 -> binary(frame, sp, SimdI32x4.i32x4MaxS(below(frame, sp), top(frame, sp)));
            case 0xB9 -> binary(frame, sp, SimdI32x4.i32x4MaxU(below(frame, sp), top(frame, sp)));
            case 0xBA -> binary(frame, sp, SimdI32x4.i32x4DotI16x8S(below(frame, sp), top(frame, sp)));
            case 0xBC -> binary(frame, sp, SimdI32x4.i32x4ExtmulLowI16x8S(below(frame, sp), top(frame, sp)));
            case 0xBD -> binary(frame, sp, SimdI32x4.i32x4ExtmulHighI16x8S(below(frame, sp), top(frame, sp)));
            case 0xBE -> binary(frame, sp, SimdI32x4.i32x4ExtmulLowI16x8U(below(frame, sp), top(frame, sp)));
            case 0xBF -> binary(frame, sp, SimdI32x4.i32x4ExtmulHighI16x8U(below(frame, sp), top(frame, sp)));
            case 0xC0 -> unary(frame, sp, SimdI64x2.i64x2Abs(top(frame, sp)));
            case 0xC1 -> unary(frame, sp, SimdI64x2.i64x2Neg(top(frame, sp)));
            case 0xC3 -> topI32(frame, sp, SimdI64x2.i64x2AllTrue(top(frame, sp)));
            case 0xC4 -> topI32(frame, sp, SimdI64x2.i64x2Bitmask(top(frame, sp)));
            case 0xC7 -> unary(frame, sp, SimdI64x2.i64x2ExtendLowI32x4S(top(frame, sp)));
            case 0xC8 -> unary(frame, sp, SimdI64x2.i64x2ExtendHighI32x4S(top(frame, sp)));
            case 0xC9 -> unary(frame, sp, SimdI64x2.i64x2ExtendLowI32x4U(top(frame, sp)));
            case 0xCA -> unary(frame, sp, SimdI64x2.i64x2ExtendHighI32x4U(top(frame, sp)));
            case 0xCB -> binary(frame, sp, SimdI64x2.i64x2Shl(below(frame, sp), Slots.i32(frame, sp - 1)));
            case 0xCC -> binary(frame, sp, SimdI64x2.i64x2ShrS(below(frame, sp), Slots.i32(frame, sp - 1)));
            case 0xCD -> binary(frame, sp, SimdI64x2.i64x2ShrU(below(frame, sp), Slots.i32(frame, sp - 1)));
            case 0xCE -> binary(frame, sp, SimdI64x2.i64x2Add(below(frame, sp), top(frame, sp)));
            case 0xD1 -> binary(frame, sp, SimdI64x2.i64x2Sub(below(frame, sp), top(frame, sp)));
            case 0xD5 -> binary(frame, sp, SimdI64x2.i64x2Mul(below(frame, sp), top(frame, sp)));
            case 0xD6 -> binary(frame, sp, SimdI64x2.i64x2Eq(below(frame, sp), top(frame, sp)));
            case 0xD7 -> binary(frame, sp, SimdI64x2.i64x2Ne(below(frame, sp), top(frame, sp)));
            case 0xD8 -> binary(frame, sp, SimdI64x2.i64x2LtS(below(frame, sp), top(frame, sp)));
            case 0xD9 -> binary(frame, sp, SimdI64x2.i64x2GtS(below(frame, sp), top(frame, sp)));
            case 0xDA -> binary(frame, sp, SimdI64x2.i64x2LeS(below(frame, sp), top(frame, sp)));
            case 0xDB -> binary(frame, sp, SimdI64x2.i64x2GeS(below(frame, sp), top(frame, sp)));
            case 0xDC -> binary(frame, sp, SimdI64x2.i64x2ExtmulLowI32x4S(below(frame, sp), top(frame, sp)));
            case 0xDD -> binary(frame, sp, SimdI64x2.i64x2ExtmulHighI32x4S(below(frame, sp), top(frame, sp)));
            case 0xDE -> binary(frame, sp, SimdI64x2.i64x2ExtmulLowI32x4U(below(frame, sp), top(frame, sp)));
            case 0xDF -> binary(frame, sp, SimdI64x2.i64x2ExtmulHighI32x4U(below(frame, sp), top(frame, sp)));
            case 0xE0 -> unary(frame, sp, SimdF32x4.f32x4Abs(top(frame, sp)));
            case 0xE1 -> unary(frame, sp, SimdF32x4.f32x4Neg(top(frame, sp)));
            case 0xE3 -> unary(frame, sp, SimdF32x4.f32x4Sqrt(top(frame, sp)));
            case 0xE4 -> binary(frame, sp, SimdF32x4.f32x4Add(below(frame, sp), top(frame, sp)));
            case 0xE5 -> binary(frame, sp, SimdF32x4.f32x4Sub(below(frame, sp), top(frame, sp)));
            case 0xE6 -> binary(frame, sp, SimdF32x4.f32x4Mul(below(frame, sp), top(frame, sp)));
            case 0xE7 -> binary(frame, sp, SimdF32x4.f32x4Div(below(frame, sp), top(frame, sp)));
            case 0xE8 -> binary(frame, sp, SimdF32x4.f32x4Min(below(frame, sp), top(frame, sp)));
            case 0xE9 -> binary(frame, sp, SimdF32x4.f32x4Max(below(frame, sp), top(frame, sp)));
            case 0xEA -> binary(frame, sp, SimdF32x4.f32x4Pmin(below(frame, sp), top(frame, sp)));
            case 0xEB -> binary(frame, sp, SimdF32x4.f32x4Pmax(below(frame, sp), top(frame, sp)));
            case 0xEC -> unary(frame, sp, SimdF64x2.f64x2Abs(top(frame, sp)));
            case 0xED -> unary(frame, sp, SimdF64x2.f64x2Neg(top(frame, sp)));
            case 0xEF -> unary(frame, sp, SimdF64x2.f64x2Sqrt(top(frame, sp)));
            case 0xF0 -> binary(frame, sp, SimdF64x2.f64x2Add(below(frame, sp), top(frame, sp)));
            case 0xF1 -> binary(frame, sp, SimdF64x2.f64x2Sub(below(frame, sp), top(frame, sp)));
            case 0xF2 -> binary(frame, sp, SimdF64x2.f64x2Mul(below(frame, sp), top(frame, sp)));
            case 0xF3 -> binary(frame, sp, SimdF64x2.f64x2Div(below(frame, sp), top(frame, sp)));
            case 0xF4 -> binary(frame, sp, SimdF64x2.f64x2Min(below(frame, sp), top(frame, sp)));
            case 0xF5 -> binary(frame, sp, SimdF64x2.f64x2Max(below(frame, sp), top(frame, sp)));
            case 0xF6 -> binary(frame, sp, SimdF64x2.f64x2Pmin(below(frame, sp), top(frame, sp)));
            case 0xF7 -> binary(frame, sp, SimdF64x2.f64x2Pmax(below(frame, sp), top(frame, sp)));
            case 0xF8 -> unary(frame, sp, SimdI32x4.i32x4TruncSatF32x4S(top(frame, sp)));
            case 0xF9 -> unary(frame, sp, SimdI32x4.i32x4TruncSatF32x4U(top(frame, sp)));
            case 0xFA -> unary(frame, sp, SimdF32x4.f32x4ConvertI32x4S(top(frame, sp)));
            case 0xFB -> unary(frame, sp, SimdF32x4.f32x4ConvertI32x4U(top(frame, sp)));
            case 0xFC -> unary(frame, sp, SimdI32x4.i32x4TruncSatF64x2SZero(top(frame, sp)));
            case 0xFD -> unary(frame, sp, SimdI32x4.i32x4TruncSatF64x2UZero(top(frame, sp)));
            case 0xFE -> unary(frame, sp, SimdF64x2.f64x2ConvertLowI32x4S(top(frame, sp)));
            case 0xFF -> unary(frame, sp, SimdF64x2.f64x2ConvertLowI32x4U(top(frame, sp)));
            default -> throw CompilerDirectives.shouldNotReachHere("no SIMD instruction 0x" + Integer.toHexString(sub));
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
