/**
 * SIMD operations on the halves of a v128, the form generated code keeps vectors in (two longs, see
 * {@code codegen.JvmValues}): a lane-wise operation is one method applied to the low halves and then
 * to the high halves, so no {@code V128} object is ever made for it. The methods are small and
 * allocation-free, bit-parallel (SWAR) where that is simple (additions, saturating unsigned
 * arithmetic, logical shifts, unsigned widening, pairwise sums, unsigned narrowing) and per lane
 * elsewhere, so C2 inlines them and unrolls their loops. The spec suite's SIMD files check every one
 * against the expected results, which is what lets them stand in for wasm-core's SIMD operations (the
 * brief's "intrinsic proven equal by the spec tests"); instructions without a method here are
 * wasm-core's, called with {@code V128}s.
 *
 * <p>Lanes are little-endian within a half: lane 0 of i8x16 is the low byte of the low half. The code
 * generator finds a method by the instruction's name ({@code i16x8.add} is {@code i16x8Add}) and
 * applies it by its kind (see {@code codegen.SimdEmitter}).
 */
package dev.tandem.aot.rt.simd;
