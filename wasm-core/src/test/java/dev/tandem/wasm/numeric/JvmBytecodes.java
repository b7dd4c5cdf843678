package dev.tandem.wasm.numeric;

/**
 * The Wasm instructions that are one JVM bytecode, so the numeric package has no method for
 * them: tiers emit the bytecode. Written out here so the spec-driven tests check that the JVM's
 * operator really has the Wasm semantics (shift counts masked, float NaN propagation, wrapping).
 */
public final class JvmBytecodes {

    private JvmBytecodes() {
    }

    public static int i32Add(int a, int b) {
        return a + b;
    }

    public static int i32Sub(int a, int b) {
        return a - b;
    }

    public static int i32Mul(int a, int b) {
        return a * b;
    }

    public static int i32And(int a, int b) {
        return a & b;
    }

    public static int i32Or(int a, int b) {
        return a | b;
    }

    public static int i32Xor(int a, int b) {
        return a ^ b;
    }

    public static int i32Shl(int a, int b) {
        return a << b;
    }

    public static int i32ShrS(int a, int b) {
        return a >> b;
    }

    public static int i32ShrU(int a, int b) {
        return a >>> b;
    }

    public static long i64Add(long a, long b) {
        return a + b;
    }

    public static long i64Sub(long a, long b) {
        return a - b;
    }

    public static long i64Mul(long a, long b) {
        return a * b;
    }

    public static long i64And(long a, long b) {
        return a & b;
    }

    public static long i64Or(long a, long b) {
        return a | b;
    }

    public static long i64Xor(long a, long b) {
        return a ^ b;
    }

    public static long i64Shl(long a, long b) {
        return a << b;
    }

    public static long i64ShrS(long a, long b) {
        return a >> b;
    }

    public static long i64ShrU(long a, long b) {
        return a >>> b;
    }

    public static float f32Add(float a, float b) {
        return a + b;
    }

    public static float f32Sub(float a, float b) {
        return a - b;
    }

    public static float f32Mul(float a, float b) {
        return a * b;
    }

    public static float f32Div(float a, float b) {
        return a / b;
    }

    public static double f64Add(double a, double b) {
        return a + b;
    }

    public static double f64Sub(double a, double b) {
        return a - b;
    }

    public static double f64Mul(double a, double b) {
        return a * b;
    }

    public static double f64Div(double a, double b) {
        return a / b;
    }
}
