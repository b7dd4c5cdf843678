package dev.tandem.truffle.nodes;

import com.oracle.truffle.api.frame.VirtualFrame;
import dev.tandem.wasm.numeric.V128;

/**
 * Typed access to frame slots, which hold the locals and the operand stack.
 *
 * <p>Every slot is a <em>static</em> slot: no type tag is kept or checked at run time (Truffle
 * checks them under assertions only), and in compiled code each access with a constant slot index
 * becomes a virtual register. Numbers use the slot's primitive half and are all stored as the raw
 * bits in a long (i32 and f32 in the low 32 bits; readers ignore the upper half), so moving a value
 * never needs its type and a NaN payload is never touched. v128 values and references use the
 * object half. One read type per half ({@code getLongStatic}, {@code getObjectStatic}) keeps the
 * assertion-mode tag checks satisfied whatever number type a slot held before.
 */
final class Slots {

    private Slots() {
    }

    static int i32(VirtualFrame frame, int slot) {
        return (int) frame.getLongStatic(slot);
    }

    static long i64(VirtualFrame frame, int slot) {
        return frame.getLongStatic(slot);
    }

    static float f32(VirtualFrame frame, int slot) {
        return Float.intBitsToFloat((int) frame.getLongStatic(slot));
    }

    static double f64(VirtualFrame frame, int slot) {
        return Double.longBitsToDouble(frame.getLongStatic(slot));
    }

    static V128 v128(VirtualFrame frame, int slot) {
        return (V128) frame.getObjectStatic(slot);
    }

    static Object ref(VirtualFrame frame, int slot) {
        return frame.getObjectStatic(slot);
    }

    static void putI32(VirtualFrame frame, int slot, int value) {
        frame.setLongStatic(slot, value);
    }

    static void putI64(VirtualFrame frame, int slot, long value) {
        frame.setLongStatic(slot, value);
    }

    static void putF32(VirtualFrame frame, int slot, float value) {
        frame.setLongStatic(slot, Float.floatToRawIntBits(value));
    }

    static void putF64(VirtualFrame frame, int slot, double value) {
        frame.setLongStatic(slot, Double.doubleToRawLongBits(value));
    }

    static void putBool(VirtualFrame frame, int slot, boolean value) {
        frame.setLongStatic(slot, value ? 1 : 0);
    }

    static void putV128(VirtualFrame frame, int slot, V128 value) {
        frame.setObjectStatic(slot, value);
    }

    static void putRef(VirtualFrame frame, int slot, Object value) {
        frame.setObjectStatic(slot, value);
    }

    /** Effective address of a load or store: the unsigned i32 operand plus the unsigned offset immediate. */
    static long address(VirtualFrame frame, int slot, int offset) {
        return Integer.toUnsignedLong((int) frame.getLongStatic(slot)) + Integer.toUnsignedLong(offset);
    }
}
