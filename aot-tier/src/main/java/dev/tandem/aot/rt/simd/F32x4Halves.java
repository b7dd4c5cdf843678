package dev.tandem.aot.rt.simd;

import dev.tandem.wasm.numeric.FloatOps;

/**
 * The f32x4 operations on halves of a v128 (see the package documentation).
 */
public final class F32x4Halves {

    private F32x4Halves() {
    }

    public static long f32x4Splat(float x) {
        long bits = Float.floatToRawIntBits(x) & 0xFFFF_FFFFL;
        return bits | bits << 32;
    }

    public static long f32x4Add(long a, long b) {
        float x0 = Float.intBitsToFloat((int) a);
        float y0 = Float.intBitsToFloat((int) b);
        float x1 = Float.intBitsToFloat((int) (a >>> 32));
        float y1 = Float.intBitsToFloat((int) (b >>> 32));
        return pack(x0 + y0, x1 + y1);
    }

    public static long f32x4Sub(long a, long b) {
        float x0 = Float.intBitsToFloat((int) a);
        float y0 = Float.intBitsToFloat((int) b);
        float x1 = Float.intBitsToFloat((int) (a >>> 32));
        float y1 = Float.intBitsToFloat((int) (b >>> 32));
        return pack(x0 - y0, x1 - y1);
    }

    public static long f32x4Mul(long a, long b) {
        float x0 = Float.intBitsToFloat((int) a);
        float y0 = Float.intBitsToFloat((int) b);
        float x1 = Float.intBitsToFloat((int) (a >>> 32));
        float y1 = Float.intBitsToFloat((int) (b >>> 32));
        return pack(x0 * y0, x1 * y1);
    }

    public static long f32x4Div(long a, long b) {
        float x0 = Float.intBitsToFloat((int) a);
        float y0 = Float.intBitsToFloat((int) b);
        float x1 = Float.intBitsToFloat((int) (a >>> 32));
        float y1 = Float.intBitsToFloat((int) (b >>> 32));
        return pack(x0 / y0, x1 / y1);
    }

    public static long f32x4Min(long a, long b) {
        float x0 = Float.intBitsToFloat((int) a);
        float y0 = Float.intBitsToFloat((int) b);
        float x1 = Float.intBitsToFloat((int) (a >>> 32));
        float y1 = Float.intBitsToFloat((int) (b >>> 32));
        return pack(FloatOps.f32Min(x0, y0), FloatOps.f32Min(x1, y1));
    }

    public static long f32x4Max(long a, long b) {
        float x0 = Float.intBitsToFloat((int) a);
        float y0 = Float.intBitsToFloat((int) b);
        float x1 = Float.intBitsToFloat((int) (a >>> 32));
        float y1 = Float.intBitsToFloat((int) (b >>> 32));
        return pack(FloatOps.f32Max(x0, y0), FloatOps.f32Max(x1, y1));
    }

    public static long f32x4Pmin(long a, long b) {
        float x0 = Float.intBitsToFloat((int) a);
        float y0 = Float.intBitsToFloat((int) b);
        float x1 = Float.intBitsToFloat((int) (a >>> 32));
        float y1 = Float.intBitsToFloat((int) (b >>> 32));
        return pack(y0 < x0 ? y0 : x0, y1 < x1 ? y1 : x1);
    }

    public static long f32x4Pmax(long a, long b) {
        float x0 = Float.intBitsToFloat((int) a);
        float y0 = Float.intBitsToFloat((int) b);
        float x1 = Float.intBitsToFloat((int) (a >>> 32));
        float y1 = Float.intBitsToFloat((int) (b >>> 32));
        return pack(x0 < y0 ? y0 : x0, x1 < y1 ? y1 : x1);
    }

    public static long f32x4Eq(long a, long b) {
        float x0 = Float.intBitsToFloat((int) a);
        float y0 = Float.intBitsToFloat((int) b);
        float x1 = Float.intBitsToFloat((int) (a >>> 32));
        float y1 = Float.intBitsToFloat((int) (b >>> 32));
        return (x0 == y0 ? 0xFFFF_FFFFL : 0) | (x1 == y1 ? 0xFFFF_FFFF_0000_0000L : 0);
    }

