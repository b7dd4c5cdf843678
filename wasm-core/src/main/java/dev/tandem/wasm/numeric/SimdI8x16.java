package dev.tandem.wasm.numeric;

import static dev.tandem.wasm.numeric.Lanes.BYTE_ONES;
import static dev.tandem.wasm.numeric.Lanes.BYTE_SIGNS;
import static dev.tandem.wasm.numeric.Lanes.map8S;
import static dev.tandem.wasm.numeric.Lanes.map8U;

/**
 * The i8x16 SIMD instructions, including {@code i8x16.shuffle} and {@code i8x16.swizzle}.
 * Lane {@code i} is byte {@code i} of the value in memory order (see {@link V128}).
 */
public final class SimdI8x16 {

    private SimdI8x16() {
    }

    // ---- lanes ----

    public static V128 i8x16Splat(int x) {
        long h = (x & 0xFFL) * BYTE_ONES;
        return new V128(h, h);
    }

    public static int i8x16ExtractLaneS(V128 v, int lane) {
        return (byte) (Lanes.halfOf8(v, lane) >>> ((lane & 7) << 3));
    }

    public static int i8x16ExtractLaneU(V128 v, int lane) {
        return (int) (Lanes.halfOf8(v, lane) >>> ((lane & 7) << 3)) & 0xFF;
    }

    public static V128 i8x16ReplaceLane(V128 v, int lane, int x) {
        return Lanes.replace(v, lane, 0xFFL, x);
    }

    /** {@code lanes} holds the 16 immediate lane indices (each below 32, as validated): 0..15 pick from {@code a}, 16..31 from {@code b}. */
    public static V128 i8x16Shuffle(V128 a, V128 b, V128 lanes) {
        return new V128(shuffle(a, b, lanes.lo()), shuffle(a, b, lanes.hi()));
    }

    /** Indices of 16 or more (unsigned) select 0. */
    public static V128 i8x16Swizzle(V128 a, V128 s) {
        return new V128(swizzle(a, s.lo()), swizzle(a, s.hi()));
    }

    // ---- comparisons (all-ones lane for true) ----

    public static V128 i8x16Eq(V128 a, V128 b) {
        return new V128(map8S(a.lo(), b.lo(), (x, y) -> x == y ? -1 : 0), map8S(a.hi(), b.hi(), (x, y) -> x == y ? -1 : 0));
    }

    public static V128 i8x16Ne(V128 a, V128 b) {
        return new V128(map8S(a.lo(), b.lo(), (x, y) -> x != y ? -1 : 0), map8S(a.hi(), b.hi(), (x, y) -> x != y ? -1 : 0));
    }

    public static V128 i8x16LtS(V128 a, V128 b) {
        return new V128(map8S(a.lo(), b.lo(), (x, y) -> x < y ? -1 : 0), map8S(a.hi(), b.hi(), (x, y) -> x < y ? -1 : 0));
    }

    public static V128 i8x16LtU(V128 a, V128 b) {
        return new V128(map8U(a.lo(), b.lo(), (x, y) -> x < y ? -1 : 0), map8U(a.hi(), b.hi(), (x, y) -> x < y ? -1 : 0));
    }

    public static V128 i8x16GtS(V128 a, V128 b) {
        return i8x16LtS(b, a);
    }

    public static V128 i8x16GtU(V128 a, V128 b) {
        return i8x16LtU(b, a);
    }

    public static V128 i8x16LeS(V128 a, V128 b) {
        return new V128(map8S(a.lo(), b.lo(), (x, y) -> x <= y ? -1 : 0), map8S(a.hi(), b.hi(), (x, y) -> x <= y ? -1 : 0));
    }

    public static V128 i8x16LeU(V128 a, V128 b) {
        return new V128(map8U(a.lo(), b.lo(), (x, y) -> x <= y ? -1 : 0), map8U(a.hi(), b.hi(), (x, y) -> x <= y ? -1 : 0));
    }

    public static V128 i8x16GeS(V128 a, V128 b) {
        return i8x16LeS(b, a);
    }

