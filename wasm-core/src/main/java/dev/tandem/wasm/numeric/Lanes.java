package dev.tandem.wasm.numeric;

import java.util.function.IntBinaryOperator;
import java.util.function.IntUnaryOperator;

/**
 * Lane-wise plumbing shared by the SIMD shape classes: apply an operation to every lane of one
 * 64-bit half of a {@link V128}.
 *
 * <p>Each public SIMD method passes a non-capturing lambda, which is a constant: once HotSpot or
 * Truffle's partial evaluator inlines the map into that method, the lambda call can inline too and
 * the short loop unroll, which is why one shared loop per lane width is acceptable here. (Not yet
 * measured; if a profile shows these maps, hand-written SWAR code like {@link SimdI8x16#add} is
 * the way out. Operations whose lambda would capture a value, such as a shift count, are written
 * as plain loops instead, since a capturing lambda allocates.)
 * Signed maps hand the operation sign-extended lanes, unsigned maps zero-extended ones; the result
 * is truncated to the lane width, so a comparison returns -1 for "all ones".
 */
final class Lanes {

    static final long BYTE_ONES = 0x0101_0101_0101_0101L;
    static final long BYTE_SIGNS = 0x8080_8080_8080_8080L;
    static final long SHORT_ONES = 0x0001_0001_0001_0001L;
    static final long SHORT_SIGNS = 0x8000_8000_8000_8000L;

    private Lanes() {
    }

    /** A binary operation on f32 lanes. */
    @FunctionalInterface
    interface F32Binary {
        float apply(float a, float b);
    }

    /** A unary operation on f32 lanes. */
    @FunctionalInterface
    interface F32Unary {
        float apply(float a);
    }

    /** A comparison of f32 lanes. */
    @FunctionalInterface
    interface F32Compare {
        boolean test(float a, float b);
    }

    // ---- 8-bit lanes ----

    static long map8S(long x, long y, IntBinaryOperator op) {
        long r = 0;
        for (int s = 0; s < 64; s += 8) {
            r |= (op.applyAsInt((byte) (x >>> s), (byte) (y >>> s)) & 0xFFL) << s;
        }
        return r;
    }

    static long map8U(long x, long y, IntBinaryOperator op) {
        long r = 0;
        for (int s = 0; s < 64; s += 8) {
            r |= (op.applyAsInt((int) (x >>> s) & 0xFF, (int) (y >>> s) & 0xFF) & 0xFFL) << s;
        }
        return r;
    }

    static long map8S(long x, IntUnaryOperator op) {
        long r = 0;
        for (int s = 0; s < 64; s += 8) {
            r |= (op.applyAsInt((byte) (x >>> s)) & 0xFFL) << s;
        }
        return r;
    }

    static long map8U(long x, IntUnaryOperator op) {
        long r = 0;
        for (int s = 0; s < 64; s += 8) {
            r |= (op.applyAsInt((int) (x >>> s) & 0xFF) & 0xFFL) << s;
        }
        return r;
    }

    // ---- 16-bit lanes ----

    static long map16S(long x, long y, IntBinaryOperator op) {
        long r = 0;
        for (int s = 0; s < 64; s += 16) {
            r |= (op.applyAsInt((short) (x >>> s), (short) (y >>> s)) & 0xFFFFL) << s;
        }
        return r;
    }

    static long map16U(long x, long y, IntBinaryOperator op) {
        long r = 0;
        for (int s = 0; s < 64; s += 16) {
            r |= (op.applyAsInt((int) (x >>> s) & 0xFFFF, (int) (y >>> s) & 0xFFFF) & 0xFFFFL) << s;
        }
        return r;
    }

    static long map16S(long x, IntUnaryOperator op) {
        long r = 0;
        for (int s = 0; s < 64; s += 16) {
            r |= (op.applyAsInt((short) (x >>> s)) & 0xFFFFL) << s;
        }
        return r;
    }

    // ---- 32-bit lanes ----

    static long map32(long x, long y, IntBinaryOperator op) {
        return pack32(op.applyAsInt((int) x, (int) y), op.applyAsInt((int) (x >>> 32), (int) (y >>> 32)));
    }

    static long map32(long x, IntUnaryOperator op) {
        return pack32(op.applyAsInt((int) x), op.applyAsInt((int) (x >>> 32)));
    }

    static long mapF32(long x, long y, F32Binary op) {
        return packF32(op.apply(lowF32(x), lowF32(y)), op.apply(highF32(x), highF32(y)));
    }

    static long mapF32(long x, F32Unary op) {
        return packF32(op.apply(lowF32(x)), op.apply(highF32(x)));
    }

    static long compareF32(long x, long y, F32Compare op) {
        return pack32(op.test(lowF32(x), lowF32(y)) ? -1 : 0, op.test(highF32(x), highF32(y)) ? -1 : 0);
    }

    static long pack32(int low, int high) {
        return (low & 0xFFFF_FFFFL) | ((long) high << 32);
    }

    static long packF32(float low, float high) {
        return pack32(Float.floatToRawIntBits(low), Float.floatToRawIntBits(high));
    }

    static float lowF32(long x) {
        return Float.intBitsToFloat((int) x);
    }

    static float highF32(long x) {
        return Float.intBitsToFloat((int) (x >>> 32));
    }

    // ---- lane access by index (index validated by the validator: no range check here) ----

    /** The half of {@code v} holding 8-bit lane {@code lane} (0..15). */
    static long halfOf8(V128 v, int lane) {
        return lane < 8 ? v.lo() : v.hi();
    }

    /** {@code v} with bits {@code mask << shift} of the half holding byte {@code byteIndex} replaced by {@code bits}. */
    static V128 replace(V128 v, int byteIndex, long mask, long bits) {
        int shift = (byteIndex & 7) << 3;
        long clear = ~(mask << shift);
        long set = (bits & mask) << shift;
        return byteIndex < 8 ? new V128((v.lo() & clear) | set, v.hi()) : new V128(v.lo(), (v.hi() & clear) | set);
    }
}
