package dev.tandem.aot.rt.simd;

/**
 * Lane extraction and replacement operations on halves of a v128 (see the package documentation).
 */
public final class LaneHalves {

    private LaneHalves() {
    }

    // ---- lane access, on the half that holds the lane ----

    /** Lane {@code lane} of a half split into lanes of {@code bits}, sign-extended. */
    public static long extractS(long half, int lane, int bits) {
        return half << (64 - bits * (lane + 1)) >> (64 - bits);
    }

    /** Lane {@code lane} of a half split into lanes of {@code bits}, zero-extended. */
    public static long extractU(long half, int lane, int bits) {
        return half << (64 - bits * (lane + 1)) >>> (64 - bits);
    }

    /** The half with lane {@code lane} (of {@code bits}) replaced by the low bits of {@code x}. */
    public static long replace(long half, long x, int lane, int bits) {
        long mask = (bits == 64 ? -1L : (1L << bits) - 1) << (bits * lane);
        return half & ~mask | (x << (bits * lane)) & mask;
    }
}
