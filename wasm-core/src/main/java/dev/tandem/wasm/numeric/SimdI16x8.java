package dev.tandem.wasm.numeric;

import static dev.tandem.wasm.numeric.Lanes.SHORT_ONES;
import static dev.tandem.wasm.numeric.Lanes.SHORT_SIGNS;
import static dev.tandem.wasm.numeric.Lanes.map16S;
import static dev.tandem.wasm.numeric.Lanes.map16U;

/** The i16x8 SIMD instructions. Lane {@code i} is bytes {@code 2i, 2i+1} of the value (see {@link V128}). */
public final class SimdI16x8 {

    private SimdI16x8() {
    }

    // ---- lanes ----

    public static V128 i16x8Splat(int x) {
        long h = (x & 0xFFFFL) * SHORT_ONES;
        return new V128(h, h);
    }

    public static int i16x8ExtractLaneS(V128 v, int lane) {
        return (short) (half(v, lane) >>> ((lane & 3) << 4));
    }

    public static int i16x8ExtractLaneU(V128 v, int lane) {
        return (int) (half(v, lane) >>> ((lane & 3) << 4)) & 0xFFFF;
    }

    public static V128 i16x8ReplaceLane(V128 v, int lane, int x) {
        return Lanes.replace(v, lane << 1, 0xFFFFL, x);
    }

    // ---- comparisons (all-ones lane for true) ----

    public static V128 i16x8Eq(V128 a, V128 b) {
        return new V128(map16S(a.lo(), b.lo(), (x, y) -> x == y ? -1 : 0), map16S(a.hi(), b.hi(), (x, y) -> x == y ? -1 : 0));
    }

    public static V128 i16x8Ne(V128 a, V128 b) {
        return new V128(map16S(a.lo(), b.lo(), (x, y) -> x != y ? -1 : 0), map16S(a.hi(), b.hi(), (x, y) -> x != y ? -1 : 0));
    }

    public static V128 i16x8LtS(V128 a, V128 b) {
        return new V128(map16S(a.lo(), b.lo(), (x, y) -> x < y ? -1 : 0), map16S(a.hi(), b.hi(), (x, y) -> x < y ? -1 : 0));
    }

    public static V128 i16x8LtU(V128 a, V128 b) {
        return new V128(map16U(a.lo(), b.lo(), (x, y) -> x < y ? -1 : 0), map16U(a.hi(), b.hi(), (x, y) -> x < y ? -1 : 0));
    }

    public static V128 i16x8GtS(V128 a, V128 b) {
        return i16x8LtS(b, a);
    }

    public static V128 i16x8GtU(V128 a, V128 b) {
        return i16x8LtU(b, a);
    }

    public static V128 i16x8LeS(V128 a, V128 b) {
        return new V128(map16S(a.lo(), b.lo(), (x, y) -> x <= y ? -1 : 0), map16S(a.hi(), b.hi(), (x, y) -> x <= y ? -1 : 0));
    }

    public static V128 i16x8LeU(V128 a, V128 b) {
        return new V128(map16U(a.lo(), b.lo(), (x, y) -> x <= y ? -1 : 0), map16U(a.hi(), b.hi(), (x, y) -> x <= y ? -1 : 0));
    }

    public static V128 i16x8GeS(V128 a, V128 b) {
        return i16x8LeS(b, a);
    }

    public static V128 i16x8GeU(V128 a, V128 b) {
        return i16x8LeU(b, a);
    }

    // ---- unary ----

    /** {@code abs(-32768)} is -32768: the lane wraps, as in Wasm. */
    public static V128 i16x8Abs(V128 a) {
        return new V128(map16S(a.lo(), Math::abs), map16S(a.hi(), Math::abs));
    }

    public static V128 i16x8Neg(V128 a) {
        return new V128(map16S(a.lo(), x -> -x), map16S(a.hi(), x -> -x));
    }

    // ---- reductions ----

    public static int i16x8AllTrue(V128 a) {
        return hasZeroShort(a.lo()) || hasZeroShort(a.hi()) ? 0 : 1;
    }

    public static int i16x8Bitmask(V128 a) {
        return signBits(a.lo()) | signBits(a.hi()) << 4;
    }

    // ---- narrowing: lanes 0..3 from a's i32 lanes, 4..7 from b's, saturated ----

    public static V128 i16x8NarrowI32x4S(V128 a, V128 b) {
        return new V128(narrowS(a.lo()) | narrowS(a.hi()) << 32, narrowS(b.lo()) | narrowS(b.hi()) << 32);
    }

