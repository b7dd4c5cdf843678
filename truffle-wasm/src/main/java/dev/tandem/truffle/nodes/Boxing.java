package dev.tandem.truffle.nodes;

import com.oracle.truffle.api.frame.VirtualFrame;
import dev.tandem.truffle.lower.ValueKind;

/**
 * The calling convention between functions: arguments in an {@code Object[]} boxed as the
 * runtime's {@link dev.tandem.runtime.BoxedValues} says (Integer, Long, Float, Double, V128, a
 * reference), one result as itself, several as an {@code Object[]}, none as null. It is the
 * runtime's generic convention, so a host function or another tier's function takes the same
 * array; when Graal inlines a Wasm callee the boxes never exist (escape analysis removes them).
 */
final class Boxing {

    private Boxing() {
    }

    /** The operand in {@code slot}, boxed. */
    static Object read(VirtualFrame frame, int slot, int kind) {
        return switch (kind) {
            // Explicit valueOf: a switch mixing int, long, float and double arms would otherwise promote them.
            case ValueKind.I32 -> Integer.valueOf(Slots.i32(frame, slot));
            case ValueKind.I64 -> Long.valueOf(Slots.i64(frame, slot));
            case ValueKind.F32 -> Float.valueOf(Slots.f32(frame, slot));
            case ValueKind.F64 -> Double.valueOf(Slots.f64(frame, slot));
            default -> frame.getObjectStatic(slot);
        };
    }

    /** Stores a boxed value into {@code slot}. */
    static void write(VirtualFrame frame, int slot, int kind, Object value) {
        switch (kind) {
            case ValueKind.I32 -> Slots.putI32(frame, slot, (Integer) value);
            case ValueKind.I64 -> Slots.putI64(frame, slot, (Long) value);
            case ValueKind.F32 -> Slots.putF32(frame, slot, (Float) value);
            case ValueKind.F64 -> Slots.putF64(frame, slot, (Double) value);
            default -> frame.setObjectStatic(slot, value);
        }
    }

    /** The zero value every declared local starts with. */
    static void zero(VirtualFrame frame, int slot, int kind) {
        switch (kind) {
            case ValueKind.I32, ValueKind.I64, ValueKind.F32, ValueKind.F64 -> frame.setLongStatic(slot, 0L);
            case ValueKind.V128 -> frame.setObjectStatic(slot, dev.tandem.wasm.numeric.V128.ZERO);
            default -> frame.setObjectStatic(slot, null);
        }
    }
}
