package dev.tandem.aot.rt.simd;

/**
 * The the shape-agnostic v128 operations on halves of a v128 (see the package documentation).
 */
public final class V128BitwiseHalves {

    private V128BitwiseHalves() {
    }

    public static long v128Not(long a) {
        return ~a;
    }

    public static long v128And(long a, long b) {
        return a & b;
    }

    public static long v128Andnot(long a, long b) {
        return a & ~b;
    }

    public static long v128Or(long a, long b) {
        return a | b;
    }

    public static long v128Xor(long a, long b) {
        return a ^ b;
    }

    /** Bits of {@code a} where {@code mask} is 1, of {@code b} where it is 0. */
    public static long v128Bitselect(long a, long b, long mask) {
        return b ^ ((a ^ b) & mask);
    }

    public static int v128AnyTrue(long lo, long hi) {
        return (lo | hi) != 0 ? 1 : 0;
    }
}