    public static V128 i8x16GeU(V128 a, V128 b) {
        return i8x16LeU(b, a);
    }

    // ---- unary ----

    /** {@code abs(-128)} is -128: the lane wraps, as in Wasm. */
    public static V128 i8x16Abs(V128 a) {
        return new V128(map8S(a.lo(), Math::abs), map8S(a.hi(), Math::abs));
    }

    public static V128 i8x16Neg(V128 a) {
        return new V128(map8S(a.lo(), x -> -x), map8S(a.hi(), x -> -x));
    }

    public static V128 i8x16Popcnt(V128 a) {
        return new V128(map8U(a.lo(), Integer::bitCount), map8U(a.hi(), Integer::bitCount));
    }

    // ---- reductions ----

    public static int i8x16AllTrue(V128 a) {
        return hasZeroByte(a.lo()) || hasZeroByte(a.hi()) ? 0 : 1;
    }

    /** Bit {@code i} of the result is the sign bit of lane {@code i}. */
    public static int i8x16Bitmask(V128 a) {
        return signBits(a.lo()) | signBits(a.hi()) << 8;
    }

    // ---- narrowing: lanes 0..7 from a's i16 lanes, 8..15 from b's, saturated ----

    public static V128 i8x16NarrowI16x8S(V128 a, V128 b) {
        return new V128(narrowS(a.lo()) | narrowS(a.hi()) << 32, narrowS(b.lo()) | narrowS(b.hi()) << 32);
    }

    /** The i16 inputs are signed; they saturate to 0..255. */
    public static V128 i8x16NarrowI16x8U(V128 a, V128 b) {
        return new V128(narrowU(a.lo()) | narrowU(a.hi()) << 32, narrowU(b.lo()) | narrowU(b.hi()) << 32);
    }

    // ---- shifts (count taken modulo 8) ----

    public static V128 i8x16Shl(V128 a, int count) {
        int k = count & 7;
        long keep = ((0xFF << k) & 0xFFL) * BYTE_ONES;
        return new V128((a.lo() << k) & keep, (a.hi() << k) & keep);
    }

    public static V128 i8x16ShrS(V128 a, int count) {
        int k = count & 7;
        return new V128(shrS(a.lo(), k), shrS(a.hi(), k));
    }

    public static V128 i8x16ShrU(V128 a, int count) {
        int k = count & 7;
        long keep = (0xFFL >>> k) * BYTE_ONES;
        return new V128((a.lo() >>> k) & keep, (a.hi() >>> k) & keep);
    }

    // ---- arithmetic ----

    public static V128 i8x16Add(V128 a, V128 b) {
        return new V128(add(a.lo(), b.lo()), add(a.hi(), b.hi()));
    }

    public static V128 i8x16Sub(V128 a, V128 b) {
        return new V128(sub(a.lo(), b.lo()), sub(a.hi(), b.hi()));
    }

    public static V128 i8x16AddSatS(V128 a, V128 b) {
        return new V128(map8S(a.lo(), b.lo(), (x, y) -> satS(x + y)), map8S(a.hi(), b.hi(), (x, y) -> satS(x + y)));
    }

    public static V128 i8x16AddSatU(V128 a, V128 b) {
        return new V128(map8U(a.lo(), b.lo(), (x, y) -> Math.min(x + y, 0xFF)), map8U(a.hi(), b.hi(), (x, y) -> Math.min(x + y, 0xFF)));
    }

    public static V128 i8x16SubSatS(V128 a, V128 b) {
        return new V128(map8S(a.lo(), b.lo(), (x, y) -> satS(x - y)), map8S(a.hi(), b.hi(), (x, y) -> satS(x - y)));
    }

    public static V128 i8x16SubSatU(V128 a, V128 b) {
        return new V128(map8U(a.lo(), b.lo(), (x, y) -> Math.max(x - y, 0)), map8U(a.hi(), b.hi(), (x, y) -> Math.max(x - y, 0)));
    }

