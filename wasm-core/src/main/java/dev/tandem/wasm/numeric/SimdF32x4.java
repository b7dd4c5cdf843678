package dev.tandem.wasm.numeric;

import static dev.tandem.wasm.numeric.Lanes.compareF32;
import static dev.tandem.wasm.numeric.Lanes.mapF32;

/**
 * The f32x4 SIMD instructions. Each lane follows the scalar f32 rules of {@link FloatOps}
 * (NaN choices included), so SIMD and scalar code give the same bits. Lane order as in {@link V128}.
 */
public final class SimdF32x4 {

    private static final long SIGNS = 0x8000_0000_8000_0000L;

    private SimdF32x4() {
    }

    // ---- lanes ----

    public static V128 f32x4Splat(float x) {
        long h = Lanes.packF32(x, x);
        return new V128(h, h);
    }

    public static float f32x4ExtractLane(V128 v, int lane) {
        return Float.intBitsToFloat(SimdI32x4.i32x4ExtractLane(v, lane));
    }

    public static V128 f32x4ReplaceLane(V128 v, int lane, float x) {
        return SimdI32x4.i32x4ReplaceLane(v, lane, Float.floatToRawIntBits(x));
    }

    // ---- comparisons (all-ones lane for true; NaN compares unequal to everything) ----

    public static V128 f32x4Eq(V128 a, V128 b) {
        return new V128(compareF32(a.lo(), b.lo(), (x, y) -> x == y), compareF32(a.hi(), b.hi(), (x, y) -> x == y));
    }

    public static V128 f32x4Ne(V128 a, V128 b) {
        return new V128(compareF32(a.lo(), b.lo(), (x, y) -> x != y), compareF32(a.hi(), b.hi(), (x, y) -> x != y));
    }

    public static V128 f32x4Lt(V128 a, V128 b) {
        return new V128(compareF32(a.lo(), b.lo(), (x, y) -> x < y), compareF32(a.hi(), b.hi(), (x, y) -> x < y));
    }

    public static V128 f32x4Gt(V128 a, V128 b) {
        return new V128(compareF32(a.lo(), b.lo(), (x, y) -> x > y), compareF32(a.hi(), b.hi(), (x, y) -> x > y));
    }

    public static V128 f32x4Le(V128 a, V128 b) {
        return new V128(compareF32(a.lo(), b.lo(), (x, y) -> x <= y), compareF32(a.hi(), b.hi(), (x, y) -> x <= y));
    }

    public static V128 f32x4Ge(V128 a, V128 b) {
        return new V128(compareF32(a.lo(), b.lo(), (x, y) -> x >= y), compareF32(a.hi(), b.hi(), (x, y) -> x >= y));
    }

    // ---- sign bit operations (pure bit operations: NaN payloads kept) ----

    public static V128 f32x4Abs(V128 a) {
        return new V128(a.lo() & ~SIGNS, a.hi() & ~SIGNS);
    }

    public static V128 f32x4Neg(V128 a) {
        return new V128(a.lo() ^ SIGNS, a.hi() ^ SIGNS);
    }

    // ---- rounding and sqrt ----

    public static V128 f32x4Ceil(V128 a) {
        return new V128(mapF32(a.lo(), FloatOps::f32Ceil), mapF32(a.hi(), FloatOps::f32Ceil));
    }

    public static V128 f32x4Floor(V128 a) {
        return new V128(mapF32(a.lo(), FloatOps::f32Floor), mapF32(a.hi(), FloatOps::f32Floor));
    }

    public static V128 f32x4Trunc(V128 a) {
        return new V128(mapF32(a.lo(), FloatOps::f32Trunc), mapF32(a.hi(), FloatOps::f32Trunc));
    }

    public static V128 f32x4Nearest(V128 a) {
        return new V128(mapF32(a.lo(), FloatOps::f32Nearest), mapF32(a.hi(), FloatOps::f32Nearest));
    }

    public static V128 f32x4Sqrt(V128 a) {
        return new V128(mapF32(a.lo(), FloatOps::f32Sqrt), mapF32(a.hi(), FloatOps::f32Sqrt));
    }

    // ---- arithmetic ----

    public static V128 f32x4Add(V128 a, V128 b) {
        return new V128(mapF32(a.lo(), b.lo(), Float::sum), mapF32(a.hi(), b.hi(), Float::sum));
    }

    public static V128 f32x4Sub(V128 a, V128 b) {
        return new V128(mapF32(a.lo(), b.lo(), (x, y) -> x - y), mapF32(a.hi(), b.hi(), (x, y) -> x - y));
    }

    public static V128 f32x4Mul(V128 a, V128 b) {
        return new V128(mapF32(a.lo(), b.lo(), (x, y) -> x * y), mapF32(a.hi(), b.hi(), (x, y) -> x * y));
    }

    public static V128 f32x4Div(V128 a, V128 b) {
        return new V128(mapF32(a.lo(), b.lo(), (x, y) -> x / y), mapF32(a.hi(), b.hi(), (x, y) -> x / y));
    }

    public static V128 f32x4Min(V128 a, V128 b) {
        return new V128(mapF32(a.lo(), b.lo(), FloatOps::f32Min), mapF32(a.hi(), b.hi(), FloatOps::f32Min));
    }

    public static V128 f32x4Max(V128 a, V128 b) {
        return new V128(mapF32(a.lo(), b.lo(), FloatOps::f32Max), mapF32(a.hi(), b.hi(), FloatOps::f32Max));
    }

    /** Pseudo-minimum, {@code b < a ? b : a}: no NaN or signed-zero rules, the first operand wins ties. */
    public static V128 f32x4Pmin(V128 a, V128 b) {
        return new V128(mapF32(a.lo(), b.lo(), (x, y) -> y < x ? y : x), mapF32(a.hi(), b.hi(), (x, y) -> y < x ? y : x));
    }

    /** Pseudo-maximum, {@code a < b ? b : a}. */
    public static V128 f32x4Pmax(V128 a, V128 b) {
        return new V128(mapF32(a.lo(), b.lo(), (x, y) -> x < y ? y : x), mapF32(a.hi(), b.hi(), (x, y) -> x < y ? y : x));
    }

    // ---- conversions ----

    /** Lanes 0 and 1 from the two f64 lanes (NaN as in {@link Conversions#f32DemoteF64}); lanes 2 and 3 are zero. */
    public static V128 f32x4DemoteF64x2Zero(V128 a) {
        return new V128(Lanes.packF32(Conversions.f32DemoteF64(Double.longBitsToDouble(a.lo())),
                Conversions.f32DemoteF64(Double.longBitsToDouble(a.hi()))), 0);
    }

    public static V128 f32x4ConvertI32x4S(V128 a) {
        return new V128(convertS(a.lo()), convertS(a.hi()));
    }

    public static V128 f32x4ConvertI32x4U(V128 a) {
        return new V128(convertU(a.lo()), convertU(a.hi()));
    }

    private static long convertS(long x) {
        return Lanes.packF32((int) x, (int) (x >>> 32));
    }

    private static long convertU(long x) {
        return Lanes.packF32(Conversions.f32ConvertI32U((int) x), Conversions.f32ConvertI32U((int) (x >>> 32)));
    }
}
