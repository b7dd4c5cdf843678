package dev.tandem.aot.rt;

/**
 * Stores into the spill frame of a function split across methods (see
 * {@code dev.tandem.aot.codegen.Splitter}): numbers go into a {@code long[]} as raw bits, v128 and
 * references into an {@code Object[]}. Value first, so a store needs no stack shuffle; loads are
 * plain array bytecodes in the generated code.
 */
public final class FrameSlots {

    private FrameSlots() {
    }

    public static void putI32(int value, long[] frame, int slot) {
        frame[slot] = value;
    }

    public static void putI64(long value, long[] frame, int slot) {
        frame[slot] = value;
    }

    public static void putF32(float value, long[] frame, int slot) {
        frame[slot] = Float.floatToRawIntBits(value);
    }

    public static void putF64(double value, long[] frame, int slot) {
        frame[slot] = Double.doubleToRawLongBits(value);
    }

    public static void putObject(Object value, Object[] frame, int slot) {
        frame[slot] = value;
    }

    public static float getF32(long[] frame, int slot) {
        return Float.intBitsToFloat((int) frame[slot]);
    }

    public static double getF64(long[] frame, int slot) {
        return Double.longBitsToDouble(frame[slot]);
    }
}