    public static long f32x4Ne(long a, long b) {
        float x0 = Float.intBitsToFloat((int) a);
        float y0 = Float.intBitsToFloat((int) b);
        float x1 = Float.intBitsToFloat((int) (a >>> 32));
        float y1 = Float.intBitsToFloat((int) (b >>> 32));
        return (x0 != y0 ? 0xFFFF_FFFFL : 0) | (x1 != y1 ? 0xFFFF_FFFF_0000_0000L : 0);
    }

    public static long f32x4Lt(long a, long b) {
        float x0 = Float.intBitsToFloat((int) a);
        float y0 = Float.intBitsToFloat((int) b);
        float x1 = Float.intBitsToFloat((int) (a >>> 32));
        float y1 = Float.intBitsToFloat((int) (b >>> 32));
        return (x0 < y0 ? 0xFFFF_FFFFL : 0) | (x1 < y1 ? 0xFFFF_FFFF_0000_0000L : 0);
    }

    public static long f32x4Gt(long a, long b) {
        float x0 = Float.intBitsToFloat((int) a);
        float y0 = Float.intBitsToFloat((int) b);
        float x1 = Float.intBitsToFloat((int) (a >>> 32));
        float y1 = Float.intBitsToFloat((int) (b >>> 32));
        return (x0 > y0 ? 0xFFFF_FFFFL : 0) | (x1 > y1 ? 0xFFFF_FFFF_0000_0000L : 0);
    }

    public static long f32x4Le(long a, long b) {
        float x0 = Float.intBitsToFloat((int) a);
        float y0 = Float.intBitsToFloat((int) b);
        float x1 = Float.intBitsToFloat((int) (a >>> 32));
        float y1 = Float.intBitsToFloat((int) (b >>> 32));
        return (x0 <= y0 ? 0xFFFF_FFFFL : 0) | (x1 <= y1 ? 0xFFFF_FFFF_0000_0000L : 0);
    }

    public static long f32x4Ge(long a, long b) {
        float x0 = Float.intBitsToFloat((int) a);
        float y0 = Float.intBitsToFloat((int) b);
        float x1 = Float.intBitsToFloat((int) (a >>> 32));
        float y1 = Float.intBitsToFloat((int) (b >>> 32));
        return (x0 >= y0 ? 0xFFFF_FFFFL : 0) | (x1 >= y1 ? 0xFFFF_FFFF_0000_0000L : 0);
    }

    /** Bit operations: NaN payloads are kept, as Wasm requires. */
    public static long f32x4Abs(long a) {
        return a & 0x7FFF_FFFF_7FFF_FFFFL;
    }

    public static long f32x4Neg(long a) {
        return a ^ 0x8000_0000_8000_0000L;
    }

    public static long f32x4Sqrt(long a) {
        return pack(FloatOps.f32Sqrt(Float.intBitsToFloat((int) a)), FloatOps.f32Sqrt(Float.intBitsToFloat((int) (a >>> 32))));
    }

    public static long f32x4Ceil(long a) {
        return pack(FloatOps.f32Ceil(Float.intBitsToFloat((int) a)), FloatOps.f32Ceil(Float.intBitsToFloat((int) (a >>> 32))));
    }

    public static long f32x4Floor(long a) {
        return pack(FloatOps.f32Floor(Float.intBitsToFloat((int) a)), FloatOps.f32Floor(Float.intBitsToFloat((int) (a >>> 32))));
    }

    public static long f32x4Trunc(long a) {
        return pack(FloatOps.f32Trunc(Float.intBitsToFloat((int) a)), FloatOps.f32Trunc(Float.intBitsToFloat((int) (a >>> 32))));
    }

    public static long f32x4Nearest(long a) {
        return pack(FloatOps.f32Nearest(Float.intBitsToFloat((int) a)), FloatOps.f32Nearest(Float.intBitsToFloat((int) (a >>> 32))));
    }

    private static long pack(float lane0, float lane1) {
        return Float.floatToRawIntBits(lane0) & 0xFFFF_FFFFL | (long) Float.floatToRawIntBits(lane1) << 32;
    }
}
