package dev.tandem.wasm.numeric;

/**
 * The f32 and f64 instructions whose Wasm semantics differ from, or are not, one JVM bytecode:
 * min/max, the four roundings, sqrt, sign operations and comparisons that yield an i32 0 or 1.
 *
 * <p>NaN rules (spec section "NaN propagation"): an operation whose NaN inputs are all canonical
 * must return a canonical NaN (either sign), otherwise any arithmetic NaN (quiet bit set). This
 * class makes one deterministic choice per operation so both tiers agree bit for bit:
 * <ul>
 *   <li>{@code min}/{@code max} return the positive canonical NaN for any NaN input, since the
 *       JDK's {@code Math.min} may hand back a signalling input unchanged;</li>
 *   <li>the roundings return the NaN input with its quiet bit set (payload and sign kept), since
 *       {@code StrictMath.ceil} and friends return a NaN argument untouched;</li>
 *   <li>{@code abs}, {@code neg} and {@code copysign} are not arithmetic in Wasm: they are pure
 *       bit operations on the sign bit and keep any payload, signalling NaNs included;</li>
 *   <li>{@code sqrt} is the hardware instruction, which already quiets and propagates.</li>
 * </ul>
 * {@code add}, {@code sub}, {@code mul} and {@code div} are one bytecode each and conform as they
 * are (x86-64 and AArch64 quiet signalling NaNs), so they have no method here.
 */
public final class FloatOps {

    private static final int F32_SIGN = 0x8000_0000;
    private static final int F32_QUIET = 0x0040_0000;
    private static final long F64_SIGN = 0x8000_0000_0000_0000L;
    private static final long F64_QUIET = 0x0008_0000_0000_0000L;

    private FloatOps() {
    }

    // ---- f32 ----

    public static float f32Min(float a, float b) {
        float r = Math.min(a, b);
        return r != r ? Float.NaN : r;
    }

    public static float f32Max(float a, float b) {
        float r = Math.max(a, b);
        return r != r ? Float.NaN : r;
    }

    // Every float is exact as a double and the rounded result fits a float again, so rounding
    // through double is exact.

    public static float f32Ceil(float a) {
        return a != a ? quiet(a) : (float) Math.ceil(a);
    }

    public static float f32Floor(float a) {
        return a != a ? quiet(a) : (float) Math.floor(a);
    }

    /** Round toward zero; {@code -0.5} gives {@code -0.0}. */
    public static float f32Trunc(float a) {
        return a != a ? quiet(a) : (float) (a < 0 ? Math.ceil(a) : Math.floor(a));
    }

    /** Round to nearest, ties to even, keeping the sign of a zero result ({@code -0.5} gives {@code -0.0}). */
    public static float f32Nearest(float a) {
        return a != a ? quiet(a) : (float) Math.rint(a);
    }

    /** Correctly rounded: a double carries more than twice a float's precision. */
    public static float f32Sqrt(float a) {
        return (float) Math.sqrt(a);
    }

    public static float f32Abs(float a) {
        return Float.intBitsToFloat(Float.floatToRawIntBits(a) & ~F32_SIGN);
    }

    public static float f32Neg(float a) {
        return Float.intBitsToFloat(Float.floatToRawIntBits(a) ^ F32_SIGN);
    }

    /** The magnitude of {@code a} with the sign bit of {@code b}, NaN signs included. */
    public static float f32Copysign(float a, float b) {
        return Float.intBitsToFloat(
                (Float.floatToRawIntBits(a) & ~F32_SIGN) | (Float.floatToRawIntBits(b) & F32_SIGN));
    }

    // IEEE comparisons are what Java's operators do: any NaN operand makes all but ne false.

    public static int f32Eq(float a, float b) {
        return a == b ? 1 : 0;
    }

    public static int f32Ne(float a, float b) {
        return a != b ? 1 : 0;
    }

    public static int f32Lt(float a, float b) {
        return a < b ? 1 : 0;
    }

    public static int f32Gt(float a, float b) {
        return a > b ? 1 : 0;
    }

    public static int f32Le(float a, float b) {
        return a <= b ? 1 : 0;
    }

    public static int f32Ge(float a, float b) {
        return a >= b ? 1 : 0;
    }

    // ---- f64 ----

    public static double f64Min(double a, double b) {
        double r = Math.min(a, b);
        return r != r ? Double.NaN : r;
    }

    public static double f64Max(double a, double b) {
        double r = Math.max(a, b);
        return r != r ? Double.NaN : r;
    }

    public static double f64Ceil(double a) {
        return a != a ? quiet(a) : Math.ceil(a);
    }

    public static double f64Floor(double a) {
        return a != a ? quiet(a) : Math.floor(a);
    }

    public static double f64Trunc(double a) {
        return a != a ? quiet(a) : a < 0 ? Math.ceil(a) : Math.floor(a);
    }

    public static double f64Nearest(double a) {
        return a != a ? quiet(a) : Math.rint(a);
    }

    public static double f64Sqrt(double a) {
        return Math.sqrt(a);
    }

    public static double f64Abs(double a) {
        return Double.longBitsToDouble(Double.doubleToRawLongBits(a) & ~F64_SIGN);
    }

    public static double f64Neg(double a) {
        return Double.longBitsToDouble(Double.doubleToRawLongBits(a) ^ F64_SIGN);
    }

    public static double f64Copysign(double a, double b) {
        return Double.longBitsToDouble(
                (Double.doubleToRawLongBits(a) & ~F64_SIGN) | (Double.doubleToRawLongBits(b) & F64_SIGN));
    }

    public static int f64Eq(double a, double b) {
        return a == b ? 1 : 0;
    }

    public static int f64Ne(double a, double b) {
        return a != b ? 1 : 0;
    }

    public static int f64Lt(double a, double b) {
        return a < b ? 1 : 0;
    }

    public static int f64Gt(double a, double b) {
        return a > b ? 1 : 0;
    }

    public static int f64Le(double a, double b) {
        return a <= b ? 1 : 0;
    }

    public static int f64Ge(double a, double b) {
        return a >= b ? 1 : 0;
    }

    // ---- NaN helpers ----

    /** {@code a} (a NaN) with its quiet bit set: an arithmetic NaN with the same sign and payload. */
    static float quiet(float a) {
        return Float.intBitsToFloat(Float.floatToRawIntBits(a) | F32_QUIET);
    }

    static double quiet(double a) {
        return Double.longBitsToDouble(Double.doubleToRawLongBits(a) | F64_QUIET);
    }
}
