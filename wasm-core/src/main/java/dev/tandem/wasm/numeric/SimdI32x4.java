package dev.tandem.wasm.numeric;

import static dev.tandem.wasm.numeric.Lanes.map32;
import static dev.tandem.wasm.numeric.Lanes.pack32;

/**
 * The i32x4 SIMD instructions, including the saturating truncations from f32x4 and f64x2.
 * Lane 0 is the low half of {@code lo}, lane 3 the high half of {@code hi} (see {@link V128}).
 */
public final class SimdI32x4 {

    private SimdI32x4() {
    }

    // ---- lanes ----

    public static V128 i32x4Splat(int x) {
        long h = pack32(x, x);
        return new V128(h, h);
    }

    public static int i32x4ExtractLane(V128 v, int lane) {
        return (int) ((lane < 2 ? v.lo() : v.hi()) >>> ((lane & 1) << 5));
    }

    public static V128 i32x4ReplaceLane(V128 v, int lane, int x) {
        return Lanes.replace(v, lane << 2, 0xFFFF_FFFFL, x);
    }

    // ---- comparisons (all-ones lane for true) ----

    public static V128 i32x4Eq(V128 a, V128 b) {
        return new V128(map32(a.lo(), b.lo(), (x, y) -> x == y ? -1 : 0), map32(a.hi(), b.hi(), (x, y) -> x == y ? -1 : 0));
    }

    public static V128 i32x4Ne(V128 a, V128 b) {
        return new V128(map32(a.lo(), b.lo(), (x, y) -> x != y ? -1 : 0), map32(a.hi(), b.hi(), (x, y) -> x != y ? -1 : 0));
    }

    public static V128 i32x4LtS(V128 a, V128 b) {
        return new V128(map32(a.lo(), b.lo(), (x, y) -> x < y ? -1 : 0), map32(a.hi(), b.hi(), (x, y) -> x < y ? -1 : 0));
    }

    public static V128 i32x4LtU(V128 a, V128 b) {
        return new V128(map32(a.lo(), b.lo(), (x, y) -> Integer.compareUnsigned(x, y) < 0 ? -1 : 0),
                map32(a.hi(), b.hi(), (x, y) -> Integer.compareUnsigned(x, y) < 0 ? -1 : 0));
    }

    public static V128 i32x4GtS(V128 a, V128 b) {
        return i32x4LtS(b, a);
    }

    public static V128 i32x4GtU(V128 a, V128 b) {
        return i32x4LtU(b, a);
    }

    public static V128 i32x4LeS(V128 a, V128 b) {
        return new V128(map32(a.lo(), b.lo(), (x, y) -> x <= y ? -1 : 0), map32(a.hi(), b.hi(), (x, y) -> x <= y ? -1 : 0));
    }

    public static V128 i32x4LeU(V128 a, V128 b) {
        return new V128(map32(a.lo(), b.lo(), (x, y) -> Integer.compareUnsigned(x, y) <= 0 ? -1 : 0),
                map32(a.hi(), b.hi(), (x, y) -> Integer.compareUnsigned(x, y) <= 0 ? -1 : 0));
    }

    public static V128 i32x4GeS(V128 a, V128 b) {
        return i32x4LeS(b, a);
    }

    public static V128 i32x4GeU(V128 a, V128 b) {
        return i32x4LeU(b, a);
    }

    // ---- unary and reductions ----

    /** {@code abs(MIN_VALUE)} is MIN_VALUE: the lane wraps, as in Wasm. */
    public static V128 i32x4Abs(V128 a) {
        return new V128(map32(a.lo(), Math::abs), map32(a.hi(), Math::abs));
    }

    public static V128 i32x4Neg(V128 a) {
        return new V128(map32(a.lo(), x -> -x), map32(a.hi(), x -> -x));
    }

    public static int i32x4AllTrue(V128 a) {
        return (int) a.lo() != 0 && (int) (a.lo() >>> 32) != 0 && (int) a.hi() != 0 && (int) (a.hi() >>> 32) != 0 ? 1 : 0;
    }

