package dev.tandem.truffle.lower;

import dev.tandem.wasm.model.ValType;

/**
 * A value type as a small int, for code that partial evaluation must fold.
 *
 * <p>Why not {@link ValType} itself: a Java {@code switch} on an enum reads a synthetic
 * {@code $SwitchMap} array that partial evaluation cannot constant-fold, so a switch on a
 * compilation-constant enum would still be compiled as a table lookup. Switches on these ints fold.
 */
public final class ValueKind {

    public static final int I32 = 0;
    public static final int I64 = 1;
    public static final int F32 = 2;
    public static final int F64 = 3;
    public static final int V128 = 4;
    public static final int FUNCREF = 5;
    public static final int EXTERNREF = 6;

    private ValueKind() {
    }

    public static int of(ValType type) {
        return switch (type) {
            case I32 -> I32;
            case I64 -> I64;
            case F32 -> F32;
            case F64 -> F64;
            case V128 -> V128;
            case FUNCREF -> FUNCREF;
            case EXTERNREF -> EXTERNREF;
        };
    }

    public static int[] of(java.util.List<ValType> types) {
        int[] kinds = new int[types.size()];
        for (int i = 0; i < kinds.length; i++) {
            kinds[i] = of(types.get(i));
        }
        return kinds;
    }

    /**
     * Whether values of this kind live in a frame slot's object half (v128, references) rather than
     * its primitive half (the four number types, as raw bits in a long).
     */
    public static boolean isObject(int kind) {
        return kind >= V128;
    }
}
