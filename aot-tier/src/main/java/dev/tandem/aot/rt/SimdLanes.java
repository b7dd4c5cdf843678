package dev.tandem.aot.rt;

import dev.tandem.wasm.numeric.SimdF32x4;
import dev.tandem.wasm.numeric.SimdF64x2;
import dev.tandem.wasm.numeric.SimdI16x8;
import dev.tandem.wasm.numeric.SimdI32x4;
import dev.tandem.wasm.numeric.SimdI64x2;
import dev.tandem.wasm.numeric.SimdI8x16;
import dev.tandem.wasm.numeric.V128;

/**
 * SIMD instructions with immediates, in the order generated code has their operands: the stack
 * operands first, then the immediate (wasm-core's methods take the lane index before the new lane
 * value). {@code extract_lane} needs no adapter: its immediate comes last already.
 */
public final class SimdLanes {

    private SimdLanes() {
    }


    /** {@code i8x16.shuffle}: the 16 lane indices are the immediate's bytes, little-endian in two longs. */
    public static V128 i8x16Shuffle(V128 a, V128 b, long lo, long hi) {
        return SimdI8x16.i8x16Shuffle(a, b, new V128(lo, hi));
    }

    public static V128 i8x16ReplaceLane(V128 v, int x, int lane) {
        return SimdI8x16.i8x16ReplaceLane(v, lane, x);
    }

    public static V128 i16x8ReplaceLane(V128 v, int x, int lane) {
        return SimdI16x8.i16x8ReplaceLane(v, lane, x);
    }

    public static V128 i32x4ReplaceLane(V128 v, int x, int lane) {
        return SimdI32x4.i32x4ReplaceLane(v, lane, x);
    }

    public static V128 i64x2ReplaceLane(V128 v, long x, int lane) {
        return SimdI64x2.i64x2ReplaceLane(v, lane, x);
    }

    public static V128 f32x4ReplaceLane(V128 v, float x, int lane) {
        return SimdF32x4.f32x4ReplaceLane(v, lane, x);
    }

    public static V128 f64x2ReplaceLane(V128 v, double x, int lane) {
        return SimdF64x2.f64x2ReplaceLane(v, lane, x);
    }
}