    /** The i32 inputs are signed; they saturate to 0..65535. */
    public static V128 i16x8NarrowI32x4U(V128 a, V128 b) {
        return new V128(narrowU(a.lo()) | narrowU(a.hi()) << 32, narrowU(b.lo()) | narrowU(b.hi()) << 32);
    }

    // ---- widening from i8x16 ----

    public static V128 i16x8ExtendLowI8x16S(V128 a) {
        return new V128(widenS(a.lo()), widenS(a.lo() >>> 32));
    }

    public static V128 i16x8ExtendHighI8x16S(V128 a) {
        return new V128(widenS(a.hi()), widenS(a.hi() >>> 32));
    }

    public static V128 i16x8ExtendLowI8x16U(V128 a) {
        return new V128(widenU(a.lo()), widenU(a.lo() >>> 32));
    }

    public static V128 i16x8ExtendHighI8x16U(V128 a) {
        return new V128(widenU(a.hi()), widenU(a.hi() >>> 32));
    }

    /** The product of two widened bytes always fits 16 bits (signed or unsigned), so a wrapping multiply is exact. */
    public static V128 i16x8ExtmulLowI8x16S(V128 a, V128 b) {
        return new V128(mul(widenS(a.lo()), widenS(b.lo())), mul(widenS(a.lo() >>> 32), widenS(b.lo() >>> 32)));
    }

    public static V128 i16x8ExtmulHighI8x16S(V128 a, V128 b) {
        return new V128(mul(widenS(a.hi()), widenS(b.hi())), mul(widenS(a.hi() >>> 32), widenS(b.hi() >>> 32)));
    }

    public static V128 i16x8ExtmulLowI8x16U(V128 a, V128 b) {
        return new V128(mul(widenU(a.lo()), widenU(b.lo())), mul(widenU(a.lo() >>> 32), widenU(b.lo() >>> 32)));
    }

    public static V128 i16x8ExtmulHighI8x16U(V128 a, V128 b) {
        return new V128(mul(widenU(a.hi()), widenU(b.hi())), mul(widenU(a.hi() >>> 32), widenU(b.hi() >>> 32)));
    }

    /** Lane {@code i} is the sum of byte lanes {@code 2i} and {@code 2i+1}. */
    public static V128 i16x8ExtaddPairwiseI8x16S(V128 a) {
        return new V128(map16S(a.lo(), x -> (byte) x + (x >> 8)), map16S(a.hi(), x -> (byte) x + (x >> 8)));
    }

    public static V128 i16x8ExtaddPairwiseI8x16U(V128 a) {
        return new V128(map16S(a.lo(), x -> (x & 0xFF) + ((x >> 8) & 0xFF)), map16S(a.hi(), x -> (x & 0xFF) + ((x >> 8) & 0xFF)));
    }

    // ---- shifts (count taken modulo 16) ----

    public static V128 i16x8Shl(V128 a, int count) {
        int k = count & 15;
        long keep = ((0xFFFF << k) & 0xFFFFL) * SHORT_ONES;
        return new V128((a.lo() << k) & keep, (a.hi() << k) & keep);
    }

    public static V128 i16x8ShrS(V128 a, int count) {
        int k = count & 15;
        return new V128(shrS(a.lo(), k), shrS(a.hi(), k));
    }

    public static V128 i16x8ShrU(V128 a, int count) {
        int k = count & 15;
        long keep = (0xFFFFL >>> k) * SHORT_ONES;
        return new V128((a.lo() >>> k) & keep, (a.hi() >>> k) & keep);
    }

    // ---- arithmetic ----

    public static V128 i16x8Add(V128 a, V128 b) {
        return new V128(add(a.lo(), b.lo()), add(a.hi(), b.hi()));
    }

    public static V128 i16x8Sub(V128 a, V128 b) {
        return new V128(sub(a.lo(), b.lo()), sub(a.hi(), b.hi()));
    }

    public static V128 i16x8Mul(V128 a, V128 b) {
        return new V128(mul(a.lo(), b.lo()), mul(a.hi(), b.hi()));
    }

    public static V128 i16x8AddSatS(V128 a, V128 b) {
        return new V128(map16S(a.lo(), b.lo(), (x, y) -> satS(x + y)), map16S(a.hi(), b.hi(), (x, y) -> satS(x + y)));
    }

    public static V128 i16x8AddSatU(V128 a, V128 b) {
        return new V128(map16U(a.lo(), b.lo(), (x, y) -> Math.min(x + y, 0xFFFF)), map16U(a.hi(), b.hi(), (x, y) -> Math.min(x + y, 0xFFFF)));
    }

