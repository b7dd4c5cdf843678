package dev.tandem.wasm.numeric;

/**
 * Wasm's conversions between number types: wrap/extend, trapping and saturating float-to-int
 * truncation, int-to-float conversion (unsigned included), demote/promote and reinterpret.
 *
 * <p>Range checks are written as one pair of comparisons that a NaN fails, so the common case
 * costs two compares and the out-of-line trap path sorts out NaN from overflow. The bounds are
 * the exact edges of the spec's "defined" range: a value is accepted iff its truncation toward
 * zero fits, e.g. {@code i32.trunc_f64_s} accepts {@code (-2147483649.0, 2147483648.0)} open.
 */
public final class Conversions {

    private static final double TWO_63 = 0x1p63;
    private static final double TWO_64 = 0x1p64;

    private Conversions() {
    }

    // ---- integer width ----

    public static int i32WrapI64(long a) {
        return (int) a;
    }

    public static long i64ExtendI32S(int a) {
        return a;
    }

    public static long i64ExtendI32U(int a) {
        return a & 0xFFFF_FFFFL;
    }

    // ---- trapping truncation ----
    // f32 operands are compared as floats: every bound below is a power of two, exact in f32.

    public static int i32TruncF32S(float a) {
        if (a >= -0x1p31f && a < 0x1p31f) {
            return (int) a;
        }
        throw truncTrap(a);
    }

    public static int i32TruncF32U(float a) {
        if (a > -1f && a < 0x1p32f) {
            return (int) (long) a;
        }
        throw truncTrap(a);
    }

    /** The lower edge is -2^31 - 1 exclusive: -2147483648.9 truncates to MIN_VALUE and is fine. */
    public static int i32TruncF64S(double a) {
        if (a > -2147483649.0 && a < 2147483648.0) {
            return (int) a;
        }
        throw truncTrap(a);
    }

    public static int i32TruncF64U(double a) {
        if (a > -1.0 && a < 4294967296.0) {
            return (int) (long) a;
        }
        throw truncTrap(a);
    }

    public static long i64TruncF32S(float a) {
        if (a >= -0x1p63f && a < 0x1p63f) {
            return (long) a;
        }
        throw truncTrap(a);
    }

    /** Every float is exact as a double, so the double version's bounds and arithmetic apply. */
    public static long i64TruncF32U(float a) {
        if (a > -1f && a < 0x1p64f) {
            return truncToU64(a);
        }
        throw truncTrap(a);
    }

    public static long i64TruncF64S(double a) {
        if (a >= -TWO_63 && a < TWO_63) {
            return (long) a;
        }
        throw truncTrap(a);
    }

    public static long i64TruncF64U(double a) {
        if (a > -1.0 && a < TWO_64) {
            return truncToU64(a);
        }
        throw truncTrap(a);
    }

    // ---- saturating truncation (NaN gives 0, out of range clamps) ----
    // The JVM's f2i/f2l/d2i/d2l are already exactly the signed saturating conversions.

    public static int i32TruncSatF32S(float a) {
        return (int) a;
    }

    public static int i32TruncSatF32U(float a) {
        return clampToU32((long) a);
    }

    public static int i32TruncSatF64S(double a) {
        return (int) a;
    }

    public static int i32TruncSatF64U(double a) {
        return clampToU32((long) a);
    }

    public static long i64TruncSatF32S(float a) {
        return (long) a;
    }

    public static long i64TruncSatF32U(float a) {
        return i64TruncSatF64U(a);
    }

    public static long i64TruncSatF64S(double a) {
        return (long) a;
    }

    /** NaN fails both comparisons and lands on 0. */
    public static long i64TruncSatF64U(double a) {
        if (a >= TWO_64) {
            return -1L;
        }
        return a > 0 ? truncToU64(a) : 0L;
    }

    // ---- int to float (round to nearest, ties to even) ----

    public static float f32ConvertI32S(int a) {
        return a;
    }

    /** Widen to a non-negative long, whose l2f is correctly rounded. */
    public static float f32ConvertI32U(int a) {
        return a & 0xFFFF_FFFFL;
    }

    /** The JVM's l2f rounds once; converting through double first would round twice. */
    public static float f32ConvertI64S(long a) {
        return a;
    }

    /**
     * The JVM has no unsigned l2f. For values at or above 2^63, halve with the lost bit folded
     * into bit 0 ("sticky") and double the rounded result: the rounding point is far above bit 0,
     * so the sticky bit decides ties exactly as the full value would, and the rounding happens once.
     */
    public static float f32ConvertI64U(long a) {
        if (a >= 0) {
            return a;
        }
        return (float) ((a >>> 1) | (a & 1)) * 2f;
    }

    public static double f64ConvertI32S(int a) {
        return a;
    }

    public static double f64ConvertI32U(int a) {
        return a & 0xFFFF_FFFFL;
    }

    public static double f64ConvertI64S(long a) {
        return a;
    }

    /** As {@link #f32ConvertI64U}, with the same sticky-bit halving. */
    public static double f64ConvertI64U(long a) {
        if (a >= 0) {
            return a;
        }
        return (double) ((a >>> 1) | (a & 1)) * 2.0;
    }

    // ---- float width ----

    /** NaN becomes the positive canonical NaN: valid for any NaN input, and the same on every CPU. */
    public static float f32DemoteF64(double a) {
        return a != a ? Float.NaN : (float) a;
    }

    /** NaN becomes the positive canonical NaN: valid for any NaN input, and the same on every CPU. */
    public static double f64PromoteF32(float a) {
        return a != a ? Double.NaN : a;
    }

    // ---- reinterpret (raw bits: NaN payloads survive) ----

    public static int i32ReinterpretF32(float a) {
        return Float.floatToRawIntBits(a);
    }

    public static long i64ReinterpretF64(double a) {
        return Double.doubleToRawLongBits(a);
    }

    public static float f32ReinterpretI32(int a) {
        return Float.intBitsToFloat(a);
    }

    public static double f64ReinterpretI64(long a) {
        return Double.longBitsToDouble(a);
    }

    // ---- helpers ----

    /**
     * Truncates {@code a} in (-1, 2^64) to an unsigned 64-bit value. At or above 2^63 the
     * subtraction is exact (the operand's ulp is at least 2^11), and the sign bit adds 2^63 back.
     */
    static long truncToU64(double a) {
        return a < TWO_63 ? (long) a : (long) (a - TWO_63) | Long.MIN_VALUE;
    }

    /** {@code v} came from a saturating f2l/d2l, so anything past 2^32 - 1 clamps there. */
    private static int clampToU32(long v) {
        return (int) Math.max(0L, Math.min(v, 0xFFFF_FFFFL));
    }

    /** Takes the operand (f32 widens exactly) so the NaN test stays out of the callers' bytecode. */
    private static WasmTrap truncTrap(double operand) {
        return new WasmTrap(operand != operand ? TrapKind.INVALID_CONVERSION_TO_INTEGER : TrapKind.INTEGER_OVERFLOW);
    }
}