    public static V128 i8x16MinS(V128 a, V128 b) {
        return new V128(map8S(a.lo(), b.lo(), Math::min), map8S(a.hi(), b.hi(), Math::min));
    }

    public static V128 i8x16MinU(V128 a, V128 b) {
        return new V128(map8U(a.lo(), b.lo(), Math::min), map8U(a.hi(), b.hi(), Math::min));
    }

    public static V128 i8x16MaxS(V128 a, V128 b) {
        return new V128(map8S(a.lo(), b.lo(), Math::max), map8S(a.hi(), b.hi(), Math::max));
    }

    public static V128 i8x16MaxU(V128 a, V128 b) {
        return new V128(map8U(a.lo(), b.lo(), Math::max), map8U(a.hi(), b.hi(), Math::max));
    }

    /** Unsigned average rounding up: {@code (x + y + 1) / 2} without overflow. */
    public static V128 i8x16AvgrU(V128 a, V128 b) {
        return new V128(map8U(a.lo(), b.lo(), (x, y) -> (x + y + 1) >>> 1), map8U(a.hi(), b.hi(), (x, y) -> (x + y + 1) >>> 1));
    }

    // ---- helpers on one 64-bit half ----

    /** Lane-wise add without carries crossing lanes: add the low 7 bits, then fix up bit 7 by xor. */
    static long add(long x, long y) {
        return ((x & ~BYTE_SIGNS) + (y & ~BYTE_SIGNS)) ^ ((x ^ y) & BYTE_SIGNS);
    }

    /** Lane-wise subtract: set bit 7 of x so no borrow leaves a lane, then fix bit 7 by xor. */
    static long sub(long x, long y) {
        return ((x | BYTE_SIGNS) - (y & ~BYTE_SIGNS)) ^ ((x ^ ~y) & BYTE_SIGNS);
    }

    /** Exact: a borrow can only start at a zero byte, so the lowest zero byte is always flagged. */
    static boolean hasZeroByte(long x) {
        return ((x - BYTE_ONES) & ~x & BYTE_SIGNS) != 0;
    }

    /** Gathers the 8 sign bits: the magic multiplier moves bit 8i+7 to bit 56+i without collisions. */
    static int signBits(long x) {
        return (int) (((x & BYTE_SIGNS) >>> 7) * 0x0102_0408_1020_4080L >>> 56);
    }

    /** A loop rather than a lambda map: the count would make the lambda capture (and allocate). */
    private static long shrS(long x, int k) {
        long r = 0;
        for (int s = 0; s < 64; s += 8) {
            r |= (((byte) (x >>> s) >> k) & 0xFFL) << s;
        }
        return r;
    }

    private static int satS(int v) {
        return Math.max(-128, Math.min(v, 127));
    }

    /** Four i16 lanes of one half, saturated into four bytes (bits 0..31 of the result). */
    private static long narrowS(long x) {
        long r = 0;
        for (int i = 0; i < 4; i++) {
            r |= (satS((short) (x >>> (i << 4))) & 0xFFL) << (i << 3);
        }
        return r;
    }

    private static long narrowU(long x) {
        long r = 0;
        for (int i = 0; i < 4; i++) {
            r |= (long) Math.max(0, Math.min((short) (x >>> (i << 4)), 0xFF)) << (i << 3);
        }
        return r;
    }

    private static long shuffle(V128 a, V128 b, long indices) {
        long r = 0;
        for (int s = 0; s < 64; s += 8) {
            int i = (int) (indices >>> s) & 31;
            long half = i < 8 ? a.lo() : i < 16 ? a.hi() : i < 24 ? b.lo() : b.hi();
            r |= ((half >>> ((i & 7) << 3)) & 0xFFL) << s;
        }
        return r;
    }

    private static long swizzle(V128 a, long indices) {
        long r = 0;
        for (int s = 0; s < 64; s += 8) {
            int i = (int) (indices >>> s) & 0xFF;
            if (i < 16) {
                r |= ((Lanes.halfOf8(a, i) >>> ((i & 7) << 3)) & 0xFFL) << s;
            }
        }
        return r;
    }
}
