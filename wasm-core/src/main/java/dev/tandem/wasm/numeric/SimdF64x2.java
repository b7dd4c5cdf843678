package dev.tandem.wasm.numeric;

/**
 * The f64x2 SIMD instructions. Each lane follows the scalar f64 rules of {@link FloatOps}
 * (NaN choices included), so SIMD and scalar code give the same bits. Lane 0 is {@code lo}.
 */
public final class SimdF64x2 {

    private static final long SIGN = 0x8000_0000_0000_0000L;

    private SimdF64x2() {
    }

    // ---- lanes ----

    public static V128 f64x2Splat(double x) {
        long h = Double.doubleToRawLongBits(x);
        return new V128(h, h);
    }

    public static double f64x2ExtractLane(V128 v, int lane) {
        return Double.longBitsToDouble(lane == 0 ? v.lo() : v.hi());
    }

    public static V128 f64x2ReplaceLane(V128 v, int lane, double x) {
        return SimdI64x2.i64x2ReplaceLane(v, lane, Double.doubleToRawLongBits(x));
    }

    // ---- comparisons (all-ones lane for true; NaN compares unequal to everything) ----

    public static V128 f64x2Eq(V128 a, V128 b) {
        return new V128(mask(lo(a) == lo(b)), mask(hi(a) == hi(b)));
    }

    public static V128 f64x2Ne(V128 a, V128 b) {
        return new V128(mask(lo(a) != lo(b)), mask(hi(a) != hi(b)));
    }

    public static V128 f64x2Lt(V128 a, V128 b) {
        return new V128(mask(lo(a) < lo(b)), mask(hi(a) < hi(b)));
    }

    public static V128 f64x2Gt(V128 a, V128 b) {
        return new V128(mask(lo(a) > lo(b)), mask(hi(a) > hi(b)));
    }

    public static V128 f64x2Le(V128 a, V128 b) {
        return new V128(mask(lo(a) <= lo(b)), mask(hi(a) <= hi(b)));
    }

    public static V128 f64x2Ge(V128 a, V128 b) {
        return new V128(mask(lo(a) >= lo(b)), mask(hi(a) >= hi(b)));
    }

    // ---- sign bit operations (pure bit operations: NaN payloads kept) ----

    public static V128 f64x2Abs(V128 a) {
        return new V128(a.lo() & ~SIGN, a.hi() & ~SIGN);
    }

    public static V128 f64x2Neg(V128 a) {
        return new V128(a.lo() ^ SIGN, a.hi() ^ SIGN);
    }

    // ---- rounding and sqrt ----

    public static V128 f64x2Ceil(V128 a) {
        return of(FloatOps.f64Ceil(lo(a)), FloatOps.f64Ceil(hi(a)));
    }

    public static V128 f64x2Floor(V128 a) {
        return of(FloatOps.f64Floor(lo(a)), FloatOps.f64Floor(hi(a)));
    }

    public static V128 f64x2Trunc(V128 a) {
        return of(FloatOps.f64Trunc(lo(a)), FloatOps.f64Trunc(hi(a)));
    }

    public static V128 f64x2Nearest(V128 a) {
        return of(FloatOps.f64Nearest(lo(a)), FloatOps.f64Nearest(hi(a)));
    }

    public static V128 f64x2Sqrt(V128 a) {
        return of(Math.sqrt(lo(a)), Math.sqrt(hi(a)));
    }

    // ---- arithmetic ----

    public static V128 f64x2Add(V128 a, V128 b) {
        return of(lo(a) + lo(b), hi(a) + hi(b));
    }

    public static V128 f64x2Sub(V128 a, V128 b) {
        return of(lo(a) - lo(b), hi(a) - hi(b));
    }

    public static V128 f64x2Mul(V128 a, V128 b) {
        return of(lo(a) * lo(b), hi(a) * hi(b));
    }

    public static V128 f64x2Div(V128 a, V128 b) {
        return of(lo(a) / lo(b), hi(a) / hi(b));
    }

    public static V128 f64x2Min(V128 a, V128 b) {
        return of(FloatOps.f64Min(lo(a), lo(b)), FloatOps.f64Min(hi(a), hi(b)));
    }

    public static V128 f64x2Max(V128 a, V128 b) {
        return of(FloatOps.f64Max(lo(a), lo(b)), FloatOps.f64Max(hi(a), hi(b)));
    }

    /** Pseudo-minimum, {@code b < a ? b : a}: no NaN or signed-zero rules, the first operand wins ties. */
    public static V128 f64x2Pmin(V128 a, V128 b) {
        return of(lo(b) < lo(a) ? lo(b) : lo(a), hi(b) < hi(a) ? hi(b) : hi(a));
    }

    /** Pseudo-maximum, {@code a < b ? b : a}. */
    public static V128 f64x2Pmax(V128 a, V128 b) {
        return of(lo(a) < lo(b) ? lo(b) : lo(a), hi(a) < hi(b) ? hi(b) : hi(a));
    }

    // ---- conversions ----

    /** From f32 lanes 0 and 1 (NaN as in {@link Conversions#f64PromoteF32}). */
    public static V128 f64x2PromoteLowF32x4(V128 a) {
        return of(Conversions.f64PromoteF32(Lanes.lowF32(a.lo())), Conversions.f64PromoteF32(Lanes.highF32(a.lo())));
    }

    /** From i32 lanes 0 and 1, exactly. */
    public static V128 f64x2ConvertLowI32x4S(V128 a) {
        return of((int) a.lo(), (int) (a.lo() >>> 32));
    }

    public static V128 f64x2ConvertLowI32x4U(V128 a) {
        return of(a.lo() & 0xFFFF_FFFFL, a.lo() >>> 32);
    }

    // ---- helpers ----

    private static double lo(V128 v) {
        return Double.longBitsToDouble(v.lo());
    }

    private static double hi(V128 v) {
        return Double.longBitsToDouble(v.hi());
    }

    private static V128 of(double lane0, double lane1) {
        return new V128(Double.doubleToRawLongBits(lane0), Double.doubleToRawLongBits(lane1));
    }

    private static long mask(boolean b) {
        return b ? -1L : 0L;
    }
}