    public static V128 i16x8SubSatS(V128 a, V128 b) {
        return new V128(map16S(a.lo(), b.lo(), (x, y) -> satS(x - y)), map16S(a.hi(), b.hi(), (x, y) -> satS(x - y)));
    }

    public static V128 i16x8SubSatU(V128 a, V128 b) {
        return new V128(map16U(a.lo(), b.lo(), (x, y) -> Math.max(x - y, 0)), map16U(a.hi(), b.hi(), (x, y) -> Math.max(x - y, 0)));
    }

    public static V128 i16x8MinS(V128 a, V128 b) {
        return new V128(map16S(a.lo(), b.lo(), Math::min), map16S(a.hi(), b.hi(), Math::min));
    }

    public static V128 i16x8MinU(V128 a, V128 b) {
        return new V128(map16U(a.lo(), b.lo(), Math::min), map16U(a.hi(), b.hi(), Math::min));
    }

    public static V128 i16x8MaxS(V128 a, V128 b) {
        return new V128(map16S(a.lo(), b.lo(), Math::max), map16S(a.hi(), b.hi(), Math::max));
    }

    public static V128 i16x8MaxU(V128 a, V128 b) {
        return new V128(map16U(a.lo(), b.lo(), Math::max), map16U(a.hi(), b.hi(), Math::max));
    }

    public static V128 i16x8AvgrU(V128 a, V128 b) {
        return new V128(map16U(a.lo(), b.lo(), (x, y) -> (x + y + 1) >>> 1), map16U(a.hi(), b.hi(), (x, y) -> (x + y + 1) >>> 1));
    }

    /** Q15 fixed-point multiply, rounding to nearest; only -32768 * -32768 overflows and saturates. */
    public static V128 i16x8Q15mulrSatS(V128 a, V128 b) {
        return new V128(map16S(a.lo(), b.lo(), (x, y) -> satS((x * y + 0x4000) >> 15)), map16S(a.hi(), b.hi(), (x, y) -> satS((x * y + 0x4000) >> 15)));
    }

    // ---- helpers on one 64-bit half ----

    private static long half(V128 v, int lane) {
        return lane < 4 ? v.lo() : v.hi();
    }

    /** Lane-wise add without carries crossing lanes (see {@link SimdI8x16#add}). */
    private static long add(long x, long y) {
        return ((x & ~SHORT_SIGNS) + (y & ~SHORT_SIGNS)) ^ ((x ^ y) & SHORT_SIGNS);
    }

    private static long sub(long x, long y) {
        return ((x | SHORT_SIGNS) - (y & ~SHORT_SIGNS)) ^ ((x ^ ~y) & SHORT_SIGNS);
    }

    private static long mul(long x, long y) {
        return map16S(x, y, (p, q) -> p * q);
    }

    private static boolean hasZeroShort(long x) {
        return ((x - SHORT_ONES) & ~x & SHORT_SIGNS) != 0;
    }

    private static int signBits(long x) {
        return (int) ((x >>> 15) & 1 | (x >>> 30) & 2 | (x >>> 45) & 4 | (x >>> 60) & 8);
    }

    /** Loop rather than lambda map: the count would make the lambda capture (and allocate). */
    private static long shrS(long x, int k) {
        long r = 0;
        for (int s = 0; s < 64; s += 16) {
            r |= (((short) (x >>> s) >> k) & 0xFFFFL) << s;
        }
        return r;
    }

    private static int satS(int v) {
        return Math.max(-32768, Math.min(v, 32767));
    }

    /** Two i32 lanes of one half, saturated into two shorts (bits 0..31 of the result). */
    private static long narrowS(long x) {
        return (satS((int) x) & 0xFFFFL) | (satS((int) (x >>> 32)) & 0xFFFFL) << 16;
    }

    private static long narrowU(long x) {
        return Math.clamp((int) x, 0, 0xFFFF) | (long) Math.clamp((int) (x >>> 32), 0, 0xFFFF) << 16;
    }

    /** Bytes 0..3 of {@code x}, sign-extended into four 16-bit lanes. */
    private static long widenS(long x) {
        long r = 0;
        for (int i = 0; i < 4; i++) {
            r |= ((byte) (x >>> (i << 3)) & 0xFFFFL) << (i << 4);
        }
        return r;
    }

    private static long widenU(long x) {
        long r = 0;
        for (int i = 0; i < 4; i++) {
            r |= ((x >>> (i << 3)) & 0xFFL) << (i << 4);
        }
        return r;
    }
}
