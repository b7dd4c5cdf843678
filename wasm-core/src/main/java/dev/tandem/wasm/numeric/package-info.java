/**
 * Wasm numeric semantics shared by both tiers: the Truffle nodes call these methods and the AOT
 * tier emits {@code invokestatic} to them, so an operation is defined once.
 *
 * <p>Conventions the tiers can rely on:
 * <ul>
 *   <li>One public static method per instruction, named after it in camel case
 *       ({@code i32.div_s} is {@link dev.tandem.wasm.numeric.IntOps#i32DivS},
 *       {@code i8x16.extract_lane_s} is {@link dev.tandem.wasm.numeric.SimdI8x16#i8x16ExtractLaneS}).
 *       Instructions that are exactly one JVM bytecode ({@code i32.add}, {@code f64.mul}, ...) have
 *       no method. Scalar classes: {@link dev.tandem.wasm.numeric.IntOps},
 *       {@link dev.tandem.wasm.numeric.FloatOps}, {@link dev.tandem.wasm.numeric.Conversions}; SIMD
 *       classes one per lane shape plus {@link dev.tandem.wasm.numeric.SimdV128}.</li>
 *   <li>Wasm types map to {@code int}, {@code long}, {@code float}, {@code double} and
 *       {@link dev.tandem.wasm.numeric.V128}; comparisons return an i32 0 or 1.</li>
 *   <li>Immediates are parameters: a lane index comes right after the vector operand
 *       ({@code i16x8ReplaceLane(v, lane, x)}); the 16 shuffle indices come last, packed in a
 *       {@code V128}. Shift counts are the i32 operand, reduced modulo the lane width here.</li>
 *   <li>Traps are thrown as {@link dev.tandem.wasm.numeric.WasmTrap} carrying a
 *       {@link dev.tandem.wasm.numeric.TrapKind}; nothing else is thrown.</li>
 *   <li>NaN results are deterministic (see {@link dev.tandem.wasm.numeric.FloatOps}), so two tiers
 *       calling the same method agree bit for bit.</li>
 *   <li>Scalar methods are allocation-free and at most 35 bytes of bytecode (HotSpot's
 *       {@code MaxInlineSize}); their trap paths are out of line.</li>
 * </ul>
 */
package dev.tandem.wasm.numeric;