    public static int i32x4Bitmask(V128 a) {
        return (int) ((a.lo() >>> 31) & 1 | (a.lo() >>> 62) & 2 | (a.hi() >>> 29) & 4 | (a.hi() >>> 60) & 8);
    }

    // ---- widening from i16x8 ----

    public static V128 i32x4ExtendLowI16x8S(V128 a) {
        return new V128(widenS(a.lo()), widenS(a.lo() >>> 32));
    }

    public static V128 i32x4ExtendHighI16x8S(V128 a) {
        return new V128(widenS(a.hi()), widenS(a.hi() >>> 32));
    }

    public static V128 i32x4ExtendLowI16x8U(V128 a) {
        return new V128(widenU(a.lo()), widenU(a.lo() >>> 32));
    }

    public static V128 i32x4ExtendHighI16x8U(V128 a) {
        return new V128(widenU(a.hi()), widenU(a.hi() >>> 32));
    }

    /** An int multiply keeps the low 32 bits of the product, which is the Wasm lane even for unsigned 65535 * 65535. */
    public static V128 i32x4ExtmulLowI16x8S(V128 a, V128 b) {
        return new V128(mul(widenS(a.lo()), widenS(b.lo())), mul(widenS(a.lo() >>> 32), widenS(b.lo() >>> 32)));
    }

    public static V128 i32x4ExtmulHighI16x8S(V128 a, V128 b) {
        return new V128(mul(widenS(a.hi()), widenS(b.hi())), mul(widenS(a.hi() >>> 32), widenS(b.hi() >>> 32)));
    }

    public static V128 i32x4ExtmulLowI16x8U(V128 a, V128 b) {
        return new V128(mul(widenU(a.lo()), widenU(b.lo())), mul(widenU(a.lo() >>> 32), widenU(b.lo() >>> 32)));
    }

    public static V128 i32x4ExtmulHighI16x8U(V128 a, V128 b) {
        return new V128(mul(widenU(a.hi()), widenU(b.hi())), mul(widenU(a.hi() >>> 32), widenU(b.hi() >>> 32)));
    }

    /** Lane {@code i} is the sum of i16 lanes {@code 2i} and {@code 2i+1}. */
    public static V128 i32x4ExtaddPairwiseI16x8S(V128 a) {
        return new V128(map32(a.lo(), x -> (short) x + (x >> 16)), map32(a.hi(), x -> (short) x + (x >> 16)));
    }

    public static V128 i32x4ExtaddPairwiseI16x8U(V128 a) {
        return new V128(map32(a.lo(), x -> (x & 0xFFFF) + (x >>> 16)), map32(a.hi(), x -> (x & 0xFFFF) + (x >>> 16)));
    }

    /** Lane {@code i} is {@code a[2i]*b[2i] + a[2i+1]*b[2i+1]} over signed i16 lanes, wrapping (only -32768^2 * 2 does). */
    public static V128 i32x4DotI16x8S(V128 a, V128 b) {
        return new V128(map32(a.lo(), b.lo(), SimdI32x4::dot), map32(a.hi(), b.hi(), SimdI32x4::dot));
    }

    // ---- shifts (count taken modulo 32) ----

    public static V128 i32x4Shl(V128 a, int count) {
        return new V128(pack32((int) a.lo() << count, (int) (a.lo() >>> 32) << count),
                pack32((int) a.hi() << count, (int) (a.hi() >>> 32) << count));
    }

    public static V128 i32x4ShrS(V128 a, int count) {
        return new V128(pack32((int) a.lo() >> count, (int) (a.lo() >>> 32) >> count),
                pack32((int) a.hi() >> count, (int) (a.hi() >>> 32) >> count));
    }

