package dev.tandem.aot.rt;

import dev.tandem.wasm.numeric.V128;

/**
 * Small value operations that are not one bytecode: {@code select} per JVM type (a call keeps the
 * generated code free of the branches and stack shuffles a select would need; C2 turns it into a
 * conditional move) and {@code ref.is_null}.
 */
public final class Values {

    private Values() {
    }

    public static int selectI32(int a, int b, int condition) {
        return condition != 0 ? a : b;
    }

    public static long selectI64(long a, long b, int condition) {
        return condition != 0 ? a : b;
    }

    public static float selectF32(float a, float b, int condition) {
        return condition != 0 ? a : b;
    }

    public static double selectF64(double a, double b, int condition) {
        return condition != 0 ? a : b;
    }

    public static V128 selectV128(V128 a, V128 b, int condition) {
        return condition != 0 ? a : b;
    }

    public static Object selectRef(Object a, Object b, int condition) {
        return condition != 0 ? a : b;
    }

    public static int refIsNull(Object ref) {
        return ref == null ? 1 : 0;
    }
}
