package dev.tandem.aot.rt.simd;

import dev.tandem.wasm.numeric.FloatOps;

/**
 * The f64x2 operations on halves of a v128 (see the package documentation).
 */
public final class F64x2Halves {

    private F64x2Halves() {
    }

    public static long f64x2Splat(double x) {
        return Double.doubleToRawLongBits(x);
    }

    public static long f64x2Add(long a, long b) {
        double x = Double.longBitsToDouble(a);
        double y = Double.longBitsToDouble(b);
        return Double.doubleToRawLongBits(x + y);
    }

    public static long f64x2Sub(long a, long b) {
        double x = Double.longBitsToDouble(a);
        double y = Double.longBitsToDouble(b);
        return Double.doubleToRawLongBits(x - y);
    }

    public static long f64x2Mul(long a, long b) {
        double x = Double.longBitsToDouble(a);
        double y = Double.longBitsToDouble(b);
        return Double.doubleToRawLongBits(x * y);
    }

    public static long f64x2Div(long a, long b) {
        double x = Double.longBitsToDouble(a);
        double y = Double.longBitsToDouble(b);
        return Double.doubleToRawLongBits(x / y);
    }

    public static long f64x2Min(long a, long b) {
        double x = Double.longBitsToDouble(a);
        double y = Double.longBitsToDouble(b);
        return Double.doubleToRawLongBits(FloatOps.f64Min(x, y));
    }

    public static long f64x2Max(long a, long b) {
        double x = Double.longBitsToDouble(a);
        double y = Double.longBitsToDouble(b);
        return Double.doubleToRawLongBits(FloatOps.f64Max(x, y));
    }

    public static long f64x2Pmin(long a, long b) {
        double x = Double.longBitsToDouble(a);
        double y = Double.longBitsToDouble(b);
        return Double.doubleToRawLongBits(y < x ? y : x);
    }

    public static long f64x2Pmax(long a, long b) {
        double x = Double.longBitsToDouble(a);
        double y = Double.longBitsToDouble(b);
        return Double.doubleToRawLongBits(x < y ? y : x);
    }

    public static long f64x2Eq(long a, long b) {
        return Double.longBitsToDouble(a) == Double.longBitsToDouble(b) ? -1L : 0L;
    }

    public static long f64x2Ne(long a, long b) {
        return Double.longBitsToDouble(a) != Double.longBitsToDouble(b) ? -1L : 0L;
    }

    public static long f64x2Lt(long a, long b) {
        return Double.longBitsToDouble(a) < Double.longBitsToDouble(b) ? -1L : 0L;
    }

    public static long f64x2Gt(long a, long b) {
        return Double.longBitsToDouble(a) > Double.longBitsToDouble(b) ? -1L : 0L;
    }

    public static long f64x2Le(long a, long b) {
        return Double.longBitsToDouble(a) <= Double.longBitsToDouble(b) ? -1L : 0L;
    }

    public static long f64x2Ge(long a, long b) {
        return Double.longBitsToDouble(a) >= Double.longBitsToDouble(b) ? -1L : 0L;
    }

    public static long f64x2Abs(long a) {
        return a & 0x7FFF_FFFF_FFFF_FFFFL;
    }

    public static long f64x2Neg(long a) {
        return a ^ 0x8000_0000_0000_0000L;
    }

    public static long f64x2Sqrt(long a) {
        return Double.doubleToRawLongBits(FloatOps.f64Sqrt(Double.longBitsToDouble(a)));
    }

    public static long f64x2Ceil(long a) {
        return Double.doubleToRawLongBits(FloatOps.f64Ceil(Double.longBitsToDouble(a)));
    }

    public static long f64x2Floor(long a) {
        return Double.doubleToRawLongBits(FloatOps.f64Floor(Double.longBitsToDouble(a)));
    }

    public static long f64x2Trunc(long a) {
        return Double.doubleToRawLongBits(FloatOps.f64Trunc(Double.longBitsToDouble(a)));
    }

    public static long f64x2Nearest(long a) {
        return Double.doubleToRawLongBits(FloatOps.f64Nearest(Double.longBitsToDouble(a)));
    }
}