    public static V128 i32x4ShrU(V128 a, int count) {
        return new V128(pack32((int) a.lo() >>> count, (int) (a.lo() >>> 32) >>> count),
                pack32((int) a.hi() >>> count, (int) (a.hi() >>> 32) >>> count));
    }

    // ---- arithmetic ----

    public static V128 i32x4Add(V128 a, V128 b) {
        return new V128(map32(a.lo(), b.lo(), Integer::sum), map32(a.hi(), b.hi(), Integer::sum));
    }

    public static V128 i32x4Sub(V128 a, V128 b) {
        return new V128(map32(a.lo(), b.lo(), (x, y) -> x - y), map32(a.hi(), b.hi(), (x, y) -> x - y));
    }

    public static V128 i32x4Mul(V128 a, V128 b) {
        return new V128(mul(a.lo(), b.lo()), mul(a.hi(), b.hi()));
    }

    public static V128 i32x4MinS(V128 a, V128 b) {
        return new V128(map32(a.lo(), b.lo(), Math::min), map32(a.hi(), b.hi(), Math::min));
    }

    public static V128 i32x4MinU(V128 a, V128 b) {
        return new V128(map32(a.lo(), b.lo(), (x, y) -> Integer.compareUnsigned(x, y) <= 0 ? x : y),
                map32(a.hi(), b.hi(), (x, y) -> Integer.compareUnsigned(x, y) <= 0 ? x : y));
    }

    public static V128 i32x4MaxS(V128 a, V128 b) {
        return new V128(map32(a.lo(), b.lo(), Math::max), map32(a.hi(), b.hi(), Math::max));
    }

    public static V128 i32x4MaxU(V128 a, V128 b) {
        return new V128(map32(a.lo(), b.lo(), (x, y) -> Integer.compareUnsigned(x, y) >= 0 ? x : y),
                map32(a.hi(), b.hi(), (x, y) -> Integer.compareUnsigned(x, y) >= 0 ? x : y));
    }

    // ---- saturating truncation from floats (same rules as the scalar trunc_sat) ----

    public static V128 i32x4TruncSatF32x4S(V128 a) {
        return new V128(truncS(a.lo()), truncS(a.hi()));
    }

    public static V128 i32x4TruncSatF32x4U(V128 a) {
        return new V128(truncU(a.lo()), truncU(a.hi()));
    }

    /** Lanes 0 and 1 from the two f64 lanes; lanes 2 and 3 are zero. */
    public static V128 i32x4TruncSatF64x2SZero(V128 a) {
        return new V128(pack32(Conversions.i32TruncSatF64S(Double.longBitsToDouble(a.lo())),
                Conversions.i32TruncSatF64S(Double.longBitsToDouble(a.hi()))), 0);
    }

    public static V128 i32x4TruncSatF64x2UZero(V128 a) {
        return new V128(pack32(Conversions.i32TruncSatF64U(Double.longBitsToDouble(a.lo())),
                Conversions.i32TruncSatF64U(Double.longBitsToDouble(a.hi()))), 0);
    }

    // ---- helpers on one 64-bit half ----

    private static long mul(long x, long y) {
        return map32(x, y, (p, q) -> p * q);
    }

    private static int dot(int x, int y) {
        return (short) x * (short) y + (x >> 16) * (y >> 16);
    }

    private static long truncS(long x) {
        return pack32(Conversions.i32TruncSatF32S(Lanes.lowF32(x)), Conversions.i32TruncSatF32S(Lanes.highF32(x)));
    }

    private static long truncU(long x) {
        return pack32(Conversions.i32TruncSatF32U(Lanes.lowF32(x)), Conversions.i32TruncSatF32U(Lanes.highF32(x)));
    }

    /** i16 lanes 0 and 1 of {@code x}, sign-extended into two 32-bit lanes. */
    private static long widenS(long x) {
        return pack32((short) x, (short) (x >>> 16));
    }

    private static long widenU(long x) {
        return pack32((int) x & 0xFFFF, (int) (x >>> 16) & 0xFFFF);
    }
}
