package dev.tandem.aot.rt.simd;

/**
 * The i64x2 operations on halves of a v128 (see the package documentation).
 */
public final class I64x2Halves {

    private I64x2Halves() {
    }

    public static long i64x2Add(long a, long b) {
        return a + b;
    }

    public static long i64x2Sub(long a, long b) {
        return a - b;
    }

    public static long i64x2Mul(long a, long b) {
        return a * b;
    }

    public static long i64x2Eq(long a, long b) {
        return a == b ? -1L : 0L;
    }

    public static long i64x2Ne(long a, long b) {
        return a != b ? -1L : 0L;
    }

    public static long i64x2LtS(long a, long b) {
        return a < b ? -1L : 0L;
    }

    public static long i64x2GtS(long a, long b) {
        return a > b ? -1L : 0L;
    }

    public static long i64x2LeS(long a, long b) {
        return a <= b ? -1L : 0L;
    }

    public static long i64x2GeS(long a, long b) {
        return a >= b ? -1L : 0L;
    }

    public static long i64x2Abs(long a) {
        return Math.abs(a);
    }

    public static long i64x2Neg(long a) {
        return -a;
    }

    public static long i64x2Shl(long a, int count) {
        return a << count;
    }

    public static long i64x2ShrS(long a, int count) {
        return a >> count;
    }

    public static long i64x2ShrU(long a, int count) {
        return a >>> count;
    }

    public static long i64x2Splat(long x) {
        return x;
    }

    /** One half of the result from half {@code part} (0: low 32 bits) of one operand half. */
    public static long i64x2ExtendI32x4S(long half, int part) {
        long r = 0;
        for (int i = 0; i < 1; i++) {
            long x = (int) (half >>> (32 * part + 32 * i));
            r |= (x & -1L) << (64 * i);
        }
        return r;
    }

    /** One half of the result from half {@code part} (0: low 32 bits) of one operand half. */
    public static long i64x2ExtendI32x4U(long half, int part) {
        long r = 0;
        for (int i = 0; i < 1; i++) {
            long x = (half >>> (32 * part + 32 * i)) & 0xFFFF_FFFFL;
            r |= (x & -1L) << (64 * i);
        }
        return r;
    }

    public static int i64x2Bitmask(long lo, long hi) {
        int r = 0;
        for (int i = 0; i < 1; i++) {
            r |= (int) ((lo >>> (64 * i + 63)) & 1) << i;
            r |= (int) ((hi >>> (64 * i + 63)) & 1) << (i + 1);
        }
        return r;
    }

    public static int i64x2AllTrue(long lo, long hi) {
        return lo != 0 && hi != 0 ? 1 : 0;
    }
}
