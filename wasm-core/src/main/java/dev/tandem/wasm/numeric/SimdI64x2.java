package dev.tandem.wasm.numeric;

/** The i64x2 SIMD instructions. Lane 0 is {@code lo}, lane 1 is {@code hi} (see {@link V128}). */
public final class SimdI64x2 {

    private SimdI64x2() {
    }

    // ---- lanes ----

    public static V128 i64x2Splat(long x) {
        return new V128(x, x);
    }

    public static long i64x2ExtractLane(V128 v, int lane) {
        return lane == 0 ? v.lo() : v.hi();
    }

    public static V128 i64x2ReplaceLane(V128 v, int lane, long x) {
        return lane == 0 ? new V128(x, v.hi()) : new V128(v.lo(), x);
    }

    // ---- comparisons (all-ones lane for true; Wasm 2.0 has only the signed ones) ----

    public static V128 i64x2Eq(V128 a, V128 b) {
        return new V128(mask(a.lo() == b.lo()), mask(a.hi() == b.hi()));
    }

    public static V128 i64x2Ne(V128 a, V128 b) {
        return new V128(mask(a.lo() != b.lo()), mask(a.hi() != b.hi()));
    }

    public static V128 i64x2LtS(V128 a, V128 b) {
        return new V128(mask(a.lo() < b.lo()), mask(a.hi() < b.hi()));
    }

    public static V128 i64x2GtS(V128 a, V128 b) {
        return new V128(mask(a.lo() > b.lo()), mask(a.hi() > b.hi()));
    }

    public static V128 i64x2LeS(V128 a, V128 b) {
        return new V128(mask(a.lo() <= b.lo()), mask(a.hi() <= b.hi()));
    }

    public static V128 i64x2GeS(V128 a, V128 b) {
        return new V128(mask(a.lo() >= b.lo()), mask(a.hi() >= b.hi()));
    }

    // ---- unary and reductions ----

    /** {@code abs(MIN_VALUE)} is MIN_VALUE: the lane wraps, as in Wasm. */
    public static V128 i64x2Abs(V128 a) {
        return new V128(Math.abs(a.lo()), Math.abs(a.hi()));
    }

    public static V128 i64x2Neg(V128 a) {
        return new V128(-a.lo(), -a.hi());
    }

    public static int i64x2AllTrue(V128 a) {
        return a.lo() != 0 && a.hi() != 0 ? 1 : 0;
    }

    public static int i64x2Bitmask(V128 a) {
        return (int) ((a.lo() >>> 63) | (a.hi() >>> 62) & 2);
    }

    // ---- widening from i32x4 ----

    public static V128 i64x2ExtendLowI32x4S(V128 a) {
        return new V128((int) a.lo(), (int) (a.lo() >>> 32));
    }

    public static V128 i64x2ExtendHighI32x4S(V128 a) {
        return new V128((int) a.hi(), (int) (a.hi() >>> 32));
    }

    public static V128 i64x2ExtendLowI32x4U(V128 a) {
        return new V128(a.lo() & 0xFFFF_FFFFL, a.lo() >>> 32);
    }

    public static V128 i64x2ExtendHighI32x4U(V128 a) {
        return new V128(a.hi() & 0xFFFF_FFFFL, a.hi() >>> 32);
    }

    public static V128 i64x2ExtmulLowI32x4S(V128 a, V128 b) {
        return new V128((long) (int) a.lo() * (int) b.lo(), (long) (int) (a.lo() >>> 32) * (int) (b.lo() >>> 32));
    }

    public static V128 i64x2ExtmulHighI32x4S(V128 a, V128 b) {
        return new V128((long) (int) a.hi() * (int) b.hi(), (long) (int) (a.hi() >>> 32) * (int) (b.hi() >>> 32));
    }

    /** Wraps past 2^63 just as Wasm's 64-bit lanes do: the low 64 bits of the unsigned product. */
    public static V128 i64x2ExtmulLowI32x4U(V128 a, V128 b) {
        return new V128((a.lo() & 0xFFFF_FFFFL) * (b.lo() & 0xFFFF_FFFFL), (a.lo() >>> 32) * (b.lo() >>> 32));
    }

    public static V128 i64x2ExtmulHighI32x4U(V128 a, V128 b) {
        return new V128((a.hi() & 0xFFFF_FFFFL) * (b.hi() & 0xFFFF_FFFFL), (a.hi() >>> 32) * (b.hi() >>> 32));
    }

    // ---- shifts (count taken modulo 64, as the JVM does too) ----

    public static V128 i64x2Shl(V128 a, int count) {
        return new V128(a.lo() << count, a.hi() << count);
    }

    public static V128 i64x2ShrS(V128 a, int count) {
        return new V128(a.lo() >> count, a.hi() >> count);
    }

    public static V128 i64x2ShrU(V128 a, int count) {
        return new V128(a.lo() >>> count, a.hi() >>> count);
    }

    // ---- arithmetic ----

    public static V128 i64x2Add(V128 a, V128 b) {
        return new V128(a.lo() + b.lo(), a.hi() + b.hi());
    }

    public static V128 i64x2Sub(V128 a, V128 b) {
        return new V128(a.lo() - b.lo(), a.hi() - b.hi());
    }

    public static V128 i64x2Mul(V128 a, V128 b) {
        return new V128(a.lo() * b.lo(), a.hi() * b.hi());
    }

    private static long mask(boolean b) {
        return b ? -1L : 0L;
    }
}
